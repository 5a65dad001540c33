// The small steps several events' folds share: counting seats, placing resolved moves in the views' one order,
// a round's reveal, one meter's new value. Pure; the folds themselves live with their events.
import type { MeterRef } from '../rules/events.ts';
import { sortMoves } from '../rules/scope.ts';
import type { Meters, ResolvedMove } from '../rules/types.ts';
import type { FoldScenario } from '../rules/view-fold.ts';
import type { View } from '../rules/view-types.ts';

/** Counts with one key moved by `by`. */
export function bump(counts: Record<string, number>, key: string, by: number): Record<string, number> {
  return { ...counts, [key]: (counts[key] ?? 0) + by };
}

function sameMove(a: ResolvedMove, b: ResolvedMove): boolean {
  return a.round === b.round && a.delegation === b.delegation;
}

/** Resolved moves with `incoming` replacing the same round's move of the same delegation. */
export function upsertMoves(scenario: FoldScenario, moves: ResolvedMove[], incoming: ResolvedMove[]): ResolvedMove[] {
  const kept = moves.filter((m) => !incoming.some((n) => sameMove(m, n)));
  return sortMoves(scenario, [...kept, ...incoming]);
}

/**
 * The round's reveal: moves in the event become resolved; the viewer's own locked moves that the event
 * leaves out (covert ones) become resolved too, still unrevealed to others.
 */
export function revealRound(scenario: FoldScenario, view: View, round: number, revealed: ResolvedMove[]): View {
  const ownCovert = view.pendingMoves.filter((p) => p.round === round && !revealed.some((m) => sameMove(m, p)));
  return {
    ...view,
    pendingMoves: view.pendingMoves.filter((p) => p.round !== round),
    moves: upsertMoves(scenario, view.moves, [...revealed, ...ownCovert]),
  };
}

/** Meters with one meter set to `value` (a threat row the viewer does not hold stays absent). */
export function setMeter(meters: Meters, ref: MeterRef, value: number): Meters {
  switch (ref.kind) {
    case 'tension':
      return { ...meters, tension: value };
    case 'talks':
      return { ...meters, talks: value };
    case 'world':
      return { ...meters, world: { ...meters.world, [ref.meter]: value } };
    case 'credibility':
      return { ...meters, credibility: { ...meters.credibility, [ref.delegation]: value } };
    case 'threat': {
      const row = meters.threat[ref.from];
      if (!row) return meters;
      return { ...meters, threat: { ...meters.threat, [ref.from]: { ...row, [ref.to]: value } } };
    }
  }
}
