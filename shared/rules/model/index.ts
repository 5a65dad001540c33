// The tension model's surface used by the reducer: resolving a round, news triggers, bots, scores.
// Deterministic: same state in, same state and events out. No clock, no Math.random.
import type { GameEvent } from '../events.ts';
import type { DelegationId, GameState, Scenario } from '../types.ts';

export interface ModelStep {
  state: GameState;
  events: GameEvent[];
}

/**
 * Resolution: reveals `state.pendingMoves` (covert ones only to their own team), applies the Richardson step
 * with impulses, spillover, reciprocity, credibility and audience costs, world meters and the talks ladder,
 * tension with hysteresis, settles commitments, appends to `history`, and starts a crisis hold at the top band.
 * Every meter change is a `meterChanged` event with a readable cause.
 */
export function resolveRound(scenario: Scenario, state: GameState): ModelStep {
  void scenario;
  return { state, events: [] };
}

/** News due at the start of a round's news phase: scheduled for this round, or thresholds crossed. */
export function dueNews(scenario: Scenario, state: GameState): ModelStep {
  void scenario;
  return { state, events: [] };
}

/** Publishes one news item (scheduled, threshold or teacher-injected) with its effects and reveals. */
export function publishNews(scenario: Scenario, state: GameState, newsId: string, source: 'scheduled' | 'threshold' | 'teacher'): ModelStep {
  void scenario; void newsId; void source;
  return { state, events: [] };
}

/** What a delegation with no students plays: tit-for-tat toward whoever targeted it, else its default. */
export function botMove(scenario: Scenario, state: GameState, delegation: DelegationId): { moveId: string; target: DelegationId | null } {
  return { moveId: scenario.botDefaultMove[delegation] ?? 'hold', target: null };
}

/** Final score per delegation from its objectives and the final meters. */
export function finalScores(scenario: Scenario, state: GameState): Record<DelegationId, number> {
  void state;
  return Object.fromEntries(scenario.delegations.map((d) => [d.id, 0]));
}
