// Invariants over random sessions (fast-check): meters stay in range, folded views equal fresh snapshots,
// no student's view or events ever hold another delegation's secrets, and replay rebuilds the same state.
// Sessions are steered toward late-game states (reach.test.ts states how often each is reached).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Meters } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { TALKS_LADDER, BANDS } from '../../../shared/rules/types.ts';
import type { View, Viewer } from '../../../shared/rules/view-types.ts';
import { applyEventsToView } from '../../../shared/rules/view-fold.ts';
import { needsSnapshot, redactEvents, scenarioFor, viewFor } from '../../../shared/rules/views.ts';
import { replay } from '../../../shared/transcript/replay.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/index.ts';
import { lobby, tinyScenario } from './fixtures.ts';
import { secretText } from './random-session.ts';
import { playPlan, PROPERTY_SEED, steeredSession as session, tenseScenario } from './session-arbitrary.ts';

/** Every meter outside its range, as readable strings (empty when all are fine). */
function outOfRange(m: Meters): string[] {
  const bad: string[] = [];
  const check = (name: string, v: number, max = 100) => {
    if (!Number.isFinite(v) || v < 0 || v > max) bad.push(`${name}=${v}`);
  };
  check('tension', m.tension);
  check('band', m.band, BANDS.length - 1);
  check('talks', m.talks, TALKS_LADDER.length - 1);
  for (const [i, row] of Object.entries(m.threat))
    for (const [j, v] of Object.entries(row)) check(`threat ${i}→${j}`, v);
  for (const [k, v] of Object.entries(m.world)) check(k, v);
  for (const [k, v] of Object.entries(m.credibility)) check(`credibility ${k}`, v);
  return bad;
}

function viewers(state: GameState): Viewer[] {
  return [
    { kind: 'host' },
    { kind: 'projector' },
    ...Object.keys(state.seats).map((seatId) => ({ kind: 'seat' as const, seatId })),
  ];
}

const withoutSeq = (v: View) => ({ ...v, seq: 0 });

const korea = getScenario(DEFAULT_SCENARIO_ID);
if (!korea) throw new Error(`The shipped scenario ${DEFAULT_SCENARIO_ID} is missing from the catalog`);
const scenarios: [string, Scenario][] = [
  ['shipped Korea', korea],
  ['tiny test', tinyScenario],
  ['tense tiny', tenseScenario],
];

describe.each(scenarios)('random sessions of the %s scenario', { timeout: 180_000 }, (_name, scenario) => {
  it('keep every meter in range', () => {
    fc.assert(
      fc.property(session, (plan) => {
        const { steps } = playPlan(scenario, plan);
        // history entries are earlier meters, each checked here when it was current
        const bad = steps.flatMap(({ after }) => outOfRange(after.meters));
        expect(bad).toEqual([]);
      }),
      { numRuns: 40, seed: PROPERTY_SEED },
    );
  });

  it('fold redacted events into the previous view and get exactly the next snapshot', () => {
    fc.assert(
      fc.property(session, (plan) => {
        const { steps } = playPlan(scenario, plan);
        for (const step of steps) {
          for (const viewer of viewers(step.after)) {
            // A removed seat is sent away; a seat that joined or moved team gets a fresh snapshot.
            if (viewer.kind === 'seat' && step.after.seats[viewer.seatId]?.removed) continue;
            if (needsSnapshot(viewer, step.events)) continue;
            const folded = applyEventsToView(
              scenario,
              viewFor(scenario, step.before, viewer),
              redactEvents(step.after, viewer, step.events),
            );
            expect(withoutSeq(folded)).toEqual(withoutSeq(viewFor(scenario, step.after, viewer)));
          }
        }
      }),
      { numRuns: 30, seed: PROPERTY_SEED },
    );
  });

  it('never show a student another delegation’s team chat, plans, diplomacy, brief or hidden moves', () => {
    const ids = scenario.delegations.map((d) => d.id);
    /** Strings only another delegation may hold, per delegation. */
    const secretsOf = (d: string) => [
      secretText('team', d),
      secretText('plan', d),
      ...ids.map((third) => secretText('diplo', d, third)),
      scenario.delegations.find((x) => x.id === d)?.privateBrief ?? '',
    ];
    fc.assert(
      fc.property(session, (plan) => {
        const { steps } = playPlan(scenario, plan);
        const leaks: string[] = [];
        for (const step of steps) {
          for (const seat of Object.values(step.after.seats)) {
            if (seat.removed) continue;
            const viewer: Viewer = { kind: 'seat', seatId: seat.id };
            const view = viewFor(scenario, step.after, viewer);
            const events = redactEvents(step.after, viewer, step.events);
            const seen = JSON.stringify([view, events, scenarioFor(scenario, viewer, step.after)]);
            // A diplomatic note between the viewer's own delegation and another is theirs to read.
            const foreign = ids
              .filter((id) => id !== seat.delegation)
              .flatMap(secretsOf)
              .filter((x) => !x.endsWith(`-${seat.delegation}`));
            for (const secret of foreign)
              if (seen.includes(secret)) leaks.push(`${seat.id} (${seat.delegation}) saw ${secret.slice(0, 40)}`);
            const moves = [
              ...view.pendingMoves,
              ...view.moves,
              ...events.flatMap((e) =>
                e.type === 'moveLocked' ? [e.move] : e.type === 'movesRevealed' ? e.moves : [],
              ),
            ];
            for (const m of moves) {
              if (m.delegation === seat.delegation) continue;
              if (m.covert && m.revealedRound === null)
                leaks.push(`${seat.id} saw ${m.delegation}'s hidden ${m.moveId}`);
              if (view.pendingMoves.includes(m))
                leaks.push(`${seat.id} saw ${m.delegation}'s locked move before the reveal`);
            }
          }
        }
        expect(leaks).toEqual([]);
      }),
      { numRuns: 30, seed: PROPERTY_SEED },
    );
  });

  it('replay the transcript into the very same state and events', () => {
    fc.assert(
      fc.property(session, (plan) => {
        const { steps, transcript } = playPlan(scenario, plan);
        const replayed = replay(scenario, transcript);
        expect(replayed.state).toEqual(
          steps.at(-1)?.after ?? lobby({ rounds: plan.rounds, reflection: plan.reflection }, scenario),
        );
        expect(replayed.events).toEqual(steps.flatMap((s) => s.events));
      }),
      { numRuns: 40, seed: PROPERTY_SEED },
    );
  });
});
