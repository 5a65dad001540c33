// Micro-benchmark of the tension model: median time to resolve one five-delegation round (prints numbers).
// Run with `npx tsx tests/bench/model.bench.ts`. Imports only the rules and the catalog.
import { findMove } from '../../shared/rules/moves.ts';
import { resolveRound } from '../../shared/rules/model/index.ts';
import { createInitialState, defaultSettings } from '../../shared/rules/setup.ts';
import type { GameState, ResolvedMove } from '../../shared/rules/types.ts';
import { getScenario } from '../../shared/scenario/catalog.ts';

const scenario = getScenario('korea');
if (!scenario) throw new Error('korea scenario missing');

const plan: Record<string, string> = {
  washington: 'jointDrills',
  seoul: 'humanitarianAid',
  pyongyang: 'missileTest',
  beijing: 'borderTrade',
  moscow: 'techTransfer',
};
const pending: ResolvedMove[] = scenario.delegations.map(({ id }) => {
  const spec = findMove(scenario, id, plan[id] ?? 'hold');
  const target = spec?.target.kind === 'fixed' ? spec.target.delegation : null;
  return {
    round: 4,
    delegation: id,
    moveId: spec?.id ?? 'hold',
    target,
    proposalId: null,
    byBot: false,
    covert: spec?.visibility === 'covert',
    revealedRound: null,
  };
});

// A mid-game state: three rounds already played, a standing pledge and warning to judge.
let state: GameState = createInitialState({
  scenario,
  settings: { ...defaultSettings(), misperception: true },
  seed: 11,
});
for (let round = 1; round <= 3; round++) {
  state = resolveRound(scenario, {
    ...state,
    round,
    phase: 'resolution',
    pendingMoves: pending.map((m) => ({ ...m, round })),
  }).state;
}
state = {
  ...state,
  round: 4,
  phase: 'resolution',
  pendingMoves: pending,
  commitments: [
    {
      id: 'm1',
      delegation: 'washington',
      terms: { kind: 'pledge', target: 'beijing' },
      round: 2,
      status: 'standing',
      settledRound: null,
    },
    {
      id: 'm2',
      delegation: 'seoul',
      terms: { kind: 'warning', target: 'pyongyang' },
      round: 3,
      status: 'standing',
      settledRound: null,
    },
  ],
};

function sample(batch: number): number {
  const t0 = process.hrtime.bigint();
  let events = 0;
  for (let k = 0; k < batch; k++) events += resolveRound(scenario!, state).events.length;
  const t1 = process.hrtime.bigint();
  if (events === 0) throw new Error('no events');
  return Number(t1 - t0) / 1000 / batch;
}

for (let k = 0; k < 200; k++) sample(50); // warm up the JIT
const samples = Array.from({ length: 300 }, () => sample(50)).sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)] ?? 0;
const p90 = samples[Math.floor(samples.length * 0.9)] ?? 0;
const events = resolveRound(scenario, state).events.length;
console.log(
  `resolveRound (5 delegations, misperception on, ${events} events): median ${median.toFixed(1)} µs, p90 ${p90.toFixed(1)} µs per round (target < 50 µs)`,
);
