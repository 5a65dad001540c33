// Flesch–Kincaid grade of English text, counted with the maintained `flesch-kincaid` and `syllable` packages.
// Test helper only. Sentences end at . ! ? (or the end of a text); words are runs of letters, digits and apostrophes.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Counts for a list of texts read one after another (each text ends a sentence). */
export function counts(texts: readonly string[]): { sentence: number; word: number; syllable: number } {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    const parts = text
      .split(/[.!?]+(?=\s|$)/)
      .map((p) => p.trim())
      .filter((p) => /[A-Za-z]/.test(p));
    sentence += Math.max(1, parts.length);
    for (const w of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      word++;
      syllables += syllable(w);
    }
  }
  return { sentence, word, syllable: syllables };
}

/** The grade of a body of text (all texts together). */
export function grade(texts: readonly string[]): number {
  return fleschKincaid(counts(texts));
}
