// The reducer: one command in, the new state and its events out, or a coded refusal.
// A refused command returns the same state object and does not advance `seq`. Must not import anything impure.
import type { Actor, Command, CommandType } from './commands.ts';
import { LIMITS } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import type { GameEvent } from './events.ts';
import { publishNews } from './model/index.ts';
import { findMove, isDelegation, resolveTarget } from './moves.ts';
import { changedPairs, pairsOf } from './pairs.ts';
import type { Step } from './phases.ts';
import { advance, endSession, reflectionPrompt } from './phases.ts';
import { actingSeat, activeSeats, balancedDelegation, checkName, normalizeName } from './seats.ts';
import type { CommitmentTerms, GameState, Message, Phase, Proposal, Scenario, Seat } from './types.ts';

export type CommandResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; state: GameState; error: ErrorCode; detail?: string };

interface Refusal {
  error: ErrorCode;
  detail?: string;
}
type Outcome = Step | Refusal;
type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
type Handler<T extends CommandType> = (scenario: Scenario, state: GameState, command: CommandOf<T>) => Outcome;

/** Who may send each command; the server sets `by` from the connection, never from the payload. */
const SENDERS: Record<CommandType, readonly Actor['kind'][]> = {
  joinSeat: ['system', 'host'],
  renameSeat: ['host'],
  removeSeat: ['host'],
  reassignSeat: ['host'],
  lockJoins: ['host'],
  startSession: ['host'],
  phaseTimeUp: ['system'],
  skipPhase: ['host'],
  pauseClock: ['host'],
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

/** When students may do what: talk within the team all game long, deal and propose before the deadline. */
const STUDENT_PHASES: Record<StudentCommand['type'], readonly Phase[]> = {
  sendTeamMessage: ['briefing', 'news', 'deliberation', 'decision', 'resolution', 'reflection'],
  sendDiplomaticMessage: ['deliberation', 'decision'],
  makeStatement: ['deliberation', 'decision'],
  proposeMove: ['deliberation', 'decision'],
  approveProposal: ['deliberation', 'decision'],
  withdrawApproval: ['deliberation', 'decision'],
  submitReflection: ['reflection'],
};

type StudentCommand = CommandOf<
  'sendTeamMessage' | 'sendDiplomaticMessage' | 'makeStatement' | 'proposeMove' | 'approveProposal' | 'withdrawApproval' | 'submitReflection'
>;

/** Applies one command. Never throws on player input; never mutates `state`. */
export function applyCommand(scenario: Scenario, state: GameState, command: Command): CommandResult {
  // The edge validates shapes; this keeps a bad stored or hand-made command from throwing here.
  const senders = (SENDERS as Partial<Record<string, readonly Actor['kind'][]>>)[command?.type];
  if (!senders || typeof command.by?.kind !== 'string') return refuse(state, { error: 'protocol/invalid' });
  if (!senders.includes(command.by.kind)) return refuse(state, { error: 'rule/not-allowed' });
  if (state.phase === 'ended') return refuse(state, { error: 'rule/session-ended' });
  const next: GameState = { ...state, seq: state.seq + 1 };
  const outcome = dispatch(scenario, next, command);
  if ('error' in outcome) return refuse(state, outcome);
  return { ok: true, ...withDerivedEvents(scenario, state, outcome, command.at) };
}

/** Appends without copying element by element (concat is several times faster than spread on long lists). */
function append<T>(list: readonly T[], item: T): T[] {
  return list.concat([item]);
}

function refuse(state: GameState, refusal: Refusal): CommandResult {
  return refusal.detail === undefined
    ? { ok: false, state, error: refusal.error }
    : { ok: false, state, error: refusal.error, detail: refusal.detail };
}

function dispatch(scenario: Scenario, state: GameState, command: Command): Outcome {
  switch (command.type) {
    case 'joinSeat': return joinSeat(scenario, state, command);
    case 'renameSeat': return renameSeat(scenario, state, command);
    case 'removeSeat': return removeSeat(scenario, state, command);
    case 'reassignSeat': return reassignSeat(scenario, state, command);
    case 'lockJoins': return lockJoins(scenario, state, command);
    case 'startSession': return startSession(scenario, state, command);
    case 'phaseTimeUp': return phaseTimeUp(scenario, state, command);
    case 'skipPhase': return skipPhase(scenario, state, command);
    case 'pauseClock': return pauseClock(scenario, state, command);
    case 'resumeClock': return resumeClock(scenario, state, command);
    case 'extendPhase': return extendPhase(scenario, state, command);
    case 'injectNews': return injectNews(scenario, state, command);
    case 'resolveCrisisHold': return resolveCrisisHold(scenario, state, command);
    case 'endSession': return endSessionCommand(scenario, state, command);
    default: return studentCommand(scenario, state, command);
  }
}

/**
 * Events the views need that follow from the state rather than from one rule: the clock freezes when a
 * crisis hold starts (whoever started it), the board's pairs, and each round's closing meters.
 */
function withDerivedEvents(scenario: Scenario, before: GameState, step: Step, at: number): Step {
  const crisisStarted = !before.crisisHold && step.state.crisisHold && !step.state.clock.paused && step.state.clock.endsAt !== null;
  const threatChanged = step.state.meters.threat !== before.meters.threat;
  const historyGrew = step.state.history.length > before.history.length;
  // Most commands (chat, proposals, approvals) touch none of these: keep them allocation-free.
  if (!crisisStarted && !threatChanged && !historyGrew) return step;
  let { state } = step;
  const events = step.events.slice();
  if (crisisStarted && state.clock.endsAt !== null) {
    const remainingMs = Math.max(0, state.clock.endsAt - at);
    state = { ...state, clock: { endsAt: null, remainingMs, paused: true } };
    events.push({ type: 'clockPaused', remainingMs });
  }
  if (threatChanged) {
    const pairs = changedPairs(pairsOf(scenario, before.meters.threat), pairsOf(scenario, state.meters.threat));
    if (Object.keys(pairs).length > 0) events.push({ type: 'pairsChanged', pairs });
  }
  if (historyGrew) for (const meters of state.history.slice(before.history.length)) events.push({ type: 'historyRecorded', meters });
  return { state, events };
}

// --- people -------------------------------------------------------------------------------------

const joinSeat: Handler<'joinSeat'> = (scenario, state, cmd) => {
  if (state.seats[cmd.seatId]) return { error: 'rule/seat-exists' };
  if (state.joinsLocked && cmd.by.kind !== 'host') return { error: 'rule/joins-locked' };
  if (activeSeats(state).length >= LIMITS.seatsMax) return { error: 'rule/session-full' };
  const name = normalizeName(cmd.name);
  const nameError = checkName(state, name, null);
  if (nameError) return { error: nameError };
  if (cmd.delegation !== undefined && !isDelegation(scenario, cmd.delegation)) return { error: 'rule/delegation-unknown' };
  const seat: Seat = { id: cmd.seatId, name, delegation: cmd.delegation ?? balancedDelegation(scenario, state), removed: false };
  return { state: { ...state, seats: { ...state.seats, [seat.id]: seat } }, events: [{ type: 'seatJoined', seat }] };
};

const renameSeat: Handler<'renameSeat'> = (_scenario, state, cmd) => {
  const found = actingSeat(state, cmd.seatId);
  if ('error' in found) return found;
  const name = normalizeName(cmd.name);
  const nameError = checkName(state, name, cmd.seatId);
  if (nameError) return { error: nameError };
  const seat = { ...found.seat, name };
  return {
    state: { ...state, seats: { ...state.seats, [seat.id]: seat } },
    events: [{ type: 'seatRenamed', seatId: seat.id, name }],
  };
};

const removeSeat: Handler<'removeSeat'> = (_scenario, state, cmd) => {
  const found = actingSeat(state, cmd.seatId);
  if ('error' in found) return found;
  const seat = { ...found.seat, removed: true };
  const seated = { ...state, seats: { ...state.seats, [seat.id]: seat } };
  const stripped = withoutLiveApprovals(seated, found.seat);
  return {
    state: stripped.state,
    events: [{ type: 'seatRemoved', seatId: seat.id, delegation: seat.delegation }, ...stripped.events],
  };
};

const reassignSeat: Handler<'reassignSeat'> = (scenario, state, cmd) => {
  const found = actingSeat(state, cmd.seatId);
  if ('error' in found) return found;
  if (!isDelegation(scenario, cmd.delegation)) return { error: 'rule/delegation-unknown' };
  if (found.seat.delegation === cmd.delegation) return { error: 'rule/same-delegation' };
  const seat = { ...found.seat, delegation: cmd.delegation };
  const seated = { ...state, seats: { ...state.seats, [seat.id]: seat } };
  const stripped = withoutLiveApprovals(seated, found.seat);
  return {
    state: stripped.state,
    events: [
      ...stripped.events,
      { type: 'seatReassigned', seatId: seat.id, from: found.seat.delegation, to: cmd.delegation },
    ],
  };
};

/** A seat that leaves a team no longer weighs on that team's open decision. */
function withoutLiveApprovals(state: GameState, seat: Seat): Step {
  if (state.phase !== 'deliberation' && state.phase !== 'decision') return { state, events: [] };
  const events: GameEvent[] = [];
  const proposals = state.proposals.map((p) => {
    if (p.round !== state.round || p.delegation !== seat.delegation || !p.approvals.includes(seat.id)) return p;
    const approvals = p.approvals.filter((id) => id !== seat.id);
    events.push({ type: 'approvalChanged', proposalId: p.id, delegation: p.delegation, approvals });
    return { ...p, approvals };
  });
  return { state: events.length > 0 ? { ...state, proposals } : state, events };
}

const lockJoins: Handler<'lockJoins'> = (_scenario, state, cmd) => ({
  state: { ...state, joinsLocked: cmd.locked },
  events: [{ type: 'joinsLocked', locked: cmd.locked }],
});

// --- flow ---------------------------------------------------------------------------------------

const startSession: Handler<'startSession'> = (scenario, state, cmd) => {
  if (state.phase !== 'lobby') return { error: 'rule/session-started' };
  return advance(scenario, state, cmd.at);
};

const phaseTimeUp: Handler<'phaseTimeUp'> = (scenario, state, cmd) => {
  if (cmd.phase !== state.phase || cmd.round !== state.round) return { error: 'rule/stale-timer' };
  if (state.phase === 'lobby') return { error: 'rule/wrong-phase' };
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (state.clock.paused) return { error: 'rule/paused' };
  return advance(scenario, state, cmd.at);
};

const skipPhase: Handler<'skipPhase'> = (scenario, state, cmd) => {
  if (state.phase === 'lobby') return { error: 'rule/wrong-phase', detail: 'Start the session instead.' };
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  return advance(scenario, state, cmd.at);
};

const pauseClock: Handler<'pauseClock'> = (_scenario, state, cmd) => {
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (state.clock.paused) return { error: 'rule/already-paused' };
  if (state.clock.endsAt === null) return { error: 'rule/wrong-phase' };
  const remainingMs = Math.max(0, state.clock.endsAt - cmd.at);
  return {
    state: { ...state, clock: { endsAt: null, remainingMs, paused: true } },
    events: [{ type: 'clockPaused', remainingMs }],
  };
};

const resumeClock: Handler<'resumeClock'> = (_scenario, state, cmd) => {
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (!state.clock.paused) return { error: 'rule/not-paused' };
  const endsAt = cmd.at + (state.clock.remainingMs ?? 0);
  return {
    state: { ...state, clock: { endsAt, remainingMs: null, paused: false } },
    events: [{ type: 'clockResumed', endsAt }],
  };
};

const extendPhase: Handler<'extendPhase'> = (_scenario, state, cmd) => {
  if (!Number.isInteger(cmd.seconds) || cmd.seconds < 1 || cmd.seconds > LIMITS.extendSecondsMax) {
    return { error: 'rule/extend-invalid' };
  }
  const ms = cmd.seconds * 1000;
  const { clock } = state;
  if (!clock.paused && clock.endsAt === null) return { error: 'rule/wrong-phase' };
  const extended = clock.paused
    ? { ...clock, remainingMs: (clock.remainingMs ?? 0) + ms }
    : { ...clock, endsAt: (clock.endsAt ?? 0) + ms };
  return {
    state: { ...state, clock: extended },
    events: [{ type: 'phaseExtended', endsAt: extended.endsAt, remainingMs: extended.remainingMs, seconds: cmd.seconds }],
  };
};

const injectNews: Handler<'injectNews'> = (scenario, state, cmd) => {
  if (state.phase === 'lobby') return { error: 'rule/wrong-phase' };
  if (cmd.newsId !== undefined) {
    if (!scenario.news.some((n) => n.id === cmd.newsId)) return { error: 'rule/news-unknown' };
    return publishNews(scenario, state, cmd.newsId, 'teacher');
  }
  const headline = checkText(cmd.headline ?? '', LIMITS.headlineMax);
  if ('error' in headline) return headline;
  const body = (cmd.body ?? '').trim();
  if (body.length > LIMITS.newsBodyMax) return { error: 'rule/text-too-long' };
  const news = { id: `teacher-${state.seq}`, round: state.round, headline: headline.text, body, source: 'teacher' as const };
  return { state: { ...state, news: append(state.news, news) }, events: [{ type: 'newsPublished', news }] };
};

const resolveCrisisHold: Handler<'resolveCrisisHold'> = (scenario, state, cmd) => {
  if (!state.crisisHold) return { error: 'rule/no-crisis-hold' };
  return leaveCrisisHold(scenario, state, cmd.outcome, cmd.at);
};

function leaveCrisisHold(scenario: Scenario, state: GameState, outcome: 'resume' | 'end', at: number): Step {
  const released = { ...state, crisisHold: false };
  const ended: GameEvent = { type: 'crisisHoldEnded', outcome };
  if (outcome === 'end') {
    const step = endSession(scenario, released);
    return { state: step.state, events: [ended, ...step.events] };
  }
  if (!released.clock.paused) return { state: released, events: [ended] };
  const endsAt = at + (released.clock.remainingMs ?? 0);
  return {
    state: { ...released, clock: { endsAt, remainingMs: null, paused: false } },
    events: [ended, { type: 'clockResumed', endsAt }],
  };
}

const endSessionCommand: Handler<'endSession'> = (scenario, state, cmd) =>
  state.crisisHold ? leaveCrisisHold(scenario, state, 'end', cmd.at) : endSession(scenario, state);

// --- students -----------------------------------------------------------------------------------

function checkText(raw: unknown, max: number): { text: string } | Refusal {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text.length === 0) return { error: 'rule/text-empty' };
  if (text.length > max) return { error: 'rule/text-too-long' };
  return { text };
}

function studentCommand(scenario: Scenario, state: GameState, cmd: StudentCommand): Outcome {
  if (cmd.by.kind !== 'seat') return { error: 'rule/not-allowed' };
  const found = actingSeat(state, cmd.by.seatId);
  if ('error' in found) return found;
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (state.clock.paused) return { error: 'rule/paused' };
  if (!STUDENT_PHASES[cmd.type].includes(state.phase)) return { error: 'rule/wrong-phase' };
  const seat = found.seat;
  switch (cmd.type) {
    case 'sendTeamMessage': return sendMessage(state, seat, cmd.at, cmd.text, 'team', null, null);
    case 'sendDiplomaticMessage':
      if (!isDelegation(scenario, cmd.to)) return { error: 'rule/delegation-unknown' };
      if (cmd.to === seat.delegation) return { error: 'rule/recipient-invalid' };
      return sendMessage(state, seat, cmd.at, cmd.text, 'diplomatic', cmd.to, null);
    case 'makeStatement':
      if (cmd.commitment !== null && !validCommitment(scenario, seat, cmd.commitment)) return { error: 'rule/commitment-invalid' };
      return sendMessage(state, seat, cmd.at, cmd.text, 'public', null, cmd.commitment);
    case 'proposeMove': return proposeMove(scenario, state, seat, cmd);
    case 'approveProposal': return changeApproval(state, seat, cmd.proposalId, true);
    case 'withdrawApproval': return changeApproval(state, seat, cmd.proposalId, false);
    case 'submitReflection': return submitReflection(scenario, state, seat, cmd.text);
  }
}

function validCommitment(scenario: Scenario, seat: Seat, terms: CommitmentTerms): boolean {
  if (terms.kind === 'pledge' && terms.target === null) return true;
  const target = terms.target;
  return typeof target === 'string' && target !== seat.delegation && isDelegation(scenario, target);
}

function sendMessage(
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
    id: `m${state.seq}`,
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
  if (commitment !== null) {
    const made = { id: message.id, delegation: seat.delegation, terms: commitment, round: state.round, status: 'standing' as const, settledRound: null };
    next = { ...next, commitments: append(next.commitments, made) };
    events.push({ type: 'commitmentMade', commitment: made });
  }
  return { state: next, events };
}

function proposeMove(scenario: Scenario, state: GameState, seat: Seat, cmd: CommandOf<'proposeMove'>): Outcome {
  const move = findMove(scenario, seat.delegation, cmd.moveId);
  if (!move) return { error: 'rule/move-unknown' };
  const target = resolveTarget(scenario, seat.delegation, move, cmd.target);
  if (!target.ok) return { error: target.error };
  const rationale = checkText(cmd.rationale, LIMITS.rationaleMax);
  if ('error' in rationale) return rationale;
  const proposal: Proposal = {
    id: `p${state.seq}`,
    round: state.round,
    delegation: seat.delegation,
    seatId: seat.id,
    moveId: move.id,
    target: target.target,
    rationale: rationale.text,
    approvals: [],
  };
  return { state: { ...state, proposals: append(state.proposals, proposal) }, events: [{ type: 'moveProposed', proposal }] };
}

function changeApproval(state: GameState, seat: Seat, proposalId: string, approve: boolean): Outcome {
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

function submitReflection(scenario: Scenario, state: GameState, seat: Seat, raw: string): Outcome {
  if (state.reflections.some((r) => r.round === state.round && r.seatId === seat.id)) return { error: 'rule/already-reflected' };
  const checked = checkText(raw, LIMITS.reflectionMax);
  if ('error' in checked) return checked;
  const reflection = { round: state.round, seatId: seat.id, delegation: seat.delegation, prompt: reflectionPrompt(scenario, state.round), text: checked.text };
  return {
    state: { ...state, reflections: append(state.reflections, reflection) },
    events: [{ type: 'reflectionSubmitted', reflection }],
  };
}
