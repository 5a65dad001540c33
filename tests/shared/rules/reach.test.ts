// The random sessions the properties run on reach the late game, in a stated share of runs: covert moves
// revealed, pledges made (and broken by the end), offers answered, crisis holds, endings. A property that never
// sees those states cannot guard them. Deterministic (fixed seed); the shares are printed for the record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/index.ts';
import { tinyScenario } from './fixtures.ts';
import { playPlan, PROPERTY_SEED, reached, steeredSession, tenseScenario } from './session-arbitrary.ts';

const RUNS = 200;
type State = keyof ReturnType<typeof reached>;

/** The least share of runs (in %) that must reach each state; measured shares are about 1.5–2× these. */
const FLOORS: [string, () => Scenario, Partial<Record<State, number>>][] = [
  [
    'shipped Korea',
    () => getScenario(DEFAULT_SCENARIO_ID)!,
    { covertRevealed: 15, pledge: 40, offerAnswered: 12, ended: 50, endedWithBrokenPledge: 8 },
  ],
  ['tiny test', () => tinyScenario, { covertRevealed: 25, pledge: 40, offerAnswered: 8, ended: 50 }],
  [
    'tense tiny',
    () => tenseScenario,
    { covertRevealed: 15, pledge: 40, offerAnswered: 4, ended: 50, endedWithBrokenPledge: 5, crisisHold: 8 },
  ],
];

describe.each(FLOORS)('steered random sessions of the %s scenario', (name, scenario, floors) => {
  it(`reach the late game in the stated share of ${RUNS} runs`, () => {
    const plans = fc.sample(steeredSession, { numRuns: RUNS, seed: PROPERTY_SEED });
    const counts: Record<State, number> = {
      covertRevealed: 0,
      pledge: 0,
      offerAnswered: 0,
      crisisHold: 0,
      ended: 0,
      endedWithBrokenPledge: 0,
    };
    for (const plan of plans) {
      for (const [state, yes] of Object.entries(reached(playPlan(scenario(), plan).steps)) as [State, boolean][])
        if (yes) counts[state] += 1;
    }
    const shares = Object.fromEntries(
      Object.entries(counts).map(([k, v]) => [k, Math.round((v / RUNS) * 100)]),
    ) as Record<State, number>;
    console.log(`reach (${name}, seed ${PROPERTY_SEED}, % of ${RUNS} runs): ${JSON.stringify(shares)}`);
    for (const [state, floor] of Object.entries(floors) as [State, number][])
      expect(shares[state], state).toBeGreaterThanOrEqual(floor);
  });
});
