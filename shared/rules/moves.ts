// Looking up a delegation's moves, the rules' own Hold move, and checking a move's target.
// Must not import the model or anything impure.
import type { ErrorCode } from './errors.ts';
import type { DelegationId, MoveSpec, Scenario } from '../scenario/types.ts';

/** The id of the move every delegation has without listing it: do nothing this round. */
export const HOLD_MOVE_ID = 'hold';

/** The Hold move as a spec, for menus and for the model (Goldstein 0, no effects). */
export const HOLD_MOVE: MoveSpec = {
  id: HOLD_MOVE_ID,
  label: 'Hold',
  category: 'diplomatic',
  visibility: 'public',
  target: { kind: 'none' },
  goldstein: 0,
  effects: {},
  why: 'Make no move this round: wait and see what the others do.',
};

/** A delegation's moves with Hold appended unless the scenario lists its own. */
export function movesOf(scenario: Scenario, delegation: DelegationId): MoveSpec[] {
  const listed = scenario.moves[delegation] ?? [];
  return listed.some((m) => m.id === HOLD_MOVE_ID) ? listed : [...listed, HOLD_MOVE];
}

/** One move of a delegation (Hold included), or undefined. */
export function findMove(scenario: Scenario, delegation: DelegationId, moveId: string): MoveSpec | undefined {
  return movesOf(scenario, delegation).find((m) => m.id === moveId);
}

/** Whether the id names a delegation of this scenario. */
export function isDelegation(scenario: Scenario, id: string): boolean {
  return scenario.delegations.some((d) => d.id === id);
}

/**
 * The target a move resolves with, or a refusal: `none` takes no target, `fixed` always its own,
 * `choose` needs another real delegation.
 */
export function resolveTarget(
  scenario: Scenario,
  delegation: DelegationId,
  move: MoveSpec,
  requested: DelegationId | null,
): { ok: true; target: DelegationId | null } | { ok: false; error: ErrorCode } {
  switch (move.target.kind) {
    case 'none':
      return requested === null ? { ok: true, target: null } : { ok: false, error: 'rule/target-invalid' };
    case 'fixed':
      return requested === null || requested === move.target.delegation
        ? { ok: true, target: move.target.delegation }
        : { ok: false, error: 'rule/target-invalid' };
    case 'choose':
      if (requested === null) return { ok: false, error: 'rule/target-required' };
      if (!isDelegation(scenario, requested) || requested === delegation)
        return { ok: false, error: 'rule/target-invalid' };
      return { ok: true, target: requested };
  }
}
