// Builders for model tests: the shipped scenarios, states at a resolution, and rounds played from a plan.
// Test helper only: imports the rules and the scenario catalog, never the server or the client.
import { findMove } from '../../../shared/rules/moves.ts';
import { resolveRound } from '../../../shared/rules/model/index.ts';
import type { ModelStep } from '../../../shared/rules/model/index.ts';
import { createInitialState, defaultSettings } from '../../../shared/rules/setup.ts';
import type { GameEvent, MeterRef } from '../../../shared/rules/events.ts';
import type {
  Commitment,
  CommitmentTerms,
  GameState,
  ResolvedMove,
  SessionSettings,
} from '../../../shared/rules/types.ts';
import type { DelegationId, Scenario } from '../../../shared/scenario/types.ts';
import { getScenario } from '../../../shared/scenario/catalog.ts';
import { loadScenario } from '../../../shared/scenario/schema.ts';
import { eventText, namesOf } from '../../../shared/causes/text.ts';
import riverJson from '../../fixtures/scenarios/river.json' with { type: 'json' };

/** The shipped Korean Peninsula scenario. */
export const korea: Scenario =
  getScenario('korea') ??
  (() => {
    throw new Error('korea scenario missing');
  })();
/** The small three-delegation fixture with other ids. */
export const river: Scenario = loadScenario(riverJson);

/** A state before round 1 (as after the briefing), with the scenario's starting meters. */
export function fresh(scenario: Scenario = korea, settings: Partial<SessionSettings> = {}, seed = 7): GameState {
  return createInitialState({ scenario, settings: { ...defaultSettings(), ...settings }, seed });
}

/** A round's plan: delegation → move id, or [move id, target]. Everyone else holds. */
export type Plan = Record<DelegationId, string | [string, DelegationId]>;

/** The moves the reducer would lock in for a plan (fixed targets filled in, covert flagged). */
export function movesFor(scenario: Scenario, round: number, plan: Plan): ResolvedMove[] {
  return scenario.delegations.map(({ id }) => {
    const entry = plan[id] ?? 'hold';
    const [moveId, chosen] = typeof entry === 'string' ? [entry, null] : entry;
    const spec = findMove(scenario, id, moveId);
    if (!spec) throw new Error(`${id} has no move ${moveId}`);
    const target = spec.target.kind === 'fixed' ? spec.target.delegation : chosen;
    return {
      round,
      delegation: id,
      moveId,
      target,
      proposalId: null,
      byBot: false,
      covert: spec.visibility === 'covert',
      revealedRound: null,
    };
  });
}

/** Resolves the next round with a plan. */
export function playRound(scenario: Scenario, state: GameState, plan: Plan): ModelStep {
  const round = state.round + 1;
  return resolveRound(scenario, {
    ...state,
    round,
    phase: 'resolution',
    pendingMoves: movesFor(scenario, round, plan),
  });
}

/** Plays plans in order; returns the final state and each round's events. */
export function playRounds(
  scenario: Scenario,
  state: GameState,
  plans: Plan[],
): { state: GameState; rounds: GameEvent[][] } {
  const rounds: GameEvent[][] = [];
  let current = state;
  for (const plan of plans) {
    const step = playRound(scenario, current, plan);
    current = step.state;
    rounds.push(step.events);
  }
  return { state: current, rounds };
}

/** A standing public commitment, as the reducer records it from a flagged statement. */
export function withCommitment(
  state: GameState,
  delegation: DelegationId,
  terms: CommitmentTerms,
  round: number,
  id = `m${state.commitments.length + 1}`,
): GameState {
  const c: Commitment = { id, delegation, terms, round, status: 'standing', settledRound: null };
  return { ...state, commitments: [...state.commitments, c] };
}

/** Meter-change events of one meter. */
export function changesOf(events: readonly GameEvent[], ref: MeterRef): Extract<GameEvent, { type: 'meterChanged' }>[] {
  return events.filter(
    (e): e is Extract<GameEvent, { type: 'meterChanged' }> =>
      e.type === 'meterChanged' && JSON.stringify(e.meter) === JSON.stringify(ref),
  );
}

/** Sum of the changes of one meter in these events. */
export function netChange(events: readonly GameEvent[], ref: MeterRef): number {
  return Math.round(changesOf(events, ref).reduce((sum, e) => sum + (e.to - e.from), 0) * 10) / 10;
}

/** An event's cause and change in English, as a student reads them. */
export function text(event: GameEvent): string {
  return eventText(event, 'en', namesOf(korea)) ?? '';
}

/** A scenario whose covert moves are never found out by chance (for tests of what stays hidden until news reveals it). */
export function secretive(scenario: Scenario): Scenario {
  return { ...scenario, params: { ...scenario.params, covertDetection: 0 } };
}
