// Final scores: each delegation earns the points of every objective its final meters meet.
// Pure; must not import the reducer or anything impure.
import type { GameState, Meters } from '../types.ts';
import type { DelegationId, ObjectiveSpec, Scenario } from '../../scenario/types.ts';

/** The value an objective reads from the meters, for the delegation that holds it. */
export function objectiveValue(objective: ObjectiveSpec, meters: Meters, delegation: DelegationId): number {
  const m = objective.meter;
  switch (m.kind) {
    case 'tension':
      return meters.tension;
    case 'world':
      return meters.world[m.meter];
    case 'talks':
      return meters.talks;
    case 'credibility':
      return meters.credibility[delegation] ?? 0;
    case 'threat':
      return meters.threat[m.from]?.[m.to] ?? 0;
  }
}

/** Whether an objective is met by these meters. */
export function objectiveMet(objective: ObjectiveSpec, meters: Meters, delegation: DelegationId): boolean {
  const value = objectiveValue(objective, meters, delegation);
  return objective.op === 'atMost' ? value <= objective.threshold : value >= objective.threshold;
}

/** Final score per delegation from its objectives and the final meters. */
export function finalScores(scenario: Scenario, state: GameState): Record<DelegationId, number> {
  const scores: Record<DelegationId, number> = {};
  for (const d of scenario.delegations) {
    scores[d.id] = d.objectives.reduce((sum, o) => sum + (objectiveMet(o, state.meters, d.id) ? o.points : 0), 0);
  }
  return scores;
}
