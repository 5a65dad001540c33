// What a delegation without students plays: tit-for-tat toward whoever targeted it last round, else its default.
// Pure; must not import the reducer or anything impure.
import type { GameState } from '../types.ts';
import type { DelegationId, MoveSpec, Scenario } from '../../scenario/types.ts';
import { isVisible, movesInRounds } from './history.ts';
import { tablesOf } from './tables.ts';

/**
 * Tit-for-tat: among last round's visible moves aimed at the bot, the most hostile (else the most
 * cooperative) is answered with the bot's public, unconditional move closest in Goldstein weight and of
 * the same sign that can be aimed back. Nothing aimed at it, or no fitting answer: the scenario's default.
 */
export function botMove(
  scenario: Scenario,
  state: GameState,
  delegation: DelegationId,
): { moveId: string; target: DelegationId | null } {
  const fallback = { moveId: scenario.botDefaultMove[delegation] ?? 'hold', target: null };
  const t = tablesOf(scenario);
  const last = state.round - 1;
  let received: { from: DelegationId; spec: MoveSpec } | null = null;
  for (const m of movesInRounds(state.moves, last, last)) {
    if (m.target !== delegation || !isVisible(m)) continue;
    const spec = t.moves.get(m.delegation)?.get(m.moveId);
    if (!spec || spec.goldstein === 0) continue;
    if (
      !received ||
      rank(spec) < rank(received.spec) ||
      (rank(spec) === rank(received.spec) && earlier(t.index, m.delegation, received.from))
    ) {
      received = { from: m.delegation, spec };
    }
  }
  if (!received) return fallback;
  const from = received.from;
  const wanted = received.spec.goldstein;
  let best: MoveSpec | null = null;
  for (const spec of t.moves.get(delegation)?.values() ?? []) {
    if (spec.visibility !== 'public' || spec.requires || Math.sign(spec.goldstein) !== Math.sign(wanted)) continue;
    const aimable = spec.target.kind === 'choose' || (spec.target.kind === 'fixed' && spec.target.delegation === from);
    if (!aimable) continue;
    if (!best || Math.abs(spec.goldstein - wanted) < Math.abs(best.goldstein - wanted)) best = spec;
  }
  return best ? { moveId: best.id, target: from } : fallback;
}

/** Hostile moves first (most hostile first), then cooperative ones (most cooperative first). */
function rank(spec: MoveSpec): number {
  return spec.goldstein < 0 ? spec.goldstein - 100 : -spec.goldstein;
}

function earlier(index: Map<DelegationId, number>, a: DelegationId, b: DelegationId): boolean {
  return (index.get(a) ?? 0) < (index.get(b) ?? 0);
}
