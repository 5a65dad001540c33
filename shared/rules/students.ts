// Student command handlers: team chat, diplomacy, public statements and commitments, proposals, approvals,
// reflections (declared, with their phases, in shared/commands/students.ts).
// Must not import anything impure.
import { LIMITS } from './commands.ts';
import type { GameEvent } from './events.ts';
import type { Actor } from './commands.ts';
import { closePersonalDeadline, lateReflectionRound } from './extra-time.ts';
import { append, checkText, type CommandOf, type Outcome, type Refusal } from './handler.ts';
import { messageAppended, messageId, proposalId } from './ids.ts';
import { findMove, isDelegation, resolveTarget } from './moves.ts';
import { reflectionPrompt } from './phases.ts';
import { actingSeat } from './seats.ts';
import type { CommitmentTerms, GameState, Message, Phase, Proposal, Seat } from './types.ts';
import type { Scenario } from '../scenario/types.ts';

/** The seat sending a student command, if it may act now: seated, the game running, the phase one of `phases`. */
export function actingStudent(state: GameState, by: Actor, phases: readonly Phase[]): { seat: Seat } | Refusal {
  if (by.kind !== 'seat') return { error: 'rule/not-allowed' };
  const found = actingSeat(state, by.seatId);
  if ('error' in found) return found;
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (state.clock.paused) return { error: 'rule/paused' };
  if (!phases.includes(state.phase)) return { error: 'rule/wrong-phase' };
  return { seat: found.seat };
}

/** A note to another delegation. */
export function sendDiplomaticMessage(
  scenario: Scenario,
  state: GameState,
  seat: Seat,
  cmd: CommandOf<'sendDiplomaticMessage'>,
): Outcome {
  if (!isDelegation(scenario, cmd.to)) return { error: 'rule/delegation-unknown' };
  if (cmd.to === seat.delegation) return { error: 'rule/recipient-invalid' };
  return sendMessage(state, seat, cmd.at, cmd.text, 'diplomatic', cmd.to, null);
}

/** A public statement, perhaps a pledge or a warning the model will judge later. */
export function makeStatement(
  scenario: Scenario,
  state: GameState,
  seat: Seat,
  cmd: CommandOf<'makeStatement'>,
): Outcome {
  if (cmd.commitment !== null && !validCommitment(scenario, seat, cmd.commitment))
    return { error: 'rule/commitment-invalid' };
  return sendMessage(state, seat, cmd.at, cmd.text, 'public', null, cmd.commitment);
}

function validCommitment(scenario: Scenario, seat: Seat, terms: CommitmentTerms): boolean {
  if (terms.kind === 'pledge' && terms.target === null) return true;
  const target = terms.target;
  return typeof target === 'string' && target !== seat.delegation && isDelegation(scenario, target);
}

/** Any message: team, diplomatic or public. */
export function sendMessage(
  state: GameState,
  seat: Seat,
  at: number,
  raw: string,
  channel: Message['channel'],
  to: string | null,
  commitment: CommitmentTerms | null,
): Outcome {
  const checked = checkText(raw, LIMITS.messageMax);
  if ('error' in checked) return checked;
  const message: Message = {
    id: messageId(state, channel, seat.delegation, to),
    round: state.round,
    channel,
    seatId: seat.id,
    from: seat.delegation,
    to,
    text: checked.text,
    commitment,
    at,
  };
  const events: GameEvent[] = [{ type: 'messageSent', message }];
  let next: GameState = { ...state, messages: append(state.messages, message) };
  messageAppended(state.messages, next.messages, message);
  if (commitment !== null) {
    const made = {
      id: message.id,
      delegation: seat.delegation,
      terms: commitment,
      round: state.round,
      status: 'standing' as const,
      settledRound: null,
    };
    next = { ...next, commitments: append(next.commitments, made) };
    events.push({ type: 'commitmentMade', commitment: made });
  }
  return { state: next, events };
}

/** A move the team may make this round, with a one-line reason. */
export function proposeMove(scenario: Scenario, state: GameState, seat: Seat, cmd: CommandOf<'proposeMove'>): Outcome {
  const move = findMove(scenario, seat.delegation, cmd.moveId);
  if (!move) return { error: 'rule/move-unknown' };
  const target = resolveTarget(scenario, seat.delegation, move, cmd.target);
  if (!target.ok) return { error: target.error };
  const rationale = checkText(cmd.rationale, LIMITS.rationaleMax);
  if ('error' in rationale) return rationale;
  const proposal: Proposal = {
    id: proposalId(state, seat.delegation),
    round: state.round,
    delegation: seat.delegation,
    seatId: seat.id,
    moveId: move.id,
    target: target.target,
    rationale: rationale.text,
    approvals: [],
  };
  return {
    state: { ...state, proposals: append(state.proposals, proposal) },
    events: [{ type: 'moveProposed', proposal }],
  };
}

/** Approves or withdraws an approval of a teammate's proposal. */
export function changeApproval(state: GameState, seat: Seat, proposalId: string, approve: boolean): Outcome {
  const index = state.proposals.findIndex(
    (p) => p.id === proposalId && p.round === state.round && p.delegation === seat.delegation,
  );
  const proposal = state.proposals[index];
  if (!proposal) return { error: 'rule/proposal-unknown' };
  const has = proposal.approvals.includes(seat.id);
  if (approve && has) return { error: 'rule/already-approved' };
  if (!approve && !has) return { error: 'rule/not-approved' };
  const approvals = approve ? [...proposal.approvals, seat.id] : proposal.approvals.filter((id) => id !== seat.id);
  const proposals = state.proposals.slice();
  proposals[index] = { ...proposal, approvals };
  return {
    state: { ...state, proposals },
    events: [{ type: 'approvalChanged', proposalId, delegation: proposal.delegation, approvals }],
  };
}

/**
 * A reflection on the student's own deadline (extra time): the class has moved on, paused or ended; their time has
 * not. Null when the student has no such deadline open now.
 */
export function lateReflection(
  scenario: Scenario,
  state: GameState,
  cmd: CommandOf<'submitReflection'>,
): Outcome | null {
  if (cmd.by.kind !== 'seat') return null;
  const found = actingSeat(state, cmd.by.seatId);
  if ('error' in found) return null;
  const round = lateReflectionRound(state, found.seat.id, cmd.at);
  return round === null ? null : submitReflection(scenario, state, found.seat, cmd.text, round);
}

/** Whether a reflection sent now falls on the student's own open deadline. */
export function onPersonalDeadline(state: GameState, cmd: CommandOf<'submitReflection'>): boolean {
  return cmd.by.kind === 'seat' && lateReflectionRound(state, cmd.by.seatId, cmd.at) !== null;
}

/** One reflection per seat per round, in the reflection phase (or on the student's own deadline). */
export function submitReflection(
  scenario: Scenario,
  state: GameState,
  seat: Seat,
  raw: string,
  round: number,
): Outcome {
  if (state.reflections.some((r) => r.round === round && r.seatId === seat.id))
    return { error: 'rule/already-reflected' };
  const checked = checkText(raw, LIMITS.reflectionMax);
  if ('error' in checked) return checked;
  const reflection = {
    round,
    seatId: seat.id,
    delegation: seat.delegation,
    prompt: reflectionPrompt(scenario, round),
    text: checked.text,
  };
  const closed = closePersonalDeadline(state, seat.id, round);
  return {
    state: { ...closed, reflections: append(closed.reflections, reflection) },
    events: [{ type: 'reflectionSubmitted', reflection }],
  };
}
