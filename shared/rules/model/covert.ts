// Covert moves: hidden from everyone but their own team until news reveals them, the others' intelligence
// services find them out (a seeded chance each round), or the session ends. Until then none of their effects
// reach any meter; when one comes to light its threat impulse and world effects land, and a pledge or
// agreement it broke is settled as broken (its age counted to the move). Pure; no reducer, nothing impure.
import type { Cause } from '../causes.ts';
import { nextRandom } from '../rng.ts';
import type { Commitment, GameState, ResolvedMove } from '../types.ts';
import type { Scenario } from '../../scenario/types.ts';
import { actsOf, withRepeats } from './acts.ts';
import { breakCommitment, pledgeBreaker, pledgeTarget, releasePartners } from './commitments.ts';
import type { ModelStep } from './resolve.ts';
import { finish } from './resolve.ts';
import { applyImpulse, multipliersOf } from './threat.ts';
import type { Work } from './work.ts';
import { startWork } from './work.ts';
import { applyEffects } from './world.ts';

/**
 * Reveals the given hidden moves in `round` with one cause (news, detection or the end): a covertRevealed
 * event each, then their effects, then the pledges and agreements they broke. Returns the updated lists.
 */
export function revealMoves(
  w: Work,
  moves: readonly ResolvedMove[],
  commitments: readonly Commitment[],
  reveal: (m: ResolvedMove) => boolean,
  round: number,
  why: Cause,
): { moves: ResolvedMove[]; commitments: Commitment[] } {
  const newly: ResolvedMove[] = [];
  const all = moves.map((m) => {
    if (!m.covert || m.revealedRound !== null || !reveal(m)) return m;
    const shown = { ...m, revealedRound: round };
    newly.push(shown);
    return shown;
  });
  let settled = [...commitments];
  if (newly.length === 0) return { moves: all, commitments: settled };
  const multipliers = multipliersOf(w);
  for (const act of withRepeats(actsOf(w.t, newly), moves, w.scenario.params.repeatDecay ?? 1)) {
    w.events.push({ type: 'covertRevealed', move: act.move, cause: why });
    const cause: Cause = {
      code: 'revealed',
      mechanism: 'direct',
      who: act.move.delegation,
      move: act.spec.id,
      round: act.move.round,
    };
    if (act.move.target) cause.toward = act.move.target;
    applyImpulse(w, act, multipliers[act.d] ?? 1, cause);
    applyEffects(w, act, false, cause);
    settled = settled.map((c) => {
      if (c.status !== 'standing' || c.round > act.move.round || c.terms.kind === 'warning') return c;
      return pledgeBreaker(c, act, pledgeTarget(w, c))
        ? breakCommitment(w, c, round, { move: act.spec.id }, act.move.round)
        : c;
    });
  }
  return { moves: all, commitments: releasePartners(w.events, settled, round) };
}

/** Each still-hidden covert move is found out with the scenario's chance, drawn from the seeded generator. */
export function detectCovert(
  w: Work,
  moves: readonly ResolvedMove[],
  commitments: readonly Commitment[],
  round: number,
): { moves: ResolvedMove[]; commitments: Commitment[] } {
  const chance = w.scenario.params.covertDetection ?? 0;
  if (chance <= 0 || !moves.some((m) => m.covert && m.revealedRound === null))
    return { moves: [...moves], commitments: [...commitments] };
  const found = new Set<ResolvedMove>();
  for (const m of moves) {
    if (!m.covert || m.revealedRound !== null) continue;
    const draw = nextRandom(w.rng);
    w.rng = draw.rng;
    if (draw.value < chance) found.add(m);
  }
  return revealMoves(w, moves, commitments, (m) => found.has(m), round, { code: 'detected', mechanism: 'direct' });
}

/** At the end of a session every covert move still hidden is revealed, and its effects count in the final score. */
export function revealAtEnd(scenario: Scenario, state: GameState): ModelStep {
  if (!state.moves.some((m) => m.covert && m.revealedRound === null)) return { state, events: [] };
  const w = startWork(scenario, state);
  const revealed = revealMoves(w, state.moves, state.commitments, () => true, state.round, {
    code: 'revealedAtEnd',
    mechanism: 'direct',
  });
  return finish(w, state, revealed, false);
}
