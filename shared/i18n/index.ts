// Every language the game speaks and pure lookups into its catalogue (no DOM, no Node: exports use it too).
// Adding a language: write shared/i18n/<tag>.ts against the Catalogue type and add it to CATALOGUES below.
import { en } from './en.ts';
import { ko } from './ko.ts';
import type { Catalogue, MessageKey, Terms } from './types.ts';

export const CATALOGUES = { en, ko } satisfies Record<string, Catalogue>;

export type Lang = keyof typeof CATALOGUES;
/** Every language, in picker order. */
export const LANGS = Object.keys(CATALOGUES) as Lang[];
export const DEFAULT_LANG: Lang = 'en';

export type { Catalogue, CauseText, ClientErrorCode, MessageKey, Terms, UiText } from './types.ts';

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

/** Fills `{name}` slots in a template; a slot without a value stays visible so a gap is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
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
