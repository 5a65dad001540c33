// Invariants over random sessions (fast-check): meters stay in range, folded views equal fresh snapshots,
// no student's view or events ever hold another delegation's secrets, and replay rebuilds the same state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { GameState, Meters, Scenario } from '../../../shared/rules/types.ts';
import { TALKS_LADDER, BANDS } from '../../../shared/rules/types.ts';
import type { View, Viewer } from '../../../shared/rules/view-types.ts';
import { applyEventsToView } from '../../../shared/rules/view-fold.ts';
import { needsSnapshot, redactEvents, scenarioFor, viewFor } from '../../../shared/rules/views.ts';
import { replay } from '../../../shared/transcript/replay.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../../shared/transcript/types.ts';
import { DEFAULT_SCENARIO_ID, getScenario } from '../../../shared/scenario/index.ts';
import { lobby, tinyScenario } from './fixtures.ts';
import { ACTION_KINDS, commandFor, secretText, type Action } from './random-session.ts';

const action = fc.record({
  kind: fc.nat({ max: ACTION_KINDS - 1 }),
  a: fc.nat({ max: 999 }),
  b: fc.nat({ max: 999 }),
  c: fc.nat({ max: 999 }),
});
const session = fc.record({
  students: fc.integer({ min: 0, max: 9 }),
  rounds: fc.integer({ min: 1, max: 4 }),
  reflection: fc.boolean(),
  actions: fc.array(action, { minLength: 20, maxLength: 220 }),
});

interface Step {
  before: GameState;
  after: GameState;
  events: GameEvent[];
}

/** A class: some students join and the teacher starts, then anything may happen. */
function classActions(students: number, actions: Action[]): Action[] {
  const joins = Array.from({ length: students }, (_, i) => ({ kind: 0, a: i, b: 0, c: 1 }));
  return [...joins, { kind: 3, a: 0, b: 0, c: 0 }, ...actions];
}

function run(scenario: Scenario, rounds: number, reflection: boolean, actions: Action[]): { steps: Step[]; transcript: Transcript } {
  let state = lobby({ rounds, reflection }, scenario);
  const transcript: Transcript = {
    header: { transcriptVersion: TRANSCRIPT_VERSION, rulesVersion: state.rulesVersion, code: 'TEST77', scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 42, settings: state.settings, createdAt: 0 },
    entries: [],
  };
  const steps: Step[] = [];
  actions.forEach((act, i) => {
    const command = commandFor(scenario, state, act, 1_000_000 + i * 1_000);
    const result = applyCommand(scenario, state, command);
    if (!result.ok) {
      expect(result.state).toBe(state);
      return;
    }
    transcript.entries.push({ seq: result.state.seq, command });
    steps.push({ before: state, after: result.state, events: result.events });
    state = result.state;
  });
  return { steps, transcript };
}

function metersInRange(m: Meters): void {
  const inRange = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;
  expect(inRange(m.tension)).toBe(true);
  expect(m.band >= 0 && m.band < BANDS.length).toBe(true);
  expect(m.talks >= 0 && m.talks < TALKS_LADDER.length).toBe(true);
  for (const row of Object.values(m.threat)) for (const v of Object.values(row)) expect(inRange(v)).toBe(true);
  for (const v of Object.values(m.world)) expect(inRange(v)).toBe(true);
  for (const v of Object.values(m.credibility)) expect(inRange(v)).toBe(true);
}

function viewers(state: GameState): Viewer[] {
  return [{ kind: 'host' }, { kind: 'projector' }, ...Object.keys(state.seats).map((seatId) => ({ kind: 'seat' as const, seatId }))];
}


const withoutSeq = (v: View) => ({ ...v, seq: 0 });

const korea = getScenario(DEFAULT_SCENARIO_ID);
if (!korea) throw new Error(`The shipped scenario ${DEFAULT_SCENARIO_ID} is missing from the catalog`);
const scenarios: [string, Scenario][] = [
  ['shipped Korea', korea],
  ['tiny test', tinyScenario],
];

describe.each(scenarios)('random sessions of the %s scenario', (_name, scenario) => {
  it('keep every meter in range', () => {
    fc.assert(
      fc.property(session, ({ students, rounds, reflection, actions }) => {
        const { steps } = run(scenario, rounds, reflection, classActions(students, actions));
        for (const { after } of steps) {
          metersInRange(after.meters);
          after.history.forEach(metersInRange);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('fold redacted events into the previous view and get exactly the next snapshot', () => {
    fc.assert(
      fc.property(session, ({ students, rounds, reflection, actions }) => {
        const { steps } = run(scenario, rounds, reflection, classActions(students, actions));
        for (const step of steps) {
          for (const viewer of viewers(step.after)) {
            // A removed seat is sent away; a seat that joined or moved team gets a fresh snapshot.
            if (viewer.kind === 'seat' && step.after.seats[viewer.seatId]?.removed) continue;
            if (needsSnapshot(viewer, step.events)) continue;
            const folded = applyEventsToView(scenario, viewFor(scenario, step.before, viewer), redactEvents(step.after, viewer, step.events));
            expect(withoutSeq(folded)).toEqual(withoutSeq(viewFor(scenario, step.after, viewer)));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never show a student another delegation’s team chat, plans, diplomacy, brief or hidden moves', () => {
    fc.assert(
      fc.property(session, ({ students, rounds, reflection, actions }) => {
        const { steps } = run(scenario, rounds, reflection, classActions(students, actions));
        const ids = scenario.delegations.map((d) => d.id);
        for (const step of steps) {
          for (const seat of Object.values(step.after.seats)) {
            if (seat.removed) continue;
            const viewer: Viewer = { kind: 'seat', seatId: seat.id };
            const view = viewFor(scenario, step.after, viewer);
            const events = redactEvents(step.after, viewer, step.events);
            const seen = JSON.stringify([view, events, scenarioFor(scenario, viewer, step.after)]);
            for (const d of ids.filter((id) => id !== seat.delegation)) {
              expect(seen).not.toContain(secretText('team', d));
              expect(seen).not.toContain(secretText('plan', d));
              for (const third of ids.filter((id) => id !== seat.delegation)) expect(seen).not.toContain(secretText('diplo', d, third));
              expect(seen).not.toContain(scenario.delegations.find((x) => x.id === d)?.privateBrief);
            }
            const hiddenMoves = [...view.pendingMoves, ...view.moves, ...events.flatMap((e) => (e.type === 'moveLocked' ? [e.move] : e.type === 'movesRevealed' ? e.moves : []))];
            for (const m of hiddenMoves) {
              if (m.delegation === seat.delegation) continue;
              expect(m.covert && m.revealedRound === null, 'another team’s hidden covert move').toBe(false);
              expect(view.pendingMoves.includes(m), 'another team’s locked move before the reveal').toBe(false);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('replay the transcript into the very same state and events', () => {
    fc.assert(
      fc.property(session, ({ students, rounds, reflection, actions }) => {
        const { steps, transcript } = run(scenario, rounds, reflection, classActions(students, actions));
        const replayed = replay(scenario, transcript);
        expect(replayed.state).toEqual(steps.at(-1)?.after ?? lobby({ rounds, reflection }, scenario));
        expect(replayed.events).toEqual(steps.flatMap((s) => s.events));
      }),
      { numRuns: 80 },
    );
  });
});
