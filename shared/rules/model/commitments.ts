// Audience costs: judging public pledges and warnings against what delegations did. Breaking one costs
// credibility that grows with how long it stood; one never broken is kept at the end.
// Pure; must not import the reducer or anything impure.
import type { GameEvent } from '../events.ts';
import type { Commitment, GameState, Scenario } from '../types.ts';
import type { Act } from './acts.ts';
import { isHostile } from './acts.ts';
import type { Work } from './work.ts';
import { changeCredibility } from './work.ts';
import { quoted } from './numbers.ts';

/** Settles a commitment as broken in `round`, costing more the longer it had stood when broken (`brokenIn`). */
export function breakCommitment(w: Work, c: Commitment, round: number, what: string, brokenIn = round): Commitment {
  const d = w.t.index.get(c.delegation) ?? -1;
  const age = Math.max(0, brokenIn - c.round);
  const { brokenBase, perRound } = w.scenario.params.credibility;
  const settled: Commitment = { ...c, status: 'broken', settledRound: round };
  const stood = age === 1 ? '1 round' : `${age} rounds`;
  const cause = `${w.t.names[d]} broke its public ${c.terms.kind} of round ${c.round} (it stood ${stood}): ${what}`;
  w.events.push({ type: 'commitmentSettled', commitment: settled, cause });
  changeCredibility(w, d, -(brokenBase + perRound * age), `Broken ${c.terms.kind}: ${w.t.names[d]} acted against its word of round ${c.round}, which had stood ${stood}`);
  return settled;
}

/** A pledge is broken by a hostile move (toward its target, if it names one). */
export function pledgeBreaker(c: Commitment, act: Act, targetIndex: number): boolean {
  return c.terms.kind === 'pledge' && act.move.delegation === c.delegation && isHostile(act.spec) && (c.terms.target === null || act.target === targetIndex);
}

/**
 * Judges the standing commitments at the resolution of `round`:
 * - pledge: broken by a public hostile move this round (covert ones are judged when revealed);
 * - warning: broken when its target hit the warner with a visible hostile move last round (at or after the
 *   warning) and the warner does not answer with a hostile move toward the target this round.
 * On the last round, every commitment still standing is kept.
 */
export function settleCommitments(w: Work, commitments: readonly Commitment[], round: number, now: readonly Act[], prev: readonly Act[], lastRound: boolean): Commitment[] {
  const { index, names } = w.t;
  return commitments.map((c) => {
    if (c.status !== 'standing' || c.round > round) return c;
    const d = index.get(c.delegation) ?? -1;
    if (c.terms.kind === 'pledge') {
      const target = c.terms.target === null ? -1 : (index.get(c.terms.target) ?? -1);
      const breaker = now.find((a) => !a.move.covert && pledgeBreaker(c, a, target));
      if (breaker) return breakCommitment(w, c, round, `${names[d]} chose ${quoted(breaker.spec.label)}`);
    } else {
      const t = index.get(c.terms.target) ?? -1;
      const provocation = round - 1 >= c.round ? prev.find((p) => p.d === t && p.target === d && isHostile(p.spec)) : undefined;
      if (provocation) {
        const answered = now.some((a) => !a.move.covert && a.d === d && a.target === t && isHostile(a.spec));
        if (!answered) return breakCommitment(w, c, round, `${names[t]}'s ${quoted(provocation.spec.label)} went unanswered`);
      }
    }
    if (!lastRound) return c;
    return keep(c, round, names[d] ?? c.delegation, w.events);
  });
}

/** A commitment never broken, judged kept when the session ends, with its event. */
function keep(c: Commitment, round: number, name: string, events: GameEvent[]): Commitment {
  const kept: Commitment = { ...c, status: 'kept', settledRound: round };
  events.push({ type: 'commitmentSettled', commitment: kept, cause: `${name} kept its public ${c.terms.kind} of round ${c.round} to the end` });
  return kept;
}

/** When the teacher ends the session before the last round, every commitment still standing was kept. */
export function keepStandingCommitments(scenario: Scenario, state: GameState): { state: GameState; events: GameEvent[] } {
  if (!state.commitments.some((c) => c.status === 'standing')) return { state, events: [] };
  const names = new Map(scenario.delegations.map((d) => [d.id, d.name]));
  const events: GameEvent[] = [];
  const commitments = state.commitments.map((c) => (c.status === 'standing' ? keep(c, state.round, names.get(c.delegation) ?? c.delegation, events) : c));
  return { state: { ...state, commitments }, events };
}
