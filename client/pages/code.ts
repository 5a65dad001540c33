// Session codes on the client: where a page finds its code and how a typed code is cleaned up.
// Same rule as codeSchema in shared/protocol/messages.ts, built from the zod-free constants (light join page).
// Must not import the SDK, Phaser or zod.
import { CODE_ALPHABET, CODE_LENGTH } from '../../shared/protocol/constants.ts';

/** A well-formed session code after normalizeCode. */
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** Uppercased, spaces and dashes removed: what a student meant to type. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase();
}

/** The code in `/join/CODE`, `/projector/CODE`, `?code=CODE` or `#CODE`, if any and well-formed. */
export function codeFromLocation(loc: Pick<Location, 'pathname' | 'search' | 'hash'>): string | null {
  const fromPath = /\/(?:join|projector|host)\/([^/?#]+)/.exec(loc.pathname)?.[1];
  const candidates = [fromPath, new URLSearchParams(loc.search).get('code'), loc.hash.replace(/^#/, '')];
  for (const c of candidates) {
    if (!c) continue;
    const code = normalizeCode(decodeURIComponent(c));
    if (CODE_PATTERN.test(code)) return code;
  }
  return null;
}
