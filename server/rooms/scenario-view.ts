// The scenario as one viewer may read it. Who may read which private brief is decided by the rules
// (View.privateOf); this file only applies that decision. Must not import Colyseus.
import type { Scenario } from '../../shared/rules/types.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/protocol/messages.ts';

/** Strips private briefs and objectives the view may not read; the injectable-news menu is the host's only. */
export function scenarioFor(scenario: Scenario, view: View): ScenarioView {
  const readable = new Set(view.privateOf);
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    delegations: scenario.delegations.map((d) => ({
      ...d,
      privateBrief: readable.has(d.id) ? d.privateBrief : null,
      objectives: readable.has(d.id) ? d.objectives : null,
    })),
    moves: scenario.moves,
    injectableNews:
      view.viewer.kind === 'host'
        ? scenario.news.filter((n) => n.trigger.kind === 'injectable').map((n) => ({ id: n.id, headline: n.headline }))
        : [],
    reflectionPrompts: scenario.reflectionPrompts,
  };
}
