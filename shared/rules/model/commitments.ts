// Audience costs: judging public pledges, warnings and signed agreements against what delegations did.
// Breaking one costs credibility that grows with how long it stood; one never broken is kept at the end.
// Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import type { GameEvent } from '../events.ts';
import type { Commitment, GameState } from '../types.ts';
import type { DelegationId, Scenario } from '../../scenario/types.ts';
import type { Act } from './acts.ts';
import { isHostile } from './acts.ts';
import type { Work } from './work.ts';
import { changeCredibility, changeTalks } from './work.ts';

/**
 * Settles a commitment as broken in `round`, costing more the longer it had stood when broken (`brokenIn`).
 * `by` says how: the delegation's own move, or the other side's move it left unanswered (a warning).
 * A broken agreement also collapses: the talks ladder falls `collapseRungs`.
 */
export function breakCommitment(
  w: Work,
  c: Commitment,
  round: number,
  by: { move?: string; other?: DelegationId; otherMove?: string },
  brokenIn = round,
): Commitment {
  const d = w.t.index.get(c.delegation) ?? -1;
  const age = Math.max(0, brokenIn - c.round);
  const { brokenBase, perRound } = w.scenario.params.credibility;
  const settled: Commitment = { ...c, status: 'broken', settledRound: round };
  const cause: Cause = {
    code: 'brokenWord',
    mechanism: 'audience',
    who: c.delegation,
    kind: c.terms.kind,
    round: c.round,
    count: age,
    ...by,
  };
  w.events.push({ type: 'commitmentSettled', commitment: settled, cause });
  changeCredibility(w, d, -(brokenBase + perRound * age), cause);
  if (c.terms.kind === 'agreement') {
    const rungs = w.scenario.params.agreement?.collapseRungs ?? 2;
    const collapse: Cause = {
      code: 'agreementCollapsed',
      mechanism: 'direct',
      who: c.delegation,
      other: c.terms.target,
      ...(by.move ? { move: by.move } : {}),
    };
    changeTalks(w, -rungs, 0, collapse);
  }
  return settled;
}

/** A pledge (toward its target, if it names one) or an agreement (toward the partner) is broken by a hostile move. */
export function pledgeBreaker(c: Commitment, act: Act, targetIndex: number): boolean {
  if (act.move.delegation !== c.delegation || !isHostile(act.spec)) return false;
  if (c.terms.kind === 'pledge') return c.terms.target === null || act.target === targetIndex;
  return c.terms.kind === 'agreement' && act.target === targetIndex;
}

/** The index of the delegation a pledge or agreement is about, or −1 for a pledge toward everyone. */
export function pledgeTarget(w: Work, c: Commitment): number {
  return c.terms.kind !== 'warning' && c.terms.target !== null ? (w.t.index.get(c.terms.target) ?? -1) : -1;
}

/**
 * Judges the standing commitments at the resolution of `round`:
 * - pledge and agreement: broken by a public hostile move this round (covert ones are judged when revealed);
 *   once one side has broken an agreement, the other side's copy is released (settled broken by the partner, at no cost);
 * - warning: broken when its target hit the warner with a visible hostile move last round (at or after the
 *   warning) and the warner does not answer with a hostile move toward the target this round.
 */
export function settleCommitments(
  w: Work,
  commitments: readonly Commitment[],
  round: number,
  now: readonly Act[],
  prev: readonly Act[],
): Commitment[] {
  const { index } = w.t;
  const out = commitments.map((c) => {
    if (c.status !== 'standing' || c.round > round) return c;
    const d = index.get(c.delegation) ?? -1;
    if (c.terms.kind === 'warning') {
      const t = index.get(c.terms.target) ?? -1;
      const provocation =
        round - 1 >= c.round ? prev.find((p) => p.d === t && p.target === d && isHostile(p.spec)) : undefined;
      if (provocation) {
        const answered = now.some((a) => !a.move.covert && a.d === d && a.target === t && isHostile(a.spec));
        if (!answered) return breakCommitment(w, c, round, { other: c.terms.target, otherMove: provocation.spec.id });
      }
      return c;
    }
    const target = pledgeTarget(w, c);
    const breaker = now.find((a) => !a.move.covert && pledgeBreaker(c, a, target));
    return breaker ? breakCommitment(w, c, round, { move: breaker.spec.id }) : c;
  });
  return releasePartners(w.events, out, round);
}

/** When one side broke an agreement, the partner's matching copy no longer binds it: the partner kept its word. */
export function releasePartners(events: GameEvent[], commitments: Commitment[], round: number): Commitment[] {
  const broken = commitments.filter((c) => c.terms.kind === 'agreement' && c.status === 'broken');
  if (broken.length === 0) return commitments;
  return commitments.map((c) => {
    if (c.terms.kind !== 'agreement' || c.status !== 'standing') return c;
    const partner = broken.find(
      (b) => b.delegation === c.terms.target && b.terms.target === c.delegation && b.round === c.round,
    );
    return partner ? keep(c, round, events) : c;
  });
}

/** A commitment never broken, judged kept when the session ends, with its event. */
function keep(c: Commitment, round: number, events: GameEvent[]): Commitment {
  const kept: Commitment = { ...c, status: 'kept', settledRound: round };
  events.push({
    type: 'commitmentSettled',
    commitment: kept,
    cause: { code: 'keptWord', mechanism: 'audience', who: c.delegation, kind: c.terms.kind, round: c.round },
  });
  return kept;
}

/** When the session ends, every commitment still standing was kept (after covert moves were revealed and judged). */
export function keepStandingCommitments(
  _scenario: Scenario,
  state: GameState,
): { state: GameState; events: GameEvent[] } {
  if (!state.commitments.some((c) => c.status === 'standing')) return { state, events: [] };
  const events: GameEvent[] = [];
  const commitments = state.commitments.map((c) => (c.status === 'standing' ? keep(c, state.round, events) : c));
  return { state: { ...state, commitments }, events };
}
