// Every event the rules emit, gathered from its family's definitions: the one table the views redact with
// (audience and fields), the client folds with, and the review's timeline and the CSV export read. Adding an
// event: add it to its family's union (next to the command that emits it) and give it a definition there; the
// compiler refuses the family until every part is given (null where it has none). Pure.
import { FLOW_EVENTS } from '../commands/flow.ts';
import { PEOPLE_EVENTS } from '../commands/people.ts';
import { STUDENT_EVENTS } from '../commands/students.ts';
import type { GameEvent, GameEventType } from '../rules/events.ts';
import type { EventDef } from './define.ts';
import { WORLD_EVENTS } from './world.ts';

export const EVENTS = { ...PEOPLE_EVENTS, ...FLOW_EVENTS, ...STUDENT_EVENTS, ...WORLD_EVENTS } satisfies {
  [K in GameEventType]: EventDef<Extract<GameEvent, { type: K }>>;
};

/**
 * The definition of an event type read at run time; none for a type this source does not know (an event from a
 * newer engine, a hand-made one): callers treat such an event as the host's alone and show nothing of it.
 */
export function eventDef(type: string): EventDef<GameEvent> | undefined {
  return Object.hasOwn(EVENTS, type) ? (EVENTS as unknown as Record<string, EventDef<GameEvent>>)[type] : undefined;
}
