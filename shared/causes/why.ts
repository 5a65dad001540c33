// A short "why" per person: the round's changes a seat received, grouped by what drove them (a delegation's
// move, a news item, a model term), ranked by how much they moved that seat's meters; and the class's top
// reasons for the projector. Pure: no DOM, no Node.
//
// API (client, projector, exports):
//   whyForSeat(events, delegation, { limit = 5 })  → { lines, others, all }
//     events: one round's events as the seat received them (already redacted); delegation: the seat's own.
//     lines: at most `limit` reasons, biggest first; others: how many smaller reasons were folded away (and
//     their total weight); all: every reason (the full list, one click away).
//   whyForClass(events, { limit = 3 })           → the round's biggest reasons for peninsula tension.
//   whyLineText(line, lang, names)               → "Pyongyang: Missile test (toward Washington) → Washington
//                                                   feels 3.1 more threatened by Pyongyang; …" in that language.
//   othersText(count, lang)                      → "4 other small changes".
// A seat's meters: its own threat row and credibility, the talks ladder (one rung weighs 10) and the four world
// meters (weighing half). Reasons are grouped by driverKey (shared/rules/causes.ts).
import type { Cause } from '../rules/causes.ts';
import { driverKey } from '../rules/causes.ts';
import type { GameEvent, MeterRef } from '../rules/events.ts';
import type { DelegationId } from '../scenario/types.ts';
import type { Lang } from '../i18n/index.ts';
import { CATALOGUES } from '../i18n/index.ts';
import type { CauseNames } from './text.ts';
import { causeText, changeText } from './text.ts';

/** One reason: its cause, the changes it made to this reader's meters (biggest first), and its weight. */
export interface WhyLine {
  cause: Cause;
  changes: { meter: MeterRef; from: number; to: number }[];
  weight: number;
}

export interface Why {
  lines: WhyLine[];
  others: { count: number; weight: number } | null;
  all: WhyLine[];
}

const TALKS_RUNG_WEIGHT = 10;
const WORLD_WEIGHT = 0.5;

function seatWeight(meter: MeterRef, delta: number, delegation: DelegationId): number {
  switch (meter.kind) {
    case 'threat':
      return meter.from === delegation ? Math.abs(delta) : 0;
    case 'credibility':
      return meter.delegation === delegation ? Math.abs(delta) : 0;
    case 'talks':
      return Math.abs(delta) * TALKS_RUNG_WEIGHT;
    case 'world':
      return Math.abs(delta) * WORLD_WEIGHT;
    case 'tension':
      return 0;
  }
}

function rank(lines: Map<string, WhyLine>, limit: number): Why {
  const all = [...lines.values()].filter((l) => l.weight > 0).sort((a, b) => b.weight - a.weight);
  for (const l of all) l.changes.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
  const lines_ = all.slice(0, limit);
  const rest = all.slice(limit);
  return {
    lines: lines_,
    others: rest.length === 0 ? null : { count: rest.length, weight: rest.reduce((s, l) => s + l.weight, 0) },
    all,
  };
}

/** The reasons behind one round's changes to a seat's meters, at most `limit` of them, the rest folded. */
export function whyForSeat(
  events: readonly GameEvent[],
  delegation: DelegationId,
  options: { limit?: number } = {},
): Why {
  const lines = new Map<string, WhyLine>();
  for (const e of events) {
    if (e.type !== 'meterChanged') continue;
    const weight = seatWeight(e.meter, e.to - e.from, delegation);
    if (weight === 0) continue;
    const key = driverKey(e.cause);
    const line = lines.get(key) ?? { cause: e.cause, changes: [], weight: 0 };
    line.weight += weight;
    line.changes.push({ meter: e.meter, from: e.from, to: e.to });
    lines.set(key, line);
  }
  return rank(lines, options.limit ?? 5);
}

/** The round's biggest reasons for peninsula tension (from the tension change's own split), for the projector. */
export function whyForClass(events: readonly GameEvent[], options: { limit?: number } = {}): Why {
  const lines = new Map<string, WhyLine>();
  for (const e of events) {
    if (e.type !== 'meterChanged' || e.meter.kind !== 'tension') continue;
    for (const part of e.cause.parts ?? []) {
      const key = driverKey(part.cause);
      const line = lines.get(key) ?? {
        cause: part.cause,
        changes: [{ meter: { kind: 'tension' }, from: 0, to: 0 }],
        weight: 0,
      };
      const change = line.changes[0];
      if (change) change.to += part.amount;
      line.weight = Math.abs(change?.to ?? 0);
      lines.set(key, line);
    }
  }
  return rank(lines, options.limit ?? 3);
}

/** A reason in words: its cause, then its two biggest changes to the reader's meters. */
export function whyLineText(line: WhyLine, lang: Lang, names: CauseNames): string {
  const first = line.changes[0];
  const up = first ? first.to >= first.from : true;
  const changes = line.changes
    .slice(0, 2)
    .map((c) => changeText(c.meter, c.from, c.to, lang, names))
    .join('; ');
  return `${causeText(line.cause, lang, names, up)}${CATALOGUES[lang].causes.arrow}${changes}`;
}

/** "4 other small changes" in the reader's language. */
export function othersText(count: number, lang: Lang): string {
  return CATALOGUES[lang].causes.others(count);
}
