// Reciprocity between delegations: which pairs cooperated, offers answered in kind (GRIT) and the cost of
// backing down under fire without an answer ("ceding ground"). Only public or revealed moves count: the
// events these produce go to everyone. Pure; must not import the reducer or anything impure.
import type { Act } from './acts.ts';
import { isCooperative, isHostile } from './acts.ts';
import type { Work } from './work.ts';
import { changeCredibility } from './work.ts';
import { quoted } from './numbers.ts';

/** Keys i * n + j of the directed "i made a cooperative move toward j" among these acts. */
export function cooperationOf(n: number, acts: readonly Act[]): Set<number> {
  const out = new Set<number>();
  for (const a of acts) if (a.target >= 0 && a.d >= 0 && isCooperative(a.spec)) out.add(a.d * n + a.target);
  return out;
}

export interface RoundActs {
  /** This round's public acts. */
  now: readonly Act[];
  /** Visible acts of the previous round and the one before. */
  prev: readonly Act[];
  prev2: readonly Act[];
}

/**
 * GRIT: a cooperative move toward someone who had not cooperated toward the mover in the two rounds before,
 * answered with a cooperative move back this round, earns the offerer credibility and an offerAnswered event.
 */
export function answerOffers(w: Work, round: number, acts: RoundActs): void {
  const { n, names, ids } = w.t;
  const now = cooperationOf(n, acts.now);
  const prev = cooperationOf(n, acts.prev);
  const prev2 = cooperationOf(n, acts.prev2);
  const bonus = w.scenario.params.credibility.answeredBonus;
  for (const offer of acts.prev) {
    const a = offer.d;
    const b = offer.target;
    if (b < 0 || !isCooperative(offer.spec)) continue;
    if (prev.has(b * n + a) || prev2.has(b * n + a) || !now.has(b * n + a)) continue;
    const answer = acts.now.find((x) => x.d === b && x.target === a && isCooperative(x.spec));
    const cause = `${names[a]}'s ${quoted(offer.spec.label)} (round ${round - 1}) was answered by ${names[b]}'s ${answer ? quoted(answer.spec.label) : 'conciliatory move'}`;
    w.events.push({ type: 'offerAnswered', round, offeredBy: ids[a] ?? '', answeredBy: ids[b] ?? '', cause });
    changeCredibility(w, a, bonus, `Answered offer (GRIT): ${cause}`);
  }
}

/**
 * Ceding ground: a conciliatory move toward someone whose hostile move hit you last round, while they make
 * no conciliatory move toward you now, reads at home as backing down.
 */
export function cedeGround(w: Work, acts: RoundActs): void {
  const { names } = w.t;
  const cost = w.scenario.params.credibility.cedingGround;
  if (cost === 0) return;
  for (const act of acts.now) {
    if (act.target < 0 || !isCooperative(act.spec)) continue;
    const hit = acts.prev.find((p) => p.d === act.target && p.target === act.d && isHostile(p.spec));
    if (!hit) continue;
    const returned = acts.now.some((x) => x.d === act.target && x.target === act.d && isCooperative(x.spec));
    if (returned) continue;
    changeCredibility(
      w,
      act.d,
      -cost,
      `Ceding ground: ${names[act.d]} chose ${quoted(act.spec.label)} right after ${names[act.target]}'s ${quoted(hit.spec.label)}, with nothing in return`,
    );
  }
}
