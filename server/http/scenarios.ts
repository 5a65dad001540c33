// The scenarios the HTTP API offers: one seam over shared/scenario/catalog.ts so tests can pass their own.
// Must not import the store or Colyseus.
import type { ScenarioSummary } from '../../shared/protocol/api.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import { getScenario, SCENARIOS } from '../../shared/scenario/catalog.ts';

export interface ScenarioCatalog {
  get(id: string): Scenario | undefined;
  list(): Scenario[];
}

/** The scenarios shipped in scenarios/ (validated at import by the catalog). */
export const installedScenarios: ScenarioCatalog = {
  get: getScenario,
  list: () => Object.values(SCENARIOS),
};

/** A catalog over a fixed list (tests, or a deployment with extra scenarios). */
export function catalogOf(scenarios: Scenario[]): ScenarioCatalog {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return { get: (id) => byId.get(id), list: () => [...scenarios] };
}

/** What GET /api/scenarios shows of a scenario: no briefs, objectives or moves. */
export function summarise(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    delegations: scenario.delegations.map((d) => ({ id: d.id, name: d.name, actor: d.actor, color: d.color })),
  };
}
