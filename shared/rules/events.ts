// The event union (what happened, in the past tense), who may receive an event, and which meter changed.
// Each meter change names its cause as data (a code with parameters); shared/causes/ makes the words.
import type { FlowEvent } from '../commands/flow.ts';
import type { PeopleEvent } from '../commands/people.ts';
import type { StudentEvent } from '../commands/students.ts';
import type { WorldEvent } from '../events/world.ts';
import type { Cause } from './causes.ts';
import type { SeatId, WorldMeter } from './types.ts';
import type { DelegationId } from '../scenario/types.ts';

/**
 * Who may receive an event. `host` is always included implicitly.
 * - all: every viewer, projector included
 * - students: every seat, not the projector (e.g. roster names)
 * - delegations: only seats of these delegations
 * - seat: one seat only
 * - host: the teacher only
 */
export type Audience =
  | { kind: 'all' }
  | { kind: 'students' }
  | { kind: 'delegations'; delegations: DelegationId[] }
  | { kind: 'seat'; seatId: SeatId }
  | { kind: 'host' };

/** Which meter changed. */
export type MeterRef =
  | { kind: 'tension' }
  | { kind: 'threat'; from: DelegationId; to: DelegationId }
  | { kind: 'world'; meter: WorldMeter }
  | { kind: 'talks' }
  | { kind: 'credibility'; delegation: DelegationId };

/**
 * Every event, each declared once with its audience, trimming, fold, timeline line and CSV row next to the
 * commands that emit it (shared/commands/people.ts, flow.ts, students.ts) or, for what the model moves on its own,
 * in shared/events/world.ts; the table of all of them is shared/events/index.ts.
 */
export type GameEvent = PeopleEvent | FlowEvent | StudentEvent | WorldEvent;

export type GameEventType = GameEvent['type'];

/** An event that explains a change: it carries a cause (meter changes, settled commitments, reveals, offers). */
export type CausedEvent = Extract<GameEvent, { cause: Cause }>;

/** Whether an event carries a cause: lists of causes take any such event, so a new one is never left out. */
export function carriesCause(event: GameEvent): event is CausedEvent {
  return 'cause' in event;
}
