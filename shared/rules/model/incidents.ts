// The threat that leaves something to chance (Schelling): in the two top bands, an incident (a border clash,
// a near miss) can fire from the seeded generator, with a cost every delegation shares.
// Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import { INCIDENTS } from '../causes.ts';
import { nextRandom } from '../rng.ts';
import { BANDS } from '../types.ts';
import type { Work } from './work.ts';
import { changeCredibility, changeThreat } from './work.ts';

/**
 * Draws for an incident when the round started in intense crisis or at the brink. When one fires, every pair
 * that weighs fully in tension (weight ≥ 1) feels `threat` more, and every delegation loses `credibility`.
 */
export function maybeIncident(w: Work, band: number): void {
  const spec = w.scenario.params.incidents;
  if (!spec) return;
  const chance = band >= BANDS.length - 1 ? spec.brink : band === BANDS.length - 2 ? spec.intenseCrisis : 0;
  if (chance <= 0) return;
  const draw = nextRandom(w.rng);
  w.rng = draw.rng;
  if (draw.value >= chance) return;
  const pick = nextRandom(w.rng);
  w.rng = pick.rng;
  const incident = INCIDENTS[Math.floor(pick.value * INCIDENTS.length)] ?? 'borderClash';
  const cause: Cause = { code: 'incident', mechanism: 'incident', incident };
  const { n } = w.t;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j && (w.t.weight[i * n + j] ?? 0) >= 1) changeThreat(w, i, j, spec.threat, cause);
  for (let d = 0; d < n; d++) changeCredibility(w, d, -spec.credibility, cause);
}
