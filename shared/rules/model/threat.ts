// The Richardson step on directed threat: move impulses (direct and spilling over to allies), a move's own
// pair effects, reciprocity relief, the arms race feeding fear, and the linear part (answering hostility,
// tempers cooling, old grievances returning). Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import { nextRandom } from '../rng.ts';
import type { GameState } from '../types.ts';
import type { Act } from './acts.ts';
import { credibilityMultiplier } from './acts.ts';
import type { Work } from './work.ts';
import { changeThreat } from './work.ts';

/**
 * Impulse of one move by j: −β·w·m·s on how threatened its target feels by j, and −β·γ·w·m·s on every
 * delegation for which the target is an ally (s: the repeat factor); then the move's own pair effects.
 * `cause` names the move (code move or revealed); spillover gets code spill with the ally named.
 */
export function applyImpulse(w: Work, act: Act, multiplier: number, cause: Cause): void {
  const { target, d: j, spec } = act;
  if (j < 0) return;
  const scale = act.scale ?? 1;
  if (target >= 0 && spec.goldstein !== 0) {
    const base = -w.scenario.params.impulse * spec.goldstein * multiplier * scale;
    changeThreat(w, target, j, base, { ...cause, mechanism: 'direct' });
    for (const [i, gamma] of w.t.spillTo[target] ?? []) {
      if (i !== j)
        changeThreat(w, i, j, base * gamma, {
          ...cause,
          code: cause.code === 'move' ? 'spill' : cause.code,
          mechanism: 'spillover',
          other: w.t.ids[i] ?? '',
        });
    }
  }
  if (!act.effective) return;
  for (const pair of spec.pairs ?? []) {
    const a = w.t.index.get(pair.from);
    const b = w.t.index.get(pair.to);
    if (a === undefined || b === undefined || a === b) continue;
    changeThreat(w, a, b, pair.delta * scale, { ...cause, mechanism: 'direct' });
  }
}

/** The cause of a move made this round. */
export function moveCause(w: Work, act: Act): Cause {
  const who = w.t.ids[act.d] ?? act.move.delegation;
  const base: Cause = { code: 'move', mechanism: 'direct', who, move: act.spec.id };
  if (act.move.target) base.toward = act.move.target;
  if (!act.effective && act.spec.requires) return { ...base, code: 'offerOnly', other: act.spec.requires.delegation };
  return base;
}

/** Impulses of this round's public moves; covert ones wait until they are revealed (nobody fears what it cannot see). */
export function applyImpulses(w: Work, acts: readonly Act[], multipliers: Float64Array): void {
  for (const act of acts) {
    if (act.move.covert) continue;
    applyImpulse(w, act, multipliers[act.d] ?? 1, moveCause(w, act));
  }
}

/** −ρ on both directions of every pair that made conciliatory moves toward each other within the last two rounds. */
export function applyReciprocity(w: Work, coopPairs: ReadonlySet<number>): void {
  const { n, ids } = w.t;
  const rho = w.scenario.params.reciprocity;
  if (rho === 0) return;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!coopPairs.has(i * n + j) || !coopPairs.has(j * n + i)) continue;
      const cause: Cause = { code: 'reciprocity', mechanism: 'reciprocity', who: ids[i] ?? '', other: ids[j] ?? '' };
      changeThreat(w, i, j, -rho, cause);
      changeThreat(w, j, i, -rho, cause);
    }
  }
}

/** The arms race feeds fear: above its neutral level every pair's threat rises, more where distrust is old. */
export function applyArmsRace(w: Work): void {
  const arms = w.scenario.params.armsRace;
  if (!arms || arms.feed === 0) return;
  const pressure = (arms.feed * (w.world.armsRace - arms.neutral)) / 50;
  if (pressure <= 0) return;
  const { n, ids, baseline } = w.t;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const delta = (pressure * (baseline[i * n + j] ?? 0)) / 50;
      if (delta >= 0.05)
        changeThreat(w, i, j, delta, {
          code: 'armsRace',
          mechanism: 'armsRace',
          who: ids[i] ?? '',
          other: ids[j] ?? '',
        });
    }
  }
}

/** Whether the round's reaction term reads others' hostility through bias and seeded noise. */
export function misperceiving(w: Work, state: GameState): boolean {
  return state.settings.misperception || w.scenario.params.misperception.enabled;
}

/**
 * The linear part, from the values the round started with, as two changes per pair so neither hides the other:
 *   k[i][j]·(H[j][i] − B[j][i])   answering hostility: i answers j's hostility toward i above j's usual level
 *                                 (perceived, if misperception is on), so with nobody acting the fixed point is the baseline
 * − a[i]·(H[i][j] − B[i][j])  tempers cooling with time (above the usual level) or old grievances returning (below it)
 */
export function applyLinear(w: Work, state: GameState): void {
  const { n, ids, reaction, restraint, baseline } = w.t;
  const { misperception } = w.scenario.params;
  const noisy = misperceiving(w, state);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const p = i * n + j;
      let seen = w.start[j * n + i] ?? 0;
      if (noisy) {
        const draw = nextRandom(w.rng);
        w.rng = draw.rng;
        seen = Math.min(
          100,
          Math.max(0, seen + (misperception.bias[ids[i] ?? ''] ?? 0) + misperception.noise * (2 * draw.value - 1)),
        );
      }
      const who = ids[i] ?? '';
      const other = ids[j] ?? '';
      const react = (reaction[p] ?? 0) * (seen - (baseline[j * n + i] ?? 0));
      const relax = -(restraint[i] ?? 0) * ((w.start[p] ?? 0) - (baseline[p] ?? 0));
      if (react !== 0) changeThreat(w, i, j, react, { code: 'answering', mechanism: 'answering', who, other });
      if (relax !== 0)
        changeThreat(
          w,
          i,
          j,
          relax,
          relax < 0
            ? { code: 'cooling', mechanism: 'cooling', who, other }
            : { code: 'grievance', mechanism: 'grievance', who, other },
        );
    }
  }
}

/** Multipliers m for every delegation from the credibility the round started with. */
export function multipliersOf(w: Work): Float64Array {
  return w.credibility.map(credibilityMultiplier);
}
