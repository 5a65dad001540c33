// Secrets: the per-viewer projection of state and of events. The one place that decides who sees what.
import type { GameEvent, Audience } from './events.ts';
import type { GameState, Scenario } from './types.ts';
import type { View, Viewer } from './view-types.ts';

/** The whole picture one viewer may have of a session. */
export function viewFor(scenario: Scenario, state: GameState, viewer: Viewer): View {
  void scenario; void state; void viewer;
  throw new Error('TODO(rules): viewFor');
}

/** Who may receive an event (the state is the one after the event). */
export function eventAudience(state: GameState, event: GameEvent): Audience {
  void state; void event;
  throw new Error('TODO(rules): eventAudience');
}

/** Whether a viewer is in an audience. */
export function canSee(state: GameState, viewer: Viewer, audience: Audience): boolean {
  void state; void viewer; void audience;
  throw new Error('TODO(rules): canSee');
}

/** The events a viewer may receive, each possibly trimmed (e.g. a seat's own threat row only). */
export function redactEvents(state: GameState, viewer: Viewer, events: GameEvent[]): GameEvent[] {
  void state; void viewer; void events;
  throw new Error('TODO(rules): redactEvents');
}
