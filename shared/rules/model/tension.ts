// Peninsula tension: the weighted mean of all directed threat values, and its five bands with hysteresis.
// Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import type { GameEvent } from '../events.ts';
import type { Meters } from '../types.ts';
import type { Scenario } from '../../scenario/types.ts';
import { BANDS } from '../types.ts';
import { round1 } from './numbers.ts';
import { tablesOf, type Tables } from './tables.ts';

/**
 * Tension = Σ w[i][j]·H[i][j] / Σ w[i][j] over every ordered pair, rounded to one decimal (the scenario's
 * tensionWeights, missing = 1; the Korean scenario weighs the US–DPRK and ROK–DPRK pairs three times).
 * The starting value comes from here too (initialTension), so there is one formula.
 */
export function tensionOf(t: Tables, threat: Float64Array): number {
  if (t.weightSum <= 0) return 0;
  let sum = 0;
  for (let p = 0; p < threat.length; p++) sum += (t.weight[p] ?? 0) * (threat[p] ?? 0);
  return round1(sum / t.weightSum);
}

/**
 * The band after a change: up as soon as a threshold is reached; down one band at a time only once tension
 * is `hysteresis` below that band's own threshold, so a meter hovering at a line does not flicker.
 */
export function nextBand(thresholds: readonly number[], hysteresis: number, band: number, tension: number): number {
  let reached = 0;
  thresholds.forEach((threshold, index) => {
    if (tension >= threshold) reached = index + 1;
  });
  if (reached >= band) return reached;
  let next = band;
  while (next > reached && tension < (thresholds[next - 1] ?? 0) - hysteresis) next--;
  return next;
}

/** Tension and band after the threat values changed, with their events. */
export function tensionStep(
  scenario: Scenario,
  t: Tables,
  threat: Float64Array,
  before: Meters,
  cause: Cause,
): { tension: number; band: number; events: GameEvent[]; enteredTopBand: boolean } {
  const tension = tensionOf(t, threat);
  const { bandThresholds, hysteresis } = scenario.params;
  const band = nextBand(bandThresholds, hysteresis, before.band, tension);
  const events: GameEvent[] = [];
  if (tension !== before.tension) {
    events.push({ type: 'meterChanged', meter: { kind: 'tension' }, from: before.tension, to: tension, cause });
  }
  if (band !== before.band) events.push({ type: 'bandChanged', from: before.band, to: band });
  const top = BANDS.length - 1;
  return { tension, band, events, enteredTopBand: band === top && before.band < top };
}

/** Tension and band of a threat matrix before anything happened (no hysteresis yet). */
export function initialTension(scenario: Scenario, threat: Meters['threat']): { tension: number; band: number } {
  const t = tablesOf(scenario);
  const flat = new Float64Array(t.n * t.n);
  t.ids.forEach((i, a) =>
    t.ids.forEach((j, b) => {
      if (a !== b) flat[a * t.n + b] = threat[i]?.[j] ?? 0;
    }),
  );
  const tension = tensionOf(t, flat);
  return { tension, band: nextBand(scenario.params.bandThresholds, scenario.params.hysteresis, 0, tension) };
}
