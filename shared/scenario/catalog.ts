// The scenarios shipped with the game, validated once at load: a bad file fails at startup, not mid-class.
// Pure: JSON imports only (tsx and Vite both bundle them); must not import Node, the reducer or anything impure.
import korea from '../../scenarios/korea.json' with { type: 'json' };
import type { Scenario } from './types.ts';
import { loadScenario } from './schema.ts';

/** Every shipped scenario by id, each validated (throws ScenarioError at import if one is broken). */
export const SCENARIOS: Readonly<Record<string, Scenario>> = Object.freeze(
  Object.fromEntries(
    [korea].map((json) => {
      const scenario = loadScenario(json);
      return [scenario.id, scenario];
    }),
  ),
);

/** The scenario played when none is chosen. */
export const DEFAULT_SCENARIO_ID = 'korea';

/** A shipped scenario by id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id] : undefined;
}
