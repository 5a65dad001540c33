// Rounding, clamping and the words used in causes: one place so every event reads the same way.
// Pure; must not import anything impure.
import type { WorldMeter } from '../types.ts';
import { TALKS_LADDER } from '../types.ts';

/** Meters are stored at one decimal so that events and state agree exactly. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function clamp(lo: number, hi: number, x: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** The next stored value of a 0–100 meter after adding `delta`. */
export function step100(value: number, delta: number): number {
  return round1(clamp(0, 100, value + delta));
}

/** "+7.0 more threatened" / "2.5 less threatened". */
export function threatWords(change: number): string {
  return change > 0 ? `+${change.toFixed(1)} more threatened` : `${(-change).toFixed(1)} less threatened`;
}

/** A move's label inside a sentence, quoted so its capitals and proper nouns stay as written. */
export function quoted(label: string): string {
  return `“${label}”`;
}

/** "+3.0" / "−2.0" with a true minus sign for readability. */
export function signed(change: number): string {
  return change >= 0 ? `+${change.toFixed(1)}` : `−${(-change).toFixed(1)}`;
}

export const WORLD_WORDS: Record<WorldMeter, string> = {
  armsRace: 'arms race',
  humanitarian: 'humanitarian conditions',
  sanctions: 'sanctions pressure',
  polarization: 'bloc polarization',
};

const RUNG_WORDS: Record<(typeof TALKS_LADDER)[number], string> = {
  frozen: 'frozen',
  contacts: 'contacts',
  talks: 'talks',
  firstPhaseAgreement: 'first-phase agreement',
  roadmap: 'roadmap',
};

/** The readable name of a talks rung. */
export function rungWords(rung: number): string {
  const id = TALKS_LADDER[rung];
  return id ? RUNG_WORDS[id] : String(rung);
}
