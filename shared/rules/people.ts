// Seat commands: students joining, and the teacher renaming, removing, reassigning and locking joins.
// Must not import anything impure.
import { LIMITS } from './commands.ts';
import type { GameEvent } from './events.ts';
import type { Handler } from './handler.ts';
import { isDelegation } from './moves.ts';
import type { Step } from './phases.ts';
import { actingSeat, activeSeats, balancedDelegation, checkName, normalizeName } from './seats.ts';
import type { GameState, Seat } from './types.ts';

export const joinSeat: Handler<'joinSeat'> = (scenario, state, cmd) => {
  if (state.seats[cmd.seatId]) return { error: 'rule/seat-exists' };
  if (state.joinsLocked && cmd.by.kind !== 'host') return { error: 'rule/joins-locked' };
  if (activeSeats(state).length >= LIMITS.seatsMax) return { error: 'rule/session-full' };
  const name = normalizeName(cmd.name);
  const nameError = checkName(state, name, null);
  if (nameError) return { error: nameError };
  if (cmd.delegation !== undefined && !isDelegation(scenario, cmd.delegation))
    return { error: 'rule/delegation-unknown' };
  const seat: Seat = {
    id: cmd.seatId,
    name,
    delegation: cmd.delegation ?? balancedDelegation(scenario, state),
    removed: false,
  };
  return { state: { ...state, seats: { ...state.seats, [seat.id]: seat } }, events: [{ type: 'seatJoined', seat }] };
};

export const renameSeat: Handler<'renameSeat'> = (_scenario, state, cmd) => {
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

export const removeSeat: Handler<'removeSeat'> = (_scenario, state, cmd) => {
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

export const reassignSeat: Handler<'reassignSeat'> = (scenario, state, cmd) => {
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

export const lockJoins: Handler<'lockJoins'> = (_scenario, state, cmd) => ({
  state: { ...state, joinsLocked: cmd.locked },
  events: [{ type: 'joinsLocked', locked: cmd.locked }],
});
