// Seat rules: valid names, unique names, and the balanced choice of a delegation for a new student.
// Must not import the model or anything impure.
import { LIMITS } from './commands.ts';
import type { ErrorCode } from './errors.ts';
import type { GameState, Seat } from './types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';

/** The name as stored: NFC, inner whitespace collapsed, trimmed (the protocol's nameSchema does the same). */
export function normalizeName(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Checks a normalized name against the length and printable-character rules and against other seats. */
export function checkName(state: GameState, name: string, exceptSeat: string | null): ErrorCode | null {
  const length = [...name].length;
  if (length < LIMITS.nameMin || length > LIMITS.nameMax || !/^[^\p{C}]+$/u.test(name)) return 'rule/name-invalid';
  const folded = name.toLowerCase();
  const taken = activeSeats(state).some((s) => s.id !== exceptSeat && s.name.toLowerCase() === folded);
  return taken ? 'rule/name-taken' : null;
}

/** Seats the teacher has not removed, in join order. */
export function activeSeats(state: GameState): Seat[] {
  return Object.values(state.seats).filter((s) => !s.removed);
}

/** Non-removed seats per delegation, every scenario delegation present (zero included). */
export function seatCounts(scenario: Scenario, state: GameState): Record<DelegationId, number> {
  const counts: Record<DelegationId, number> = Object.fromEntries(scenario.delegations.map((d) => [d.id, 0]));
  for (const seat of activeSeats(state)) counts[seat.delegation] = (counts[seat.delegation] ?? 0) + 1;
  return counts;
}

/** The delegation with the fewest non-removed seats; ties go to the earlier one in scenario order. */
export function balancedDelegation(scenario: Scenario, state: GameState): DelegationId {
  const counts = seatCounts(scenario, state);
  let best: DelegationId | null = null;
  for (const d of scenario.delegations) {
    if (best === null || (counts[d.id] ?? 0) < (counts[best] ?? 0)) best = d.id;
  }
  if (best === null) throw new Error('Scenario has no delegations');
  return best;
}

/** The seat acting, if it exists and was not removed. */
export function actingSeat(state: GameState, seatId: string): { seat: Seat } | { error: ErrorCode } {
  const seat = state.seats[seatId];
  if (!seat) return { error: 'rule/seat-unknown' };
  if (seat.removed) return { error: 'rule/seat-removed' };
  return { seat };
}
