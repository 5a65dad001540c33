// Who may know what, as small pure predicates over a viewer's scope: the pieces the views, the event table's
// trimming and the client's fold share. Must not import anything impure.
import { HOLD_MOVE_ID } from './moves.ts';
import type { GameState, Message, Meters, ResolvedMove } from './types.ts';
import type { DelegationId } from '../scenario/types.ts';
import type { PublicSeat, Viewer } from './view-types.ts';

/**
 * What a viewer is entitled to: the host everything, a seated student their own delegation's side,
 * anyone else (projector, removed or unknown seat) the public side only.
 */
export type Scope = { kind: 'host' } | { kind: 'public' } | { kind: 'seat'; seatId: string; delegation: DelegationId };

/** The scope of a viewer in this state. */
export function scopeOf(state: GameState, viewer: Viewer): Scope {
  if (viewer.kind === 'host') return { kind: 'host' };
  if (viewer.kind === 'projector') return { kind: 'public' };
  const seat = state.seats[viewer.seatId];
  return seat && !seat.removed ? { kind: 'seat', seatId: seat.id, delegation: seat.delegation } : { kind: 'public' };
}

/** Whether this scope may know of a resolved or pending move. */
export function canSeeMove(scope: Scope, move: ResolvedMove): boolean {
  if (scope.kind === 'host') return true;
  if (scope.kind === 'seat' && scope.delegation === move.delegation) return true;
  return !move.covert || move.revealedRound !== null;
}

/**
 * A resolved move as this scope sees it: a covert move still hidden from the scope shows as its delegation's
 * public cover (Hold), so every delegation appears in each round's reveal and a missing one names nobody.
 */
export function moveAsSeen(scope: Scope, move: ResolvedMove): ResolvedMove {
  if (!canSeeMove(scope, move))
    return { ...move, moveId: HOLD_MOVE_ID, target: null, proposalId: null, covert: false, revealedRound: move.round };
  // A proposal id is numbered within its team: another team reading it would count that team's proposals.
  const own = scope.kind === 'host' || (scope.kind === 'seat' && scope.delegation === move.delegation);
  return own || move.proposalId === null ? move : { ...move, proposalId: null };
}

/** Whether this scope may read a message: public ones, its own team's, diplomatic ones it is party to. */
export function canSeeMessage(scope: Scope, message: Message): boolean {
  if (scope.kind === 'host' || message.channel === 'public') return true;
  if (scope.kind !== 'seat') return false;
  return message.from === scope.delegation || (message.channel === 'diplomatic' && message.to === scope.delegation);
}

/** Meters with only the threat rows this scope may read: all for the host, its own for a seat, none otherwise. */
export function metersFor(scope: Scope, meters: Meters): Meters {
  if (scope.kind === 'host') return meters;
  const threat: Meters['threat'] = {};
  if (scope.kind === 'seat') {
    const row = meters.threat[scope.delegation];
    if (row) threat[scope.delegation] = row;
  }
  return { ...meters, threat };
}

/** Resolved moves in the one order every view uses: by round, then scenario order of delegations. */
export function sortMoves(scenario: { delegations: readonly { id: string }[] }, moves: ResolvedMove[]): ResolvedMove[] {
  const order = new Map(scenario.delegations.map((d, index) => [d.id, index]));
  return [...moves].sort(
    (a, b) => a.round - b.round || (order.get(a.delegation) ?? 0) - (order.get(b.delegation) ?? 0),
  );
}

/** The roster in the one order every view uses (by seat id, so folding a join needs no join order). */
export function sortSeats(seats: PublicSeat[]): PublicSeat[] {
  return [...seats].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
