// Reading past rounds: which public moves one delegation made toward another, for reciprocity, offers,
// ceding ground, warnings and bots. Pure; must not import the reducer or anything impure.
import type { ResolvedMove } from '../types.ts';

/** Resolved moves of `from` ≤ round ≤ `to`, scanning from the end (moves are stored in round order). */
export function movesInRounds(moves: readonly ResolvedMove[], from: number, to: number): ResolvedMove[] {
  const out: ResolvedMove[] = [];
  for (let k = moves.length - 1; k >= 0; k--) {
    const m = moves[k];
    if (!m || m.round < from) break;
    if (m.round <= to) out.push(m);
  }
  return out;
}

/** Whether everyone can see the move now (public, or covert but already revealed). */
export function isVisible(move: ResolvedMove): boolean {
  return !move.covert || move.revealedRound !== null;
}
