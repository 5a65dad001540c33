// Pure view models: the words and numbers panels, the board and aria-live regions show for a View.
// Must not import Phaser, the SDK or the DOM: unit-tested in Node (tests/client).
import {
  BANDS,
  TALKS_LADDER,
  WORLD_METERS,
  type Clock,
  type Proposal,
  type ResolvedMove,
} from '../../shared/rules/types.ts';
import type { DelegationId, MoveSpec } from '../../shared/scenario/types.ts';
import { carriesCause, type CausedEvent, type GameEvent } from '../../shared/rules/events.ts';
import { HOLD_MOVE, HOLD_MOVE_ID } from '../../shared/rules/moves.ts';
import { winningProposal } from '../../shared/rules/phases.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import { fill, t, term, type Lang, lang as currentLang } from '../i18n/index.ts';
import { changeText, eventText, namesOf } from '../../shared/causes/text.ts';
import { othersText, whyForClass, whyForSeat, whyLineText } from '../../shared/causes/why.ts';

export type Trend = 'rising' | 'falling' | 'steady';

/**
 * Levels for a pair's value, same names as the tension bands, at the scenario's own thresholds (this even split
 * is only the fallback for an older server); global tension always uses the rules' band (hysteresis).
 */
export const PAIR_LEVEL_THRESHOLDS = [20, 40, 60, 80] as const;

/** Level index (0 calm … 4 brink) of a 0–100 value. */
export function levelOf(value: number, thresholds: readonly number[] = PAIR_LEVEL_THRESHOLDS): number {
  let level = 0;
  thresholds.forEach((min, i) => {
    if (value >= min) level = i + 1;
  });
  return level;
}

/** The scenario's own band thresholds (the fallback only for an older server that does not send them). */
export function thresholdsOf(scenario: ScenarioView | null): readonly number[] {
  return scenario?.bandThresholds ?? PAIR_LEVEL_THRESHOLDS;
}

/** The band's name in words ("intense crisis"). */
export function bandWord(index: number, in_: Lang = currentLang()): string {
  return term('band', BANDS[Math.max(0, Math.min(BANDS.length - 1, index))] ?? 'calm', in_);
}

/** Display name of a delegation ("Seoul"), falling back to its id. */
export function delegationName(scenario: ScenarioView | null, id: DelegationId): string {
  return scenario?.delegations.find((d) => d.id === id)?.name ?? id;
}

export interface PairEntry {
  key: string;
  a: DelegationId;
  b: DelegationId;
  value: number;
}

/** The undirected pairs (one per two delegations) in the view's order ("a|b" keys). */
export function pairEntries(view: View): PairEntry[] {
  return Object.entries(view.pairs).map(([key, value]) => {
    const [a = '', b = ''] = key.split('|');
    return { key, a, b, value };
  });
}

/** Every meter the viewer can see, flattened to stable keys, for trend tracking and change detection. */
export function flatMeters(view: View): Record<string, number> {
  const out: Record<string, number> = { tension: view.meters.tension, talks: view.meters.talks };
  for (const p of pairEntries(view)) out[`pair:${p.key}`] = p.value;
  for (const [from, row] of Object.entries(view.meters.threat)) {
    for (const [to, v] of Object.entries(row)) out[`threat:${from}>${to}`] = v;
  }
  for (const w of WORLD_METERS) out[`world:${w}`] = view.meters.world[w];
  for (const [d, v] of Object.entries(view.meters.credibility)) out[`cred:${d}`] = v;
  return out;
}

/** Trends after a change: keys whose value moved get rising/falling; others keep their last trend. */
export function updateTrends(
  before: Record<string, number>,
  after: Record<string, number>,
  trends: Record<string, Trend>,
): Record<string, Trend> {
  const next = { ...trends };
  for (const [key, v] of Object.entries(after)) {
    const old = before[key];
    if (old === undefined || old === v) continue;
    next[key] = v > old ? 'rising' : 'falling';
  }
  return next;
}

/** "Seoul–Pyongyang 72, intense crisis, rising": the text equivalent of one meter. */
export function meterText(
  label: string,
  value: number,
  level: number,
  trend: Trend = 'steady',
  in_: Lang = currentLang(),
): string {
  return `${label} ${Math.round(value)}, ${bandWord(level, in_)}, ${t(trend, in_)}`;
}

/** Text equivalents of every meter the viewer sees, in reading order, keyed like flatMeters. */
export function meterLines(
  view: View,
  scenario: ScenarioView | null,
  trends: Record<string, Trend>,
  in_: Lang = currentLang(),
): { key: string; text: string }[] {
  const lines = [
    { key: 'tension', text: meterText(t('tension', in_), view.meters.tension, view.meters.band, trends.tension, in_) },
  ];
  for (const p of pairEntries(view)) {
    const label = `${delegationName(scenario, p.a)}–${delegationName(scenario, p.b)}`;
    lines.push({
      key: `pair:${p.key}`,
      text: meterText(label, p.value, levelOf(p.value, thresholdsOf(scenario)), trends[`pair:${p.key}`], in_),
    });
  }
  const own = view.you?.delegation;
  const row = own ? view.meters.threat[own] : undefined;
  if (own && row) {
    for (const [to, v] of Object.entries(row)) {
      const label = fill(t('threatLine', in_), {
        from: delegationName(scenario, own),
        to: delegationName(scenario, to),
      });
      lines.push({
        key: `threat:${own}>${to}`,
        text: meterText(label, v, levelOf(v, thresholdsOf(scenario)), trends[`threat:${own}>${to}`], in_),
      });
    }
  }
  for (const w of WORLD_METERS) {
    const v = view.meters.world[w];
    lines.push({
      key: `world:${w}`,
      text: `${term('world', w, in_)} ${Math.round(v)}, ${t(trends[`world:${w}`] ?? 'steady', in_)}`,
    });
  }
  lines.push({ key: 'talks', text: talksText(view.meters.talks, in_) });
  return lines;
}

/** The same lines as plain strings. */
export function meterTexts(
  view: View,
  scenario: ScenarioView | null,
  trends: Record<string, Trend>,
  in_: Lang = currentLang(),
): string[] {
  return meterLines(view, scenario, trends, in_).map((l) => l.text);
}

/** "Talks ladder: contacts (2 of 5)". */
export function talksText(talks: number, in_: Lang = currentLang()): string {
  const rung = TALKS_LADDER[Math.max(0, Math.min(TALKS_LADDER.length - 1, talks))] ?? 'frozen';
  return `${t('talksLadder', in_)}: ${term('talks', rung, in_)} (${talks + 1}/${TALKS_LADDER.length})`;
}

/** Milliseconds left on the phase clock at `now`, or null when the phase has no timer. */
export function clockRemainingMs(clock: Clock, now: number): number | null {
  if (clock.paused) return clock.remainingMs ?? null;
  if (clock.endsAt === null) return null;
  return Math.max(0, clock.endsAt - now);
}

/** "3:05" for a remaining time (rounded up, so 0:00 means really over). */
export function formatClock(ms: number | null): string {
  if (ms === null) return '–';
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** "Round 2 · Deliberation · 3:05" (or "paused"). */
export function clockLine(view: View, now: number, in_: Lang = currentLang()): string {
  const parts = [`${t('round', in_)} ${view.round}`, term('phase', view.phase, in_)];
  const left = clockRemainingMs(view.clock, now);
  if (left !== null) parts.push(view.clock.paused ? `${formatClock(left)} (${t('paused', in_)})` : formatClock(left));
  return parts.join(' · ');
}

/** The moves a delegation may propose, as the rules list them (Hold included), Hold named in the reader's language. */
export function movesFor(
  scenario: ScenarioView | null,
  delegation: DelegationId,
  in_: Lang = currentLang(),
): MoveSpec[] {
  // The rules' own Hold comes in English from the server: it is named here, in the reader's language.
  return (scenario?.moves[delegation] ?? []).map((m) =>
    m.id === HOLD_MOVE_ID && m.label === HOLD_MOVE.label ? { ...m, label: t('hold', in_), why: t('holdWhy', in_) } : m,
  );
}

/** A move's label for any delegation ("Joint drills"), falling back to its id. */
export function moveLabel(
  scenario: ScenarioView | null,
  delegation: DelegationId,
  moveId: string,
  in_: Lang = currentLang(),
): string {
  const listed = scenario?.moves[delegation]?.find((m) => m.id === moveId);
  if (moveId === HOLD_MOVE_ID && (!listed || listed.label === HOLD_MOVE.label)) return t('hold', in_);
  return listed?.label ?? moveId;
}

/** "Pyongyang: Missile test → Seoul" (covert and bot marks in words). */
export function moveLine(scenario: ScenarioView | null, move: ResolvedMove, in_: Lang = currentLang()): string {
  const target = move.target ? ` → ${delegationName(scenario, move.target)}` : '';
  const marks = [move.covert ? t('covert', in_) : null, move.byBot ? t('byBot', in_) : null].filter(Boolean);
  return `${delegationName(scenario, move.delegation)}: ${moveLabel(scenario, move.delegation, move.moveId, in_)}${target}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

export interface Tally {
  proposal: Proposal;
  count: number;
  leading: boolean;
  approvedByMe: boolean;
}

/**
 * This round's proposals of one delegation, most-approved first, ties by the earlier proposal; the leading one is
 * the one the decision rule (winningProposal) would lock in now, even before anyone has approved it.
 */
export function proposalTallies(
  view: View,
  delegation: DelegationId,
  mySeat: string | null = view.you?.seatId ?? null,
): Tally[] {
  // The view lists proposals in the order they were made, and the sort is stable: ties stay earlier-first.
  const mine = view.proposals.filter((p) => p.delegation === delegation && p.round === view.round);
  const sorted = [...mine].sort((x, y) => y.approvals.length - x.approvals.length);
  const leader = winningProposal(view.proposals, view.round, delegation);
  return sorted.map((proposal) => ({
    proposal,
    count: proposal.approvals.length,
    leading: proposal === leader,
    approvedByMe: mySeat !== null && proposal.approvals.includes(mySeat),
  }));
}

/** Moves revealed for the most recent resolved round (the round's reveal, all at once). */
export function revealedMoves(view: View): ResolvedMove[] {
  const rounds = view.moves.map((m) => m.round);
  if (rounds.length === 0) return [];
  const last = Math.max(...rounds);
  return view.moves.filter((m) => m.round === last);
}

export interface RosterGroup {
  delegation: DelegationId;
  name: string;
  color: string;
  seats: { id: string; name: string; connected: boolean }[];
}

/** Seats grouped by delegation in scenario order, with connection status. */
export function rosterByDelegation(
  view: View,
  scenario: ScenarioView | null,
  connected: ReadonlySet<string>,
): RosterGroup[] {
  const ids = scenario?.delegations.map((d) => d.id) ?? [...new Set(view.seats.map((s) => s.delegation))];
  return ids.map((id) => ({
    delegation: id,
    name: delegationName(scenario, id),
    color: scenario?.delegations.find((d) => d.id === id)?.color ?? '#888888',
    seats: view.seats
      .filter((s) => s.delegation === id)
      .map((s) => ({ id: s.id, name: s.name, connected: connected.has(s.id) })),
  }));
}

/**
 * The one-line captions of a batch of events, in order: news headlines, the tension change naming the round's
 * biggest reasons (whyForClass), and words kept or broken, offers answered, secrets revealed. A seat's full
 * reasons are whyForSeat's (shared/causes/why.ts).
 */
export function captionsFrom(
  events: readonly GameEvent[],
  scenario: ScenarioView | null,
  in_: Lang = currentLang(),
  newsHeadlines: Readonly<Record<string, string>> = {},
): string[] {
  const names = namesOf(scenario ?? { delegations: [], moves: {} }, in_, newsHeadlines);
  const out: string[] = [];
  for (const e of events) {
    if (e.type === 'newsPublished') out.push(e.news.headline);
    else if (e.type === 'meterChanged') {
      if (e.meter.kind !== 'tension') continue;
      const top = whyForClass([e]).lines.map((l) => whyLineText(l, in_, names));
      const change = changeText(e.meter, e.from, e.to, in_, names);
      out.push(top.length > 0 ? `${change}: ${top.join(' · ')}` : change);
    } else if (carriesCause(e)) {
      const text = eventText(e, in_, names);
      if (text) out.push(text);
    }
  }
  return out;
}

/** One cause of a change this round, keyed for item-by-item list updates. */
export interface CauseLine {
  key: string;
  text: string;
  /** Delegations the change is about (the threatened and the threatening, a credibility's owner). */
  about: DelegationId[];
  /** Said by a delegation's move ("Pyongyang: …"), not by news or background drift. */
  byMove: boolean;
}

/** The causes a batch of events carries, keyed by the batch's number (this client's own count of batches). */
export function causeLinesFrom(
  events: readonly GameEvent[],
  batch: number,
  scenario: ScenarioView | null,
  in_: Lang = currentLang(),
  newsHeadlines: Readonly<Record<string, string>> = {},
): CauseLine[] {
  const names = namesOf(scenario ?? { delegations: [], moves: {} }, in_, newsHeadlines);
  const out: CauseLine[] = [];
  events.forEach((e, i) => {
    if (!carriesCause(e)) return;
    const about = causeAbout(e);
    const text = eventText(e, in_, names);
    if (!text) return;
    // A cause names a move when the model says so (its data), not when its words happen to start with a name.
    const byMove = e.cause.who !== undefined && e.cause.move !== undefined;
    out.push({ key: `${batch}:${i}`, text, about, byMove });
  });
  return out;
}

/** The delegations a cause is about: one case per event that carries a cause (a new one fails to compile here). */
function causeAbout(e: CausedEvent): DelegationId[] {
  switch (e.type) {
    case 'meterChanged':
      return e.meter.kind === 'threat'
        ? [e.meter.from, e.meter.to]
        : e.meter.kind === 'credibility'
          ? [e.meter.delegation]
          : [];
    case 'commitmentSettled':
      return [e.commitment.delegation];
    case 'covertRevealed':
      return [e.move.delegation, ...(e.move.target ? [e.move.target] : [])];
    case 'offerAnswered':
      return [e.offeredBy, e.answeredBy];
    default:
      return e satisfies never;
  }
}

/**
 * The round's causes in the order a student should read them: moves touching their own delegation, then the
 * other moves, then news and drift about their delegation, then the rest; within each group, as they happened.
 */
export function orderCauses(
  causes: readonly CauseLine[],
  own: DelegationId | null,
  scenario: ScenarioView | null,
): CauseLine[] {
  const ownName = own ? delegationName(scenario, own) : null;
  const isOwn = (c: CauseLine) => Boolean((own && c.about.includes(own)) || (ownName && c.text.includes(ownName)));
  const rank = (c: CauseLine) => (c.byMove ? (isOwn(c) ? 0 : 1) : isOwn(c) ? 2 : 3);
  return causes
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

/** Name of the seat that wrote something, or its delegation when the seat is not in the roster. */
export function authorName(
  view: View,
  scenario: ScenarioView | null,
  seatId: string,
  delegation: DelegationId,
): string {
  const seat = view.seats.find((s) => s.id === seatId);
  return seat ? `${seat.name} (${delegationName(scenario, delegation)})` : delegationName(scenario, delegation);
}

/**
 * The five reasons that moved this viewer's meters most this round (shared/causes/why.ts), in words, and how
 * many smaller ones were folded away; for the host and the projector, the class's top reasons for tension.
 */
export function topReasons(
  events: readonly GameEvent[],
  own: DelegationId | null,
  scenario: ScenarioView | null,
  in_: Lang = currentLang(),
  news: View['news'] = [],
): { lines: string[]; others: string | null } {
  // News causes are named by the headlines the class has seen (a student's scenario view lists no news).
  const names = namesOf(
    scenario ?? { delegations: [], moves: {} },
    in_,
    Object.fromEntries(news.map((n) => [n.id, n.headline])),
  );
  const why = own ? whyForSeat(events, own, { limit: 5 }) : whyForClass(events, { limit: 5 });
  return {
    lines: why.lines.map((l) => whyLineText(l, in_, names)),
    others: why.others ? othersText(why.others.count, in_) : null,
  };
}
