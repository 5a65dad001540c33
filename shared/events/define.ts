// What one event is, declared in one place: who may receive it and which of its fields each viewer gets, how a
// client's View folds it, its line on the review's timeline and its CSV row (each, or an explicit null for none).
// The families declare them next to the commands that emit them; index.ts gathers them. Pure (types only).
import type { Audience } from '../rules/events.ts';
import type { Scope } from '../rules/scope.ts';
import type { ResolvedMove } from '../rules/types.ts';
import type { FoldScenario } from '../rules/view-fold.ts';
import type { View } from '../rules/view-types.ts';
import type { Names } from '../transcript/debrief-text.ts';
import type { TimelineItem } from '../transcript/review-types.ts';

/** A viewer below the host: a seated student or the public (projector, removed seat). */
export type Reader = Exclude<Scope, { kind: 'host' }>;
/** How one field reaches a non-host viewer who may see the event: as it is, or trimmed for that viewer. */
export type FieldRule<V> = 'keep' | ((value: V, reader: Reader) => V);

/** A timeline item as an event's line gives it; the collector stamps id, seq and time (round and phase unless given). */
export type NewTimelineItem = Omit<TimelineItem, 'id' | 'seq' | 'round' | 'phase' | 'at'> &
  Partial<Pick<TimelineItem, 'round' | 'phase'>>;

/** Words for one event, in the language the review or export is made in. */
export interface EventWords {
  names: Names;
  /** The event's cause as a sentence ('' when it carries none). */
  cause(): string;
}

/** What an event's timeline line may do: add items, and tell the review what later parts of it read. */
export interface TimelineContext extends EventWords {
  add(item: NewTimelineItem): TimelineItem;
  /** The one item of a resolved move (made the first time the move is seen, by a reveal or the state). */
  move(move: ResolvedMove): TimelineItem;
  /** A message's item, which a commitment made in it reads its words from. */
  messageItem(messageId: string, item: TimelineItem): void;
  /** Why a commitment was kept or broken. */
  settled(commitmentId: string, cause: string): void;
  /** An offer answered in kind, credited on the review's offers. */
  credited(offeredBy: string, answeredBy: string, cause: string): void;
}

/** The text columns of an event's CSV row (the rest of the row comes from the command and the state). */
export interface CsvFields {
  delegation: string;
  to: string;
  channel: string;
  text: string;
  cause: string;
}

/** One event type's definition. */
export interface EventDef<E extends { type: string }> {
  /** Who may receive it (the host always does). Every event carries what decides this; the state is not read. */
  audience: (event: E) => Audience;
  /**
   * Each field by name, as a non-host viewer receives it. Exhaustive over the type (a new field fails to compile
   * until someone decides who reads it); the copy sent is built from it, so an unnamed field never leaves.
   */
  fields: { [K in Exclude<keyof E, 'type'>]-?: FieldRule<E[K]> };
  /** How a client's View takes it in; null: the View does not show it. */
  fold: ((view: View, event: E, scenario: FoldScenario) => View) | null;
  /** Its lines on the review's timeline; null: none. */
  timeline: ((event: E, review: TimelineContext) => void) | null;
  /** The text columns of its CSV row; null: the row has only the command's columns and the raw event. */
  csv: ((event: E, words: EventWords) => Partial<CsvFields>) | null;
}

/** A family's definitions: one per event type of the family's union, each typed with its own event. */
export type EventDefs<U extends { type: string }> = { [K in U['type']]: EventDef<Extract<U, { type: K }>> };

/** Every viewer, projector included. */
export const ALL: Audience = { kind: 'all' };
/** Every seat, not the projector. */
export const STUDENTS: Audience = { kind: 'students' };
/** One delegation's seats. */
export const team = (delegation: string): Audience => ({ kind: 'delegations', delegations: [delegation] });
/** One seat only. */
export const oneSeat = (seatId: string): Audience => ({ kind: 'seat', seatId });

/** A meter value as the timeline shows it: one decimal. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
