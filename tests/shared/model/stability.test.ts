// With nobody acting, every shipped scenario (and the test fixture) must calm down toward its baseline:
// the linear part of the model is stable. Checked numerically and by simulation.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { linearMap, scenarioSpectralRadius, spectralRadius } from '../../../shared/scenario/stability.ts';
import { SCENARIOS } from '../../../shared/scenario/catalog.ts';
import { fresh, playRounds, river } from './helpers.ts';

const all: Scenario[] = [...Object.values(SCENARIOS), river];
const ids = (s: Scenario) => s.delegations.map((d) => d.id);

/** Closed form for the 2×2 block of one pair: [[1−a_i, k_ij], [k_ji, 1−a_j]]. */
function blockRadius(s: Scenario, i: string, j: string): number {
  const a = 1 - s.params.restraint[i]!;
  const d = 1 - s.params.restraint[j]!;
  const b = s.params.reaction[i]![j]!;
  const c = s.params.reaction[j]![i]!;
  const mid = (a + d) / 2;
  const disc = ((a - d) / 2) ** 2 + b * c;
  return disc >= 0
    ? Math.max(Math.abs(mid + Math.sqrt(disc)), Math.abs(mid - Math.sqrt(disc)))
    : Math.sqrt(a * d - b * c);
}

function distanceToBaseline(s: Scenario, threat: Record<string, Record<string, number>>): number {
  let sum = 0;
  for (const i of ids(s))
    for (const j of ids(s)) if (i !== j) sum += Math.abs(threat[i]![j]! - s.params.baseline[i]![j]!);
  return sum;
}

describe.each(all.map((s) => [s.id, s] as const))('scenario %s with nobody acting', (_id, scenario) => {
  it('has a linear part with spectral radius below 1 (matching the pairwise closed form)', () => {
    const radius = scenarioSpectralRadius(ids(scenario), scenario.params);
    expect(radius).toBeLessThan(1);
    let expected = 0;
    for (const i of ids(scenario))
      for (const j of ids(scenario)) if (i < j) expected = Math.max(expected, blockRadius(scenario, i, j));
    expect(radius).toBeCloseTo(expected, 3);
  });

  it('calms toward baseline from a heated start: tension falls, the distance to baseline shrinks and the meters settle', () => {
    // Every pair 15 above where it starts (a crisis nobody acts on): the linear part must bring it back.
    const calm = fresh(scenario, { rounds: 60 });
    const heated = Object.fromEntries(
      Object.entries(calm.meters.threat).map(([i, row]) => [
        i,
        Object.fromEntries(Object.entries(row).map(([j, v]) => [j, Math.min(100, v + 15)])),
      ]),
    );
    const start = { ...calm, meters: { ...calm.meters, threat: heated, tension: calm.meters.tension + 15 } };
    const holds = Array.from({ length: 60 }, () => ({}));
    const { state } = playRounds(scenario, start, holds);
    expect(state.meters.tension).toBeLessThan(start.meters.tension);
    expect(distanceToBaseline(scenario, state.meters.threat)).toBeLessThan(
      distanceToBaseline(scenario, start.meters.threat),
    );
    const last = state.history.at(-1)!;
    const before = state.history.at(-6)!;
    // Settled: five more quiet rounds move no threat value by more than rounding.
    for (const i of ids(scenario))
      for (const j of ids(scenario))
        if (i !== j) expect(Math.abs(last.threat[i]![j]! - before.threat[i]![j]!)).toBeLessThanOrEqual(0.3);
  });
});

describe('the stability check itself', () => {
  it('flags a spiral: reaction stronger than restraint gives a radius of at least 1', () => {
    const params = { restraint: { a: 0.1, b: 0.1 }, reaction: { a: { b: 0.3 }, b: { a: 0.3 } } };
    expect(scenarioSpectralRadius(['a', 'b'], params)).toBeGreaterThanOrEqual(1);
  });

  it('handles oscillating maps (complex or negative eigenvalues) that plain power iteration misjudges', () => {
    expect(
      spectralRadius([
        [0, -0.9],
        [0.9, 0],
      ]),
    ).toBeCloseTo(0.9, 3);
    expect(
      spectralRadius([
        [-1.2, 0],
        [0, 0.5],
      ]),
    ).toBeCloseTo(1.2, 3);
  });

  it('builds one row per ordered pair: 20 for five delegations', () => {
    const korea = SCENARIOS.korea!;
    expect(linearMap(ids(korea), korea.params).matrix).toHaveLength(20);
  });
});
