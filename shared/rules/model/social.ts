// Reciprocity between delegations: which pairs cooperated, offers answered in kind (GRIT), the cost of backing
// down under fire without an answer ("ceding ground") and the credit at home for standing firm. Only public
// moves count: the events these produce go to everyone. Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import type { ResolvedMove } from '../types.ts';
import type { Act } from './acts.ts';
import { isCooperative, isHostile } from './acts.ts';
import { walkOffers } from './offers.ts';
import type { Work } from './work.ts';
import { changeCredibility } from './work.ts';

/** Keys i * n + j of the directed "i made a cooperative move toward j" among these acts. */
export function cooperationOf(n: number, acts: readonly Act[]): Set<number> {
  const out = new Set<number>();
  for (const a of acts) if (a.target >= 0 && a.d >= 0 && isCooperative(a.spec)) out.add(a.d * n + a.target);
  return out;
}

export interface RoundActs {
  /** This round's public acts. */
  now: readonly Act[];
  /** Visible acts of the previous round. */
  prev: readonly Act[];
}

/**
 * GRIT, by the one offer rule (offers.ts): every public conciliatory offer answered this round earns its
 * author credibility and an offerAnswered event.
 */
export function answerOffers(w: Work, round: number, past: readonly ResolvedMove[], now: readonly Act[]): void {
  const gold = (m: ResolvedMove) => w.t.moves.get(m.delegation)?.get(m.moveId)?.goldstein ?? 0;
  const moves = [...past.filter((m) => !m.covert), ...now.filter((a) => !a.move.covert).map((a) => a.move)].map(
    (m) => ({ ...m, goldstein: gold(m) }),
  );
  const bonus = w.scenario.params.credibility.answeredBonus;
  for (const o of walkOffers(moves, round)) {
    if (o.status !== 'answered' || o.answer?.round !== round) continue;
    const cause: Cause = {
      code: 'answeredOffer',
      mechanism: 'audience',
      who: o.offer.delegation,
      move: o.offer.moveId,
      round: o.offer.round,
      other: o.answer.delegation,
      otherMove: o.answer.moveId,
    };
    w.events.push({
      type: 'offerAnswered',
      round,
      offeredBy: o.offer.delegation,
      answeredBy: o.answer.delegation,
      cause,
    });
    changeCredibility(w, w.t.index.get(o.offer.delegation) ?? -1, bonus, cause);
  }
}

/** Whether `ally` is an ally of `d` (a move toward `ally` spills over onto `d`). */
function allied(w: Work, d: number, ally: number): boolean {
  return ally >= 0 && (w.t.spillTo[ally] ?? []).some(([i]) => i === d);
}

/**
 * Ceding ground: a conciliatory move toward someone whose hostile move hit you (or your ally) last round, while they make
 * no conciliatory move toward you now, reads at home as backing down. Standing firm: answering that hit in
 * kind reads at home as resolve (`firmness`).
 */
export function audienceAtHome(w: Work, acts: RoundActs): void {
  const { ids } = w.t;
  const { cedingGround: cost, firmness = 0 } = w.scenario.params.credibility;
  for (const act of acts.now) {
    if (act.target < 0 || act.spec.goldstein === 0) continue;
    // Hit: a hostile move last round by the target toward the mover or toward the mover's ally.
    const hit = acts.prev.find(
      (p) => p.d === act.target && isHostile(p.spec) && (p.target === act.d || allied(w, act.d, p.target)),
    );
    if (!hit) continue;
    const base = { who: ids[act.d] ?? '', move: act.spec.id, other: ids[act.target] ?? '', otherMove: hit.spec.id };
    if (isHostile(act.spec)) {
      if (firmness > 0) changeCredibility(w, act.d, firmness, { code: 'stoodFirm', mechanism: 'audience', ...base });
      continue;
    }
    const returned = acts.now.some((x) => x.d === act.target && x.target === act.d && isCooperative(x.spec));
    if (!returned && cost > 0)
      changeCredibility(w, act.d, -cost, { code: 'cededGround', mechanism: 'audience', ...base });
  }
}
