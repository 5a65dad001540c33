// The reducer: one command in, the new state and its events out, or a coded refusal.
// A refused command returns the same state object and does not advance `seq`. Must not import anything impure.
import type { Actor, Command, CommandType } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import type { GameEvent } from './events.ts';
import { lateReflectionRound, setExtraTime } from './extra-time.ts';
import * as flow from './flow.ts';
import type { Outcome, Refusal } from './handler.ts';
import { changedPairs, pairsOf } from './pairs.ts';
import * as people from './people.ts';
import type { Step } from './phases.ts';
import { studentCommand } from './students.ts';
import type { GameState, Scenario } from './types.ts';

export type CommandResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; state: GameState; error: ErrorCode; detail?: string };

/** Who may send each command; the server sets `by` from the connection, never from the payload. */
const SENDERS: Record<CommandType, readonly Actor['kind'][]> = {
  joinSeat: ['system', 'host'],
  renameSeat: ['host'],
  // The server releases a seat whose join never completed (its token never reached anyone).
  removeSeat: ['host', 'system'],
  reassignSeat: ['host'],
  setExtraTime: ['host'],
  lockJoins: ['host'],
  startSession: ['host'],
  phaseTimeUp: ['system'],
  skipPhase: ['host'],
  // The server pauses an overdue session it rebuilt after a restart, so the class does not lose a phase.
  pauseClock: ['host', 'system'],
  resumeClock: ['host'],
  extendPhase: ['host'],
  injectNews: ['host'],
  resolveCrisisHold: ['host'],
  endSession: ['host'],
  sendTeamMessage: ['seat'],
  sendDiplomaticMessage: ['seat'],
  makeStatement: ['seat'],
  proposeMove: ['seat'],
  approveProposal: ['seat'],
  withdrawApproval: ['seat'],
  submitReflection: ['seat'],
};

/** Applies one command. Never throws on player input; never mutates `state`. */
export function applyCommand(scenario: Scenario, state: GameState, command: Command): CommandResult {
  // The edge validates shapes; this keeps a bad stored or hand-made command from throwing here.
  const senders = (SENDERS as Partial<Record<string, readonly Actor['kind'][]>>)[command?.type];
  if (!senders || typeof command.by?.kind !== 'string') return refuse(state, { error: 'protocol/invalid' });
  if (!senders.includes(command.by.kind)) return refuse(state, { error: 'rule/not-allowed' });
  // An accommodated student may still finish the last round's reflection after the end, on their own deadline.
  if (state.phase === 'ended' && !lateReflection(state, command)) return refuse(state, { error: 'rule/session-ended' });
  const next: GameState = { ...state, seq: state.seq + 1 };
  const outcome = dispatch(scenario, next, command);
  if ('error' in outcome) return refuse(state, outcome);
  return { ok: true, ...withDerivedEvents(scenario, state, outcome, command.at) };
}

function lateReflection(state: GameState, command: Command): boolean {
  return (
    command.type === 'submitReflection' &&
    command.by.kind === 'seat' &&
    lateReflectionRound(state, command.by.seatId, command.at) !== null
  );
}

function refuse(state: GameState, refusal: Refusal): CommandResult {
  return refusal.detail === undefined
    ? { ok: false, state, error: refusal.error }
    : { ok: false, state, error: refusal.error, detail: refusal.detail };
}

function dispatch(scenario: Scenario, state: GameState, command: Command): Outcome {
  switch (command.type) {
    case 'joinSeat':
      return people.joinSeat(scenario, state, command);
    case 'renameSeat':
      return people.renameSeat(scenario, state, command);
    case 'removeSeat':
      return people.removeSeat(scenario, state, command);
    case 'reassignSeat':
      return people.reassignSeat(scenario, state, command);
    case 'lockJoins':
      return people.lockJoins(scenario, state, command);
    case 'setExtraTime':
      return setExtraTime(scenario, state, command);
    case 'startSession':
      return flow.startSession(scenario, state, command);
    case 'phaseTimeUp':
      return flow.phaseTimeUp(scenario, state, command);
    case 'skipPhase':
      return flow.skipPhase(scenario, state, command);
    case 'pauseClock':
      return flow.pauseClock(scenario, state, command);
    case 'resumeClock':
      return flow.resumeClock(scenario, state, command);
    case 'extendPhase':
      return flow.extendPhase(scenario, state, command);
    case 'injectNews':
      return flow.injectNews(scenario, state, command);
    case 'resolveCrisisHold':
      return flow.resolveCrisisHold(scenario, state, command);
    case 'endSession':
      return flow.endSessionCommand(scenario, state, command);
    default:
      return studentCommand(scenario, state, command);
  }
}

/**
 * Events the views need that follow from the state rather than from one rule: the clock freezes when a
 * crisis hold starts (whoever started it), the board's pairs, and each round's closing meters.
 */
function withDerivedEvents(scenario: Scenario, before: GameState, step: Step, at: number): Step {
  const crisisStarted =
    !before.crisisHold && step.state.crisisHold && !step.state.clock.paused && step.state.clock.endsAt !== null;
  const threatChanged = step.state.meters.threat !== before.meters.threat;
  const historyGrew = step.state.history.length > before.history.length;
  // Most commands (chat, proposals, approvals) touch none of these: keep them allocation-free.
  if (!crisisStarted && !threatChanged && !historyGrew) return step;
  let { state } = step;
  const events = step.events.slice();
  if (crisisStarted && state.clock.endsAt !== null) {
    const remainingMs = Math.max(0, state.clock.endsAt - at);
    state = { ...state, clock: { endsAt: null, remainingMs, paused: true }, holdPausedClock: true };
    events.push({ type: 'clockPaused', remainingMs });
  }
  if (threatChanged) {
    const pairs = changedPairs(pairsOf(scenario, before.meters.threat), pairsOf(scenario, state.meters.threat));
    if (Object.keys(pairs).length > 0) events.push({ type: 'pairsChanged', pairs });
  }
  if (historyGrew)
    for (const meters of state.history.slice(before.history.length)) events.push({ type: 'historyRecorded', meters });
  return { state, events };
}
