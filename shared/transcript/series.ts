// The review's meters over time: the closing meters of each round placed at the command that closed it, the span
// of commands each round took, and each round's summary (news, moves, meter changes, settled commitments) read
// from the timeline. Pure.
import type { GameState, Meters } from '../rules/types.ts';
import type { Scenario } from '../scenario/types.ts';
import type { MeterPoint, RoundSummary, TimelineItem } from './review-types.ts';

/** Every undirected pair (one per two delegations) in scenario order, "a|b" → the larger of both directions (as on the board). */
function boardPairs(scenario: Scenario, threat: Meters['threat']): Record<string, number> {
  const pairs: Record<string, number> = {};
  const ids = scenario.delegations.map((d) => d.id);
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) pairs[`${a}|${b}`] = Math.max(threat[a]?.[b] ?? 0, threat[b]?.[a] ?? 0);
  });
  return pairs;
}

export class SeriesCollector {
  /** The seq at which each round's closing meters were recorded; round 0 (the start) at 0. */
  private readonly historySeqs: number[] = [0];
  private readonly roundSeqs = new Map<number, { from: number; to: number }>();

  constructor(private readonly scenario: Scenario) {}

  /** Notes the round this command was accepted in (before its effects) and any round it closed (after). */
  before(seq: number, state: GameState): void {
    const span = this.roundSeqs.get(state.round);
    if (span) span.to = seq;
    else this.roundSeqs.set(state.round, { from: seq, to: seq });
  }

  after(seq: number, state: GameState): void {
    while (this.historySeqs.length < state.history.length) this.historySeqs.push(seq);
  }

  /** The meters after each resolved round: round 0 is the start. */
  series(final: GameState): MeterPoint[] {
    return final.history.map((m, round) => ({
      round,
      seq: this.historySeqs[round] ?? final.seq,
      tension: m.tension,
      band: m.band,
      world: { ...m.world },
      talks: m.talks,
      credibility: { ...m.credibility },
      pairs: boardPairs(this.scenario, m.threat),
    }));
  }

  /** One summary per round played, its items taken from the timeline. */
  rounds(series: MeterPoint[], lastRound: number, timeline: readonly TimelineItem[]): RoundSummary[] {
    const summaries: RoundSummary[] = [];
    const byRound = new Map<number, RoundSummary>();
    for (let round = 1; round <= lastRound; round++) {
      const span = this.roundSeqs.get(round) ?? { from: 0, to: 0 };
      const before = series[round - 1] ?? series[series.length - 1];
      const after = series[round] ?? series[series.length - 1];
      const summary: RoundSummary = {
        round,
        fromSeq: span.from,
        toSeq: span.to,
        news: [],
        moves: [],
        meterChanges: [],
        settled: [],
        tensionBefore: before?.tension ?? 0,
        tensionAfter: after?.tension ?? 0,
      };
      summaries.push(summary);
      byRound.set(round, summary);
    }
    for (const item of timeline) {
      const summary = byRound.get(item.round);
      if (!summary) continue;
      if (item.kind === 'news') summary.news.push(item);
      else if (item.kind === 'move' && item.move) summary.moves.push(item);
      else if (item.kind === 'meter') summary.meterChanges.push(item);
      else if (item.kind === 'commitment') summary.settled.push(item);
    }
    return summaries;
  }
}
