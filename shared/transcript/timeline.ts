// The review's timeline: each accepted command's teacher line (from its definition, shared/commands/), each event's
// lines (from its definition, shared/events/), and every resolved move once; and what the rest of the review reads
// from it (moves for the markers and offers, the words and causes of commitments). Pure; no clock, no DOM.
import { commandDef } from '../commands/index.ts';
import { type CauseNames, eventText } from '../causes/text.ts';
import type { NewTimelineItem, TimelineContext } from '../events/define.ts';
import { eventDef } from '../events/index.ts';
import type { Command } from '../rules/commands.ts';
import type { GameEvent } from '../rules/events.ts';
import type { GameState, ResolvedMove } from '../rules/types.ts';
import type { DelegationId } from '../scenario/types.ts';
import type { Names } from './debrief-text.ts';
import { type MoveFact, narrower } from './offers.ts';
import type { CommitmentReview, MeterPoint, MoveMarker, Scope, TimelineItem } from './review-types.ts';

/** A move's facts and its one timeline item. */
export type MoveEntry = MoveFact & { item: TimelineItem };

export class TimelineCollector {
  readonly items: TimelineItem[] = [];
  /** Each resolved move by "round|delegation". */
  readonly moves = new Map<string, MoveEntry>();
  /** Offers answered in kind, "offeredBy>answeredBy" → why. */
  readonly credited = new Map<string, string>();
  private readonly messageItems = new Map<string, TimelineItem>();
  private readonly settledCauses = new Map<string, string>();
  private movesSeen = 0;

  constructor(
    private readonly names: Names,
    private readonly causeNames: CauseNames,
  ) {}

  /** The lines of one accepted command: the teacher's, its events', and moves that resolved without a reveal. */
  step(seq: number, command: Command, state: GameState, events: readonly GameEvent[]): void {
    let index = 0;
    const add = (item: NewTimelineItem): TimelineItem => {
      const full: TimelineItem = {
        id: `${seq}.${index++}`,
        seq,
        round: state.round,
        phase: state.phase,
        at: command.at,
        ...item,
      };
      this.items.push(full);
      return full;
    };
    this.teacherLine(command, add);
    for (const event of events) {
      const timeline = eventDef(event.type)?.timeline;
      if (timeline) timeline(event, this.context(event, add));
    }
    // Moves that reached `state.moves` without a public reveal (covert ones) still belong on the timeline.
    if (state.moves.length > this.movesSeen) {
      for (const move of state.moves.slice(this.movesSeen)) this.moveItem(move, add);
      this.movesSeen = state.moves.length;
    }
  }

  private teacherLine(command: Command, add: (item: NewTimelineItem) => TimelineItem): void {
    const line = commandDef(command.type)?.teacherLine?.(this.names, command) ?? null;
    if (line === null) return;
    const about = typeof line === 'string' ? null : line.aboutSeat;
    add({
      kind: 'teacher',
      delegation: null,
      to: null,
      channel: null,
      seatId: about,
      text: typeof line === 'string' ? line : line.text,
      cause: null,
      scope: about === null ? 'public' : 'host',
    });
  }

  private context(event: GameEvent, add: (item: NewTimelineItem) => TimelineItem): TimelineContext {
    return {
      names: this.names,
      cause: () => eventText(event, this.names.lang, this.causeNames) ?? '',
      add,
      move: (move) => this.moveItem(move, add),
      messageItem: (id, item) => this.messageItems.set(id, item),
      settled: (id, cause) => this.settledCauses.set(id, cause),
      credited: (offeredBy, answeredBy, cause) => this.credited.set(`${offeredBy}>${answeredBy}`, cause),
    };
  }

  private moveItem(move: ResolvedMove, add: (item: NewTimelineItem) => TimelineItem): TimelineItem {
    const key = `${move.round}|${move.delegation}`;
    const known = this.moves.get(key);
    if (known) return known.item;
    const n = this.names;
    const spec = n.move(move.delegation, move.moveId);
    const hidden = move.covert && move.revealedRound === null;
    const item = add({
      kind: 'move',
      delegation: move.delegation,
      to: move.target,
      channel: null,
      seatId: null,
      text:
        n.say(move.target ? 'moveLineToward' : 'moveLine', {
          delegation: n.delegation(move.delegation),
          move: spec.label,
          target: move.target ? n.delegation(move.target) : '',
        }) + (move.byBot ? n.say('byBot') : ''),
      cause: null,
      scope: hidden ? 'team' : 'public',
      move: { moveId: move.moveId, covert: move.covert, goldstein: spec.goldstein, revealedRound: move.revealedRound },
    });
    item.round = move.round;
    this.moves.set(key, {
      round: move.round,
      delegation: move.delegation,
      target: move.target,
      label: spec.label,
      goldstein: spec.goldstein,
      scope: item.scope,
      covert: move.covert,
      item,
    });
    return item;
  }

  /**
   * A covert move never revealed stays the team's secret; a meter change whose cause names that move is
   * narrowed to the team level as well (a covert move's effects land only when revealed, so this is a guard).
   */
  hideCausesOfHiddenMoves(): void {
    const hidden = [...this.moves.values()].filter((f) => f.item.scope !== 'public');
    if (hidden.length === 0) return;
    for (const item of this.items) {
      if (item.kind !== 'meter' || !item.why) continue;
      const why = item.why;
      for (const f of hidden) {
        if (why.who === f.delegation && why.move !== undefined && f.item.move?.moveId === why.move)
          item.scope = narrower(item.scope, f.item.scope);
      }
    }
  }

  /** Every move but Hold, placed on the meter series at its round's closing point. */
  markers(series: MeterPoint[]): MoveMarker[] {
    const markers: MoveMarker[] = [];
    for (const f of this.moves.values()) {
      if (f.item.move?.moveId === 'hold') continue;
      markers.push({
        round: f.round,
        seq: series[f.round]?.seq ?? f.item.seq,
        delegation: f.delegation,
        to: f.target,
        label: f.label,
        goldstein: f.goldstein,
        covert: f.item.move?.covert ?? false,
        scope: f.item.scope,
      });
    }
    return markers.sort((a, b) => a.round - b.round);
  }

  /** Each commitment with the words of the statement that made it and why it was kept or broken. */
  commitments(final: GameState): CommitmentReview[] {
    return final.commitments.map((c) => {
      const message = this.messageItems.get(c.id);
      return {
        id: c.id,
        delegation: c.delegation as DelegationId,
        seatId: message?.seatId ?? null,
        terms: c.terms,
        text: message?.text ?? '',
        round: c.round,
        status: c.status,
        settledRound: c.settledRound,
        cause: this.settledCauses.get(c.id) ?? null,
        scope: 'public' as Scope,
      };
    });
  }
}
