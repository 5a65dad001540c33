// The Richardson step on directed threat: move impulses (direct and spilling over to allies), reciprocity
// relief, and the linear part (reaction to the other's hostility, restraint toward baseline).
// Pure; must not import the reducer or anything impure.
import { nextRandom } from '../rng.ts';
import type { GameState } from '../types.ts';
import type { Act } from './acts.ts';
import { credibilityMultiplier } from './acts.ts';
import type { Work } from './work.ts';
import { changeThreat } from './work.ts';

/**
 * Impulse of one move by j: −β·w·m on how threatened its target feels by j, and −β·γ·w·m on every
 * delegation for which the target is an ally. `why` names the move ("Pyongyang: missile test").
 */
export function applyImpulse(w: Work, act: Act, multiplier: number, why: string): void {
  const { target, d: j, spec } = act;
  if (target < 0 || j < 0 || spec.goldstein === 0) return;
  const base = -w.scenario.params.impulse * spec.goldstein * multiplier;
  changeThreat(w, target, j, base, why);
  for (const [i, gamma] of w.t.spillTo[target] ?? []) {
    if (i !== j) changeThreat(w, i, j, base * gamma, `${why} toward ${w.t.names[target]}, ${w.t.names[i]}'s ally`);
  }
}

/** Impulses of this round's public moves; covert ones wait until they are revealed (nobody fears what it cannot see). */
export function applyImpulses(w: Work, acts: readonly Act[], multipliers: Float64Array): void {
  for (const act of acts) {
    if (act.move.covert) continue;
    const { spec, d } = act;
    let why = `${w.t.names[d]}: ${spec.label}`;
    if (!act.effective && spec.requires) {
      const partner = w.t.names[w.t.index.get(spec.requires.delegation) ?? -1] ?? spec.requires.delegation;
      why += ` (an offer only: ${partner} did not make the matching move this round)`;
    }
    applyImpulse(w, act, multipliers[d] ?? 1, why);
  }
}

/** −ρ on both directions of every pair that made cooperative moves toward each other within the last two rounds. */
export function applyReciprocity(w: Work, coopPairs: ReadonlySet<number>): void {
  const { n, names } = w.t;
  const rho = w.scenario.params.reciprocity;
  if (rho === 0) return;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!coopPairs.has(i * n + j) || !coopPairs.has(j * n + i)) continue;
      const why = `Reciprocity: ${names[i]} and ${names[j]} made conciliatory moves toward each other`;
      changeThreat(w, i, j, -rho, why);
      changeThreat(w, j, i, -rho, why);
    }
  }
}

/** Whether the round's reaction term reads others' hostility through bias and seeded noise. */
export function misperceiving(w: Work, state: GameState): boolean {
  return state.settings.misperception || w.scenario.params.misperception.enabled;
}

/**
 * The linear part, from the values the round started with:
 *   k[i][j]·(H[j][i] − H0)   reaction: i answers j's hostility toward i (perceived, if misperception is on)
 * − a[i]·(H[i][j] − B[i][j])  restraint: i relaxes toward its baseline grievance
 * One event per pair, named after whichever rule won, so a student sees the spiral or the calming.
 */
export function applyLinear(w: Work, state: GameState): void {
  const { n, names, reaction, restraint, baseline } = w.t;
  const { neutral, misperception } = w.scenario.params;
  const noisy = misperceiving(w, state);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const p = i * n + j;
      let seen = w.start[j * n + i] ?? 0;
      if (noisy) {
        const draw = nextRandom(w.rng);
        w.rng = draw.rng;
        seen = Math.min(100, Math.max(0, seen + (misperception.bias[w.t.ids[i] ?? ''] ?? 0) + misperception.noise * (2 * draw.value - 1)));
      }
      const react = (reaction[p] ?? 0) * (seen - neutral);
      const base = baseline[p] ?? 0;
      const relax = -(restraint[i] ?? 0) * ((w.start[p] ?? 0) - base);
      const net = react + relax;
      // The other side's true value is not i's to read (a seat sees its own row only), so only a misperceived
      // reading, which is i's own, is quoted.
      const shown = noisy ? ` (${names[i]} reads it as ${Math.round(seen)})` : '';
      let why: string;
      if (net > 0) {
        why = react > 0 ? `Spiral: ${names[j]}'s hostility toward ${names[i]}${shown} breeds hostility` : `Old grievances: ${names[i]}'s usual wariness of ${names[j]} (${base}) returns`;
      } else {
        why = relax < 0 ? `Restraint: ${names[i]} cools toward its usual wariness of ${names[j]} (${base})` : `Calm: ${names[j]} seems at ease with ${names[i]}${shown}`;
      }
      changeThreat(w, i, j, net, why);
    }
  }
}

/** Multipliers m for every delegation from the credibility the round started with. */
export function multipliersOf(w: Work): Float64Array {
  return w.credibility.map(credibilityMultiplier);
}
