// The session's flow: which phase follows which, the decision deadline, round starts and the end.
// Calls the tension model (model/index.ts) at the fixed points; must not import anything impure.
import type { GameEvent } from './events.ts';
import { openPersonalDeadlines } from './extra-time.ts';
import { botMove, dueNews, finalScores, keepStandingCommitments, resolveRound, revealAtEnd } from './model/index.ts';
import { findMove, HOLD_MOVE_ID } from './moves.ts';
import { seatCounts } from './seats.ts';
import type { Clock, GameState, Proposal, ResolvedMove, TimedPhase } from './types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';

/** A state with the events that led to it. */
export interface Step {
  state: GameState;
  events: GameEvent[];
}

/** The clock of a timed phase entered at `at`, running. */
export function runningClock(state: GameState, phase: TimedPhase, at: number): Clock {
  return { endsAt: at + state.settings.phaseSeconds[phase] * 1000, remainingMs: null, paused: false };
}

const STOPPED: Clock = { endsAt: null, remainingMs: null, paused: false };

function enter(state: GameState, phase: TimedPhase, round: number, at: number): Step {
  const clock = runningClock(state, phase, at);
  return {
    state: { ...state, phase, round, clock },
    events: [{ type: 'phaseChanged', phase, round, endsAt: clock.endsAt }],
  };
}

function chain(first: Step, next: (state: GameState) => Step): Step {
  const second = next(first.state);
  return { state: second.state, events: [...first.events, ...second.events] };
}

/** Leaves the current phase for the next one (lobby → briefing → news → … → ended). */
export function advance(scenario: Scenario, state: GameState, at: number): Step {
  switch (state.phase) {
    case 'lobby':
      return enter(state, 'briefing', 0, at);
    case 'briefing':
      return startRound(scenario, state, at);
    case 'news':
      return enter(state, 'deliberation', state.round, at);
    case 'deliberation':
      return enter(state, 'decision', state.round, at);
    case 'decision':
      return chain(lockMoves(scenario, state), (s) =>
        chain(enter(s, 'resolution', s.round, at), (r) => resolveRound(scenario, r)),
      );
    case 'resolution':
      return state.settings.reflection
        ? enter(state, 'reflection', state.round, at)
        : nextRoundOrEnd(scenario, state, at);
    case 'reflection':
      return chain(openPersonalDeadlines(state, at), (s) => nextRoundOrEnd(scenario, s, at));
    case 'ended':
      return { state, events: [] };
  }
}

function nextRoundOrEnd(scenario: Scenario, state: GameState, at: number): Step {
  return state.round < state.settings.rounds ? startRound(scenario, state, at) : endSession(scenario, state);
}

/** A new round opens with its news: scheduled items and thresholds crossed since the last round. */
function startRound(scenario: Scenario, state: GameState, at: number): Step {
  return chain(enter(state, 'news', state.round + 1, at), (s) => dueNews(scenario, s));
}

/** The decision rule for one delegation: most approvals, the earlier proposal on a tie, none means Hold. */
export function winningProposal(
  proposals: readonly Proposal[],
  round: number,
  delegation: DelegationId,
): Proposal | null {
  let best: Proposal | null = null;
  for (const p of proposals) {
    if (p.round !== round || p.delegation !== delegation) continue;
    if (best === null || p.approvals.length > best.approvals.length) best = p;
  }
  return best;
}

/** The decision deadline: every delegation's move is fixed; a delegation without students plays its bot. */
export function lockMoves(scenario: Scenario, state: GameState): Step {
  const counts = seatCounts(scenario, state);
  const pending: ResolvedMove[] = [];
  for (const { id: delegation } of scenario.delegations) {
    const chosen =
      (counts[delegation] ?? 0) > 0 ? teamChoice(state, delegation) : botChoice(scenario, state, delegation);
    const spec = findMove(scenario, delegation, chosen.moveId) ?? findMove(scenario, delegation, HOLD_MOVE_ID);
    pending.push({
      round: state.round,
      delegation,
      moveId: spec?.id ?? HOLD_MOVE_ID,
      target: spec?.id === chosen.moveId ? chosen.target : null,
      proposalId: chosen.proposalId,
      byBot: chosen.byBot,
      covert: spec?.visibility === 'covert',
      revealedRound: null,
    });
  }
  return {
    state: { ...state, pendingMoves: pending },
    events: pending.map((move) => ({ type: 'moveLocked', move })),
  };
}

interface Choice {
  moveId: string;
  target: DelegationId | null;
  proposalId: string | null;
  byBot: boolean;
}

function teamChoice(state: GameState, delegation: DelegationId): Choice {
  const win = winningProposal(state.proposals, state.round, delegation);
  return win
    ? { moveId: win.moveId, target: win.target, proposalId: win.id, byBot: false }
    : { moveId: HOLD_MOVE_ID, target: null, proposalId: null, byBot: false };
}

function botChoice(scenario: Scenario, state: GameState, delegation: DelegationId): Choice {
  const bot = botMove(scenario, state, delegation);
  const spec = findMove(scenario, delegation, bot.moveId);
  // A bot's target is checked like a student's: a fixed move keeps its own target, `none` takes none.
  let target: DelegationId | null = null;
  if (spec?.target.kind === 'fixed') target = spec.target.delegation;
  else if (spec?.target.kind === 'choose') {
    target = bot.target !== delegation && scenario.delegations.some((d) => d.id === bot.target) ? bot.target : null;
    if (target === null) return { moveId: HOLD_MOVE_ID, target: null, proposalId: null, byBot: true };
  }
  return { moveId: bot.moveId, target, proposalId: null, byBot: true };
}

/**
 * The end: every covert move still hidden is revealed (its effects land and a pledge it broke is judged
 * broken), then the commitments still standing are kept, scores computed, the clock stops.
 */
export function endSession(scenario: Scenario, state: GameState): Step {
  const revealed = revealAtEnd(scenario, state);
  const settled = keepStandingCommitments(scenario, revealed.state);
  const events: GameEvent[] = [...revealed.events, ...settled.events];
  const ended: GameState = { ...settled.state, pendingMoves: [], phase: 'ended', clock: STOPPED };
  const scores = finalScores(scenario, ended);
  events.push({ type: 'phaseChanged', phase: 'ended', round: state.round, endsAt: null });
  events.push({ type: 'sessionEnded', scores });
  return { state: { ...ended, scores }, events };
}

/** The reflection prompt of a round: the scenario's prompts taken in turn, cycling. */
export function reflectionPrompt(
  scenario: { reflectionPrompts?: readonly string[] | undefined },
  round: number,
): string {
  const prompts = scenario.reflectionPrompts ?? [];
  return prompts.length === 0 ? '' : (prompts[(Math.max(1, round) - 1) % prompts.length] ?? '');
}
