// The current language of this browser and lookups into shared/i18n in it: t(), errorText(), term().
// Must not import Phaser or the SDK (the join page uses it before the game loads).
import {
  CATALOGUES,
  LANGS,
  errorIn,
  isLang,
  reviewIn,
  termIn,
  textIn,
  type ClientErrorCode,
  type Lang,
  type MessageKey,
  type ReviewKey,
  type Terms,
} from '../../shared/i18n/index.ts';
import type { ErrorCode } from '../../shared/rules/errors.ts';

export { CATALOGUES, LANGS, fill, isLang } from '../../shared/i18n/index.ts';
export type { ClientErrorCode, Lang, MessageKey, ReviewKey } from '../../shared/i18n/index.ts';

const STORAGE_KEY = 'peninsula.lang';
let current: Lang = detect();

function detect(): Lang {
  try {
    const fromUrl = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') : null;
    if (isLang(fromUrl)) return fromUrl;
    const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
    if (isLang(saved)) return saved;
    if (typeof navigator !== 'undefined') {
      const wanted = navigator.language.toLowerCase().split('-')[0];
      const match = LANGS.find((l) => l === wanted);
      if (match) return match;
    }
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
  if (typeof document !== 'undefined') document.documentElement.lang = CATALOGUES[next].tag;
}

/** A UI string in the given (default: current) language. */
export function t(key: MessageKey, in_: Lang = current): string {
  return textIn(in_, key);
}

/** Plain words for a rule, protocol or client error code; unknown codes get a generic sentence. */
export function errorText(code: string, in_: Lang = current): string {
  return errorIn(in_, code);
}

/** Whether a string is an error code the catalogue knows. */
export function isKnownError(code: string): code is ErrorCode | ClientErrorCode {
  return code in CATALOGUES.en.errors;
}

/** Words for an id the rules use: term('band', 'intenseCrisis') → "intense crisis". */
export function term<K extends keyof Terms>(kind: K, id: string, in_: Lang = current): string {
  return termIn(in_, kind, id);
}

/** A review-page sentence in the current language, its `{slots}` filled. */
export function rt(key: ReviewKey, values?: Record<string, string | number>, in_: Lang = current): string {
  return reviewIn(in_, key, values);
}
