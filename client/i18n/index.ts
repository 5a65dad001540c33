// The current language and lookups into the catalogue: t(), errorText(), term().
// Must not import Phaser or the SDK (the join page uses it before the game loads).
import { CATALOGUES, LANGS, type ClientErrorCode, type Lang, type MessageKey } from './catalog.ts';
import type { ErrorCode } from '../../shared/rules/errors.ts';

export type { Lang, MessageKey } from './catalog.ts';

const STORAGE_KEY = 'peninsula.lang';
let current: Lang = detect();

function detect(): Lang {
  try {
    const fromUrl = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') : null;
    if (fromUrl && (LANGS as readonly string[]).includes(fromUrl)) return fromUrl as Lang;
    const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
    if (saved && (LANGS as readonly string[]).includes(saved)) return saved as Lang;
    if (typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('ko')) return 'ko';
  } catch {
    // Storage can be blocked in locked-down school browsers: English is a fine default.
  }
  return 'en';
}

/** The language the UI speaks right now. */
export function lang(): Lang {
  return current;
}

/** Switches language (remembered in this browser) and updates `<html lang>`. */
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered; still switched for this page.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** A UI string in the given (default: current) language. */
export function t(key: MessageKey, in_: Lang = current): string {
  return CATALOGUES[in_].text[key];
}

/** Plain words for a rule, protocol or client error code; unknown codes get a generic sentence. */
export function errorText(code: string, in_: Lang = current): string {
  const table = CATALOGUES[in_].errors as Record<string, string>;
  return table[code] ?? table['protocol/server-error'] ?? code;
}

/** Whether a string is an error code the catalogue knows. */
export function isKnownError(code: string): code is ErrorCode | ClientErrorCode {
  return code in CATALOGUES.en.errors;
}

type Terms = (typeof CATALOGUES)['en']['terms'];
/** Words for an id the rules use: term('band', 'intenseCrisis') → "intense crisis". */
export function term<K extends keyof Terms>(kind: K, id: string, in_: Lang = current): string {
  const table = CATALOGUES[in_].terms[kind] as Record<string, string>;
  return table[id] ?? id;
}
