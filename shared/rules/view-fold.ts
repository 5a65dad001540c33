// Keeps a client's View current by folding the (redacted) events it receives into it; each event's fold is part of
// its definition (shared/events/). Invariant (property-tested): fold(viewFor(s0), redact(events)) equals
// viewFor(s1), `seq` aside. A seat that joins or changes delegation needs a fresh snapshot: its new team's past is
// not in any event.
import { eventDef } from '../events/index.ts';
import type { GameEvent } from './events.ts';
import type { View } from './view-types.ts';

/**
 * The part of a scenario the fold reads: the delegations' order and the reflection prompts. A full Scenario
 * fits, and so does the ScenarioView a client holds (no cast needed).
 */
export interface FoldScenario {
  delegations: readonly { id: string }[];
  reflectionPrompts?: readonly string[] | undefined;
}

/** Returns a new View with one event applied. Unknown or irrelevant events return the view unchanged. */
export function applyEventToView(scenario: FoldScenario, view: View, event: GameEvent): View {
  const fold = eventDef(event.type)?.fold;
  return fold ? fold(view, event, scenario) : view;
}

/** Folds a list of events in order. */
export function applyEventsToView(scenario: FoldScenario, view: View, events: readonly GameEvent[]): View {
  return events.reduce((v, e) => applyEventToView(scenario, v, e), view);
}
