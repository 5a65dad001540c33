// Every rules engine this build can run, by RULES_VERSION: the current source, and each released version frozen
// as a generated bundle under v<N>/ (scripts/freeze-engine.ts). Sessions are replayed, reviewed and continued by
// the engine of the version they were recorded under, so a rules change never rewrites an old session.
import { RULES_VERSION } from '../rules/types.ts';
import current from './entry.ts';
import type { Engine } from './types.ts';

export type { Engine } from './types.ts';

/** Frozen engines, loaded on first use (each is a few hundred KB the live game never needs). */
const FROZEN: Readonly<Record<number, () => Promise<{ default: Engine }>>> = {
  1: () => import('./v1/engine.js'),
  2: () => import('./v2/engine.js'),
  3: () => import('./v3/engine.js'),
  4: () => import('./v4/engine.js'),
};

/** The rules versions this build can replay, oldest first. */
export const KNOWN_RULES_VERSIONS: readonly number[] = [
  ...new Set([...Object.keys(FROZEN).map(Number), RULES_VERSION]),
].sort((a, b) => a - b);

/** The engine of the current source. */
export const currentEngine: Engine = current;

const loaded = new Map<number, Promise<Engine>>();

/**
 * The engine for a rules version: the current source for RULES_VERSION, otherwise the frozen one; undefined when
 * this build has none (a session from a newer build). The current version is served by the source, so a change
 * made without bumping RULES_VERSION shows up in the fixture test rather than silently in old sessions.
 */
export async function loadEngine(rulesVersion: number): Promise<Engine | undefined> {
  if (rulesVersion === RULES_VERSION) return current;
  return loadFrozenEngine(rulesVersion);
}

/** The frozen bundle of a released version, even when it is also the current one (tests compare the two). */
export function loadFrozenEngine(rulesVersion: number): Promise<Engine | undefined> {
  const load = Object.hasOwn(FROZEN, rulesVersion) ? FROZEN[rulesVersion] : undefined;
  if (!load) return Promise.resolve(undefined);
  let engine = loaded.get(rulesVersion);
  if (!engine) {
    engine = load().then((m) => m.default);
    loaded.set(rulesVersion, engine);
  }
  return engine;
}
