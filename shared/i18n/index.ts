// Every language the game speaks and pure lookups into its catalogue (no DOM, no Node: exports use it too).
// Adding a language: write shared/i18n/<tag>.ts against the Catalogue type and add it to CATALOGUES below.
import { en } from './en.ts';
import { ko } from './ko.ts';
import type { Catalogue, MessageKey, ReviewKey, Terms } from './types.ts';

export const CATALOGUES = { en, ko } satisfies Record<string, Catalogue>;

export type Lang = keyof typeof CATALOGUES;
/** Every language, in picker order. */
export const LANGS = Object.keys(CATALOGUES) as Lang[];
export const DEFAULT_LANG: Lang = 'en';

export type {
  Catalogue,
  CauseText,
  ClientErrorCode,
  MessageKey,
  ReviewKey,
  ReviewText,
  Terms,
  UiText,
} from './types.ts';

/** Whether a string (a query parameter, a stored choice) names a language we have. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUES, value);
}

/** The language named by a string, or the default. */
export function langOr(value: unknown, fallback: Lang = DEFAULT_LANG): Lang {
  return isLang(value) ? value : fallback;
}

/** A UI string in a language. */
export function textIn(lang: Lang, key: MessageKey): string {
  return CATALOGUES[lang].text[key];
}

/**
 * Fills `{name}` slots in a template; a slot without a value stays visible so a gap is noticed.
 * `{name|이/가}` also attaches the Korean particle that fits the value's last sound (see particle()).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)(?:\|([^}/]+)\/([^}]+))?\}/g,
    (whole, name: string, afterConsonant?: string, afterVowel?: string) => {
      if (!(name in values)) return whole;
      const value = String(values[name]);
      return afterConsonant && afterVowel ? value + particle(value, afterConsonant, afterVowel) : value;
    },
  );
}

/** Capital letters read by name that end in a consonant in Korean (L 엘, M 엠, N 엔, R 알): for codes like "7KX4QD". */
const LETTER_NAME_FINAL = /[LMNR]$/;
/** A Latin word read aloud ends in a vowel after these letters (Tokyo, Moscow); after any other, in a consonant (Seoul, Beijing). */
const WORD_VOWEL_END = /[aeiouwy]$/i;
/** Digits read with a final consonant: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔. */
const DIGIT_FINAL = /[013678]$/;

/**
 * The Korean particle after a word: '이' after a final consonant, '가' after a vowel (and so on for 은/는, 을/를,
 * 과/와). '으로/로' takes '로' after a vowel or ㄹ. Non-Hangul endings are read as Koreans would say them.
 */
export function particle(word: string, afterConsonant: string, afterVowel: string): string {
  const clean = word.trim().replace(/[\s"'”’)\]]+$/, '');
  const last = clean.slice(-1);
  const code = last.charCodeAt(0) - 0xac00;
  let final: number;
  if (code >= 0 && code <= 11171) final = code % 28;
  else if (/[0-9]/.test(last))
    final = /[178]/.test(last) ? 8 : DIGIT_FINAL.test(last) ? 1 : 0; // 일, 칠, 팔 end in ㄹ
  else if (/[A-Z]{2}$|[^A-Za-z][A-Z]$|^[A-Z]$/.test(clean)) final = LETTER_NAME_FINAL.test(last) ? 1 : 0;
  else if (/[A-Za-z]/.test(last)) final = WORD_VOWEL_END.test(last) ? 0 : last.toLowerCase() === 'l' ? 8 : 1;
  else final = 0;
  if (afterConsonant === '으로') return final === 0 || final === 8 ? afterVowel : afterConsonant;
  return final === 0 ? afterVowel : afterConsonant;
}

/** A review or export sentence in a language, its `{slots}` filled. */
export function reviewIn(lang: Lang, key: ReviewKey, values: Record<string, string | number> = {}): string {
  return fill(CATALOGUES[lang].review[key], values);
}

/** Words for an id the rules use: termIn('en', 'band', 'intenseCrisis') → "intense crisis". Unknown ids stay as-is. */
export function termIn<K extends keyof Terms>(lang: Lang, kind: K, id: string): string {
  const table = CATALOGUES[lang].terms[kind] as Record<string, string>;
  return table[id] ?? id;
}

/** Plain words for a rule, protocol or client error code; unknown codes get a generic sentence. */
export function errorIn(lang: Lang, code: string): string {
  const table = CATALOGUES[lang].errors as Record<string, string>;
  return table[code] ?? table['protocol/server-error'] ?? code;
}
