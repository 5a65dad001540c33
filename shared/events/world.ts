// Events of the world the rules move on their own (no one command's family emits them): a team's move locked,
// the round's reveal, covert moves revealed, meters and the band, the board's pairs, each round's history,
// commitments settled, offers answered. Declared like a command family's events (see define.ts).
// Pure: must not import Node, DOM, Colyseus or Phaser.
import type { Cause } from '../rules/causes.ts';
import type { MeterRef } from '../rules/events.ts';
import { metersFor, moveAsSeen } from '../rules/scope.ts';
import { BANDS, type Commitment, type Meters, type ResolvedMove } from '../rules/types.ts';
import type { DelegationId } from '../scenario/types.ts';
import { termIn } from '../i18n/index.ts';
import { commitmentCsvText, commitmentText, meterName, type Names } from '../transcript/debrief-text.ts';
import { ALL, round1, team, type CsvFields, type EventDefs } from './define.ts';
import { revealRound, setMeter, upsertMoves } from './fold.ts';

export type WorldEvent =
  /** The delegation's move is locked in (only its own team and the host learn which). */
  | { type: 'moveLocked'; move: ResolvedMove }
  /** All public moves of the round, revealed at once. */
  | { type: 'movesRevealed'; round: number; moves: ResolvedMove[] }
  /** A covert move the delegation made, now revealed (by news or at the end). */
  | { type: 'covertRevealed'; move: ResolvedMove; cause: Cause }
  | { type: 'meterChanged'; meter: MeterRef; from: number; to: number; cause: Cause }
  | { type: 'bandChanged'; from: number; to: number }
  /** The board's undirected pair values that changed ("a|b" → max of both directions); added by the reducer. */
  | { type: 'pairsChanged'; pairs: Record<string, number> }
  /** A round's closing meters were appended to history; added by the reducer (rows trimmed per viewer). */
  | { type: 'historyRecorded'; meters: Meters }
  | { type: 'commitmentSettled'; commitment: Commitment; cause: Cause }
  /** A unilateral conciliatory move answered in kind (GRIT): both named. */
  | { type: 'offerAnswered'; round: number; offeredBy: DelegationId; answeredBy: DelegationId; cause: Cause };

/** A move's CSV columns (its label, not its id). */
function moveRow(move: ResolvedMove, names: Names): Partial<CsvFields> {
  return { delegation: move.delegation, to: move.target ?? '', text: names.move(move.delegation, move.moveId).label };
}

export const WORLD_EVENTS = {
  moveLocked: {
    audience: (e) => team(e.move.delegation),
    fields: { move: 'keep' },
    // Locking replaces whatever an earlier round left pending (the reducer does the same).
    fold: (view, event) => ({
      ...view,
      pendingMoves: [...view.pendingMoves.filter((p) => p.round === event.move.round), event.move],
    }),
    timeline: null,
    csv: ({ move }, { names }) => ({ ...moveRow(move, names), cause: '' }),
  },
  movesRevealed: {
    audience: () => ALL,
    fields: { round: 'keep', moves: (moves, reader) => moves.map((m) => moveAsSeen(reader, m)) },
    fold: (view, event, scenario) => revealRound(scenario, view, event.round, event.moves),
    timeline: (event, review) => {
      for (const move of event.moves) review.move(move);
    },
    csv: null,
  },
  covertRevealed: {
    audience: () => ALL,
    fields: { move: (move, reader) => moveAsSeen(reader, move), cause: 'keep' },
    fold: (view, event, scenario) => ({ ...view, moves: upsertMoves(scenario, view.moves, [event.move]) }),
    timeline: ({ move }, review) => {
      const n = review.names;
      const item = review.move(move);
      item.scope = 'public';
      if (item.move) item.move.revealedRound = move.revealedRound;
      review.add({
        kind: 'move',
        delegation: move.delegation,
        to: move.target,
        channel: null,
        seatId: null,
        text: n.say('covertRevealed', {
          round: move.round,
          delegation: n.delegation(move.delegation),
          move: item.text,
        }),
        cause: review.cause(),
        scope: 'public',
      });
    },
    csv: ({ move }, words) => ({ ...moveRow(move, words.names), cause: words.cause() }),
  },
  meterChanged: {
    audience: (e) => (e.meter.kind === 'threat' ? team(e.meter.from) : ALL),
    fields: { meter: 'keep', from: 'keep', to: 'keep', cause: 'keep' },
    fold: (view, event) => ({ ...view, meters: setMeter(view.meters, event.meter, event.to) }),
    timeline: (event, review) => {
      const { key, label } = meterName(review.names, event.meter);
      const ref = event.meter;
      review.add({
        kind: 'meter',
        delegation: ref.kind === 'threat' ? ref.from : ref.kind === 'credibility' ? ref.delegation : null,
        to: ref.kind === 'threat' ? ref.to : null,
        channel: null,
        seatId: null,
        text: `${label}: ${round1(event.from)} → ${round1(event.to)}`,
        cause: review.cause(),
        why: event.cause,
        scope: 'public',
        meter: { key, label, from: event.from, to: event.to },
      });
    },
    csv: (event, words) => {
      const m = event.meter;
      return {
        delegation: m.kind === 'threat' ? m.from : m.kind === 'credibility' ? m.delegation : '',
        to: m.kind === 'threat' ? m.to : '',
        text: `${meterName(words.names, m).label}: ${event.from} -> ${event.to}`,
        cause: words.cause(),
      };
    },
  },
  bandChanged: {
    audience: () => ALL,
    fields: { from: 'keep', to: 'keep' },
    fold: (view, event) => ({ ...view, meters: { ...view.meters, band: event.to } }),
    timeline: (event, { names: n, add }) => {
      const band = (value: number) => termIn(n.lang, 'band', BANDS[value] ?? String(value));
      add({
        kind: 'meter',
        delegation: null,
        to: null,
        channel: null,
        seatId: null,
        text: `${n.say('meterBand')}: ${band(event.from)} → ${band(event.to)}`,
        cause: n.say(event.to > event.from ? 'bandRose' : 'bandFell'),
        scope: 'public',
        meter: { key: 'band', label: n.say('meterBand'), from: event.from, to: event.to },
      });
    },
    csv: null,
  },
  pairsChanged: {
    audience: () => ALL,
    fields: { pairs: 'keep' },
    fold: (view, event) => ({ ...view, pairs: { ...view.pairs, ...event.pairs } }),
    timeline: null,
    csv: null,
  },
  historyRecorded: {
    audience: () => ALL,
    fields: { meters: (meters, reader) => metersFor(reader, meters) },
    fold: (view, event) => ({ ...view, history: [...view.history, event.meters] }),
    timeline: null,
    csv: null,
  },
  commitmentSettled: {
    audience: () => ALL,
    fields: { commitment: 'keep', cause: 'keep' },
    fold: (view, event) => ({
      ...view,
      commitments: view.commitments.map((c) => (c.id === event.commitment.id ? event.commitment : c)),
    }),
    timeline: ({ commitment: c }, review) => {
      const n = review.names;
      review.settled(c.id, review.cause());
      review.add({
        kind: 'commitment',
        delegation: c.delegation,
        to: c.terms.target,
        channel: null,
        seatId: null,
        text: n.say(c.status === 'kept' ? 'kept' : 'broke', {
          delegation: n.delegation(c.delegation),
          commitment: commitmentText(n, c.terms),
        }),
        cause: review.cause(),
        scope: 'public',
        commitment: c.terms,
      });
    },
    csv: ({ commitment: c }, words) => ({
      delegation: c.delegation,
      to: c.terms.target ?? '',
      text: commitmentCsvText(words.names, c),
      cause: words.cause(),
    }),
  },
  offerAnswered: {
    audience: () => ALL,
    fields: { round: 'keep', offeredBy: 'keep', answeredBy: 'keep', cause: 'keep' },
    fold: null,
    timeline: (event, review) => {
      const n = review.names;
      review.credited(event.offeredBy, event.answeredBy, review.cause());
      review.add({
        kind: 'offer',
        delegation: event.answeredBy,
        to: event.offeredBy,
        channel: null,
        seatId: null,
        text: n.say('offerAnsweredBy', { by: n.delegation(event.answeredBy), to: n.delegation(event.offeredBy) }),
        cause: review.cause(),
        scope: 'public',
      });
    },
    csv: (event, words) => ({ delegation: event.answeredBy, to: event.offeredBy, cause: words.cause() }),
  },
} satisfies EventDefs<WorldEvent>;
