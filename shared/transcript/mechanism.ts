// Why tension moved each round: every threat change of the round, weighted as the tension formula weighs its pair,
// summed by mechanism (news, direct moves, spillover to allies, reciprocity, answering hostility, tempers cooling).
// Pure; reads a run's meter changes (fork.ts) and the scenario's tension weights.
import type { Scenario } from '../scenario/types.ts';
import type { RunChange, RunTrace } from './fork.ts';

export const MECHANISMS = ['news', 'moves', 'spillover', 'reciprocity', 'hostility', 'cooling', 'other'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** One round's tension change split by mechanism; the parts add up to `change` (rounding goes to `other`). */
export interface RoundMechanism {
  round: number;
  change: number;
  parts: Record<Mechanism, number>;
}

/**
 * The mechanism of one change. A structured kind from the model wins when its events carry one; otherwise the cause
 * is read: news in the news phase or from the teacher, then the model's own cause prefixes.
 */
export function mechanismOf(change: RunChange, delegationNames: readonly string[]): Mechanism {
  const kind = change.mechanism;
  if (kind && (MECHANISMS as readonly string[]).includes(kind)) return kind as Mechanism;
  if (kind === 'reaction' || kind === 'spiral' || kind === 'answering') return 'hostility';
  if (kind === 'restraint' || kind === 'calm' || kind === 'baseline' || kind === 'grievance') return 'cooling';
  if (kind === 'armsRace' || kind === 'incident' || kind === 'audience' || kind === 'drift' || kind === 'sum')
    return 'other';
  if (kind === 'impulse' || kind === 'direct') return 'moves';
  if (change.phase === 'news' || change.command === 'injectNews') return 'news';
  const cause = change.cause;
  if (cause.startsWith('Reciprocity:')) return 'reciprocity';
  if (cause.startsWith('Spiral:')) return 'hostility';
  if (cause.startsWith('Restraint:') || cause.startsWith('Calm:') || cause.startsWith('Old grievances:'))
    return 'cooling';
  if (/ toward [^→]*'s ally →/.test(cause)) return 'spillover';
  if (delegationNames.some((name) => cause.startsWith(`${name}: `))) return 'moves';
  return 'other';
}

const zero = (): Record<Mechanism, number> => ({
  news: 0,
  moves: 0,
  spillover: 0,
  reciprocity: 0,
  hostility: 0,
  cooling: 0,
  other: 0,
});
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Each played round's tension change by mechanism, from a run (recorded, fork or reference). */
export function mechanismByRound(scenario: Scenario, run: RunTrace): RoundMechanism[] {
  const ids = scenario.delegations.map((d) => d.id);
  const names = scenario.delegations.map((d) => d.name);
  const weights = scenario.params.tensionWeights;
  let sum = 0;
  for (const i of ids) for (const j of ids) if (i !== j) sum += weights[i]?.[j] ?? 1;
  const rounds: RoundMechanism[] = [];
  for (let r = 1; r < run.tension.length; r++)
    rounds.push({ round: r, change: round2((run.tension[r] ?? 0) - (run.tension[r - 1] ?? 0)), parts: zero() });
  for (const c of run.changes) {
    if (c.meter.kind !== 'threat' || sum <= 0) continue;
    const row = rounds[c.round - 1];
    if (!row) continue;
    const w = weights[c.meter.from]?.[c.meter.to] ?? 1;
    row.parts[mechanismOf(c, names)] += (w * (c.to - c.from)) / sum;
  }
  for (const row of rounds) {
    let total = 0;
    for (const m of MECHANISMS) {
      row.parts[m] = round2(row.parts[m]);
      total += row.parts[m];
    }
    row.parts.other = round2(row.parts.other + row.change - total);
  }
  return rounds;
}
