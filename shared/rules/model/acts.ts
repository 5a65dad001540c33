// A round's moves as the model reads them: spec, who, toward whom, and whether a conditional move took effect.
// Pure; must not import the reducer or anything impure.
import { HOLD_MOVE } from '../moves.ts';
import type { ResolvedMove } from '../types.ts';
import type { MoveSpec } from '../../scenario/types.ts';
import type { Tables } from './tables.ts';

export interface Act {
  move: ResolvedMove;
  spec: MoveSpec;
  /** Index of the acting delegation. */
  d: number;
  /** Index of the target, or −1 for an untargeted move. */
  target: number;
  /** False for a move with `requires` whose partner did not pick the matching move this round. */
  effective: boolean;
  /** How much of its effect a move still has: a gesture repeated toward the same target weighs less each time. */
  scale?: number;
}

/** The acts of a list of moves of one round (unknown move ids are read as Hold, never thrown on). */
export function actsOf(t: Tables, moves: readonly ResolvedMove[]): Act[] {
  return moves.map((move) => {
    const spec = t.moves.get(move.delegation)?.get(move.moveId) ?? HOLD_MOVE;
    const required = spec.requires;
    const effective =
      !required || moves.some((m) => m.delegation === required.delegation && m.moveId === required.moveId);
    // A fixed-target move always points at its target, even if a caller left the target out.
    const aimed = move.target ?? (spec.target.kind === 'fixed' ? spec.target.delegation : null);
    return {
      move,
      spec,
      d: t.index.get(move.delegation) ?? -1,
      target: aimed === null ? -1 : (t.index.get(aimed) ?? -1),
      effective,
    };
  });
}

/** Credibility multiplier m: a credible actor's threats and promises weigh more (0.5 at 0, 1 at 50, 1.5 at 100). */
export function credibilityMultiplier(credibility: number): number {
  return 0.5 + credibility / 100;
}

/** Whether a move is cooperative / hostile on the Goldstein scale. */
export const isCooperative = (spec: MoveSpec): boolean => spec.goldstein > 0;
export const isHostile = (spec: MoveSpec): boolean => spec.goldstein < 0;

/**
 * Sets each conciliatory act's repeat factor: decay^k, k = the earlier rounds in which the same delegation made
 * the same move toward the same target (so repeating the biggest gesture every round pays less each time).
 */
export function withRepeats(acts: readonly Act[], past: readonly ResolvedMove[], decay: number): Act[] {
  if (decay >= 1) return [...acts];
  return acts.map((a) => {
    if (!isCooperative(a.spec)) return a;
    const k = past.filter(
      (m) =>
        m.delegation === a.move.delegation &&
        m.moveId === a.move.moveId &&
        m.target === a.move.target &&
        m.round < a.move.round,
    ).length;
    return k === 0 ? a : { ...a, scale: decay ** k };
  });
}
