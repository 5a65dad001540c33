// Random whole sessions for property tests: a class joins, the teacher starts, then steered actions play on
// (see random-session.ts for the moods). One fixed seed, overridable, printed by fast-check on failure.
// Test helper only: imports the rules and fast-check.
import fc from 'fast-check';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../../shared/transcript/types.ts';
import { lobby, tinyScenario } from './fixtures.ts';
import { ACTION_KINDS, commandFor, MOODS, STEERED_WEIGHTS, type Action, type Mood } from './random-session.ts';

/** The seed every property uses; rerun a failure with PENINSULA_PROPERTY_SEED=<the seed fast-check printed>. */
export const PROPERTY_SEED = Number(process.env.PENINSULA_PROPERTY_SEED ?? 20_261_202);

const steeredKind = fc.oneof(
  ...STEERED_WEIGHTS.slice(0, ACTION_KINDS).map((weight, kind) => ({ weight, arbitrary: fc.constant(kind) })),
);

export const steeredAction: fc.Arbitrary<Action> = fc.record({
  kind: steeredKind,
  a: fc.nat({ max: 999 }),
  b: fc.nat({ max: 999 }),
  c: fc.nat({ max: 999 }),
});

export interface SessionPlan {
  students: number;
  rounds: number;
  reflection: boolean;
  mood: Mood;
  actions: Action[];
}

export const steeredSession: fc.Arbitrary<SessionPlan> = fc
  .record({
    students: fc.integer({ min: 0, max: 9 }),
    rounds: fc.integer({ min: 1, max: 6 }),
    reflection: fc.boolean(),
    mood: fc.constantFrom(...MOODS),
    // size 'max': fast-check's default size keeps arrays near their minimum, far too short to finish a session.
    actions: fc.array(steeredAction, { minLength: 40, maxLength: 300, size: 'max' }),
  })
  .map((plan) =>
    plan.mood === 'hawk' ? { ...plan, students: Math.max(plan.students, 5), rounds: plan.rounds + 6 } : plan,
  ); // escalation takes rounds and every team

export interface Step {
  before: GameState;
  after: GameState;
  events: GameEvent[];
}

/** A class: some students join and the teacher starts, then anything may happen. */
export function classActions(students: number, actions: Action[]): Action[] {
  const joins = Array.from({ length: students }, (_, i) => ({ kind: 0, a: i, b: 0, c: 1 }));
  return [...joins, { kind: 3, a: 0, b: 0, c: 0 }, ...actions];
}

/** Plays a plan; refused commands leave the state as it was and are not recorded. */
export function playPlan(scenario: Scenario, plan: SessionPlan): { steps: Step[]; transcript: Transcript } {
  let state = lobby({ rounds: plan.rounds, reflection: plan.reflection }, scenario);
  const transcript: Transcript = {
    header: {
      transcriptVersion: TRANSCRIPT_VERSION,
      rulesVersion: state.rulesVersion,
      code: 'TEST77',
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: 42,
      settings: state.settings,
      createdAt: 0,
    },
    entries: [],
  };
  const steps: Step[] = [];
  classActions(plan.students, plan.actions).forEach((act, i) => {
    const command = commandFor(scenario, state, act, 1_000_000 + i * 1_000, plan.mood);
    const result = applyCommand(scenario, state, command);
    if (!result.ok) {
      if (result.state !== state) throw new Error(`a refused ${command.type} changed the state`);
      return;
    }
    transcript.entries.push({ seq: result.state.seq, command });
    steps.push({ before: state, after: result.state, events: result.events });
    state = result.state;
  });
  return { steps, transcript };
}

/** The late-game states a session reached, for the reach shares the properties promise. */
export function reached(
  steps: readonly Step[],
): Record<'covertRevealed' | 'pledge' | 'offerAnswered' | 'crisisHold' | 'ended' | 'endedWithBrokenPledge', boolean> {
  const events = steps.flatMap((s) => s.events);
  const final = steps.at(-1)?.after;
  const ended = final?.phase === 'ended';
  return {
    covertRevealed: events.some((e) => e.type === 'covertRevealed'),
    pledge: events.some((e) => e.type === 'commitmentMade' && e.commitment.terms.kind === 'pledge'),
    offerAnswered: events.some((e) => e.type === 'offerAnswered'),
    crisisHold: events.some((e) => e.type === 'crisisHoldStarted'),
    ended,
    endedWithBrokenPledge:
      ended && (final?.commitments ?? []).some((c) => c.terms.kind === 'pledge' && c.status === 'broken'),
  };
}

/**
 * The tiny scenario on a short fuse: its top band starts just above the opening tension and every delegation
 * has a public strike, so a hawkish class reaches a crisis hold (the shipped scenario's restraint makes that
 * rare in a short random session, though a class can get there).
 */
export const tenseScenario: Scenario = {
  ...tinyScenario,
  id: 'tense',
  params: { ...tinyScenario.params, bandThresholds: [10, 20, 30, 40] },
  moves: Object.fromEntries(
    Object.entries(tinyScenario.moves).map(([id, moves]) => [
      id,
      [
        ...moves,
        {
          id: 'strike',
          label: 'Strike',
          category: 'deterrent',
          visibility: 'public',
          target: { kind: 'choose' },
          goldstein: -9,
          effects: { armsRace: 4 },
          why: 'Hit first.',
        },
      ],
    ]),
  ),
};
