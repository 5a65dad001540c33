// Per-scenario lookup tables the model needs every round, built once and kept in a WeakMap by scenario.
// Pure; must not import the reducer, Node or anything impure.
import { HOLD_MOVE, HOLD_MOVE_ID } from '../moves.ts';
import type { DelegationId, MoveSpec, Scenario } from '../../scenario/types.ts';

/** Flat n×n arrays indexed [i * n + j] for the directed pair "i feels threatened by j". */
export interface Tables {
  ids: DelegationId[];
  names: string[];
  n: number;
  index: Map<DelegationId, number>;
  reaction: Float64Array;
  restraint: Float64Array;
  baseline: Float64Array;
  weight: Float64Array;
  weightSum: number;
  /** spillTo[t]: every [i, γ] for which t is an ally of i (a move toward t also weighs on i). */
  spillTo: [number, number][][];
  /** Whether i and j are allies (either names the other in `allies`); every other pair is a pair of rivals. */
  allied: Uint8Array;
  /** The summed tension weight of the rival pairs (news that alarms the region lands on those). */
  rivalWeightSum: number;
  moves: Map<DelegationId, Map<string, MoveSpec>>;
}

const cache = new WeakMap<Scenario, Tables>();

/** The tables of a scenario (computed on first use). */
export function tablesOf(scenario: Scenario): Tables {
  let tables = cache.get(scenario);
  if (!tables) {
    tables = build(scenario);
    cache.set(scenario, tables);
  }
  return tables;
}

function build(scenario: Scenario): Tables {
  const { params } = scenario;
  const ids = scenario.delegations.map((d) => d.id);
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const reaction = new Float64Array(n * n);
  const baseline = new Float64Array(n * n);
  const weight = new Float64Array(n * n);
  const restraint = new Float64Array(n);
  const spillTo: [number, number][][] = ids.map(() => []);
  const allied = new Uint8Array(n * n);
  let weightSum = 0;
  let rivalWeightSum = 0;
  ids.forEach((i, a) => {
    restraint[a] = params.restraint[i] ?? 0;
    ids.forEach((j, b) => {
      if (a === b) return;
      reaction[a * n + b] = params.reaction[i]?.[j] ?? 0;
      baseline[a * n + b] = params.baseline[i]?.[j] ?? 0;
      const w = params.tensionWeights[i]?.[j] ?? 1;
      weight[a * n + b] = w;
      weightSum += w;
      const gamma = params.allies[i]?.[j] ?? 0;
      if (gamma > 0) spillTo[b]?.push([a, gamma]);
      if (gamma > 0 || (params.allies[j]?.[i] ?? 0) > 0) allied[a * n + b] = 1;
      else rivalWeightSum += w;
    });
  });
  const moves = new Map<DelegationId, Map<string, MoveSpec>>();
  for (const id of ids) {
    const own = new Map((scenario.moves[id] ?? []).map((m) => [m.id, m]));
    if (!own.has(HOLD_MOVE_ID)) own.set(HOLD_MOVE_ID, HOLD_MOVE);
    moves.set(id, own);
  }
  return {
    ids,
    names: scenario.delegations.map((d) => d.name),
    n,
    index,
    reaction,
    restraint,
    baseline,
    weight,
    weightSum,
    spillTo,
    allied,
    rivalWeightSum,
    moves,
  };
}
