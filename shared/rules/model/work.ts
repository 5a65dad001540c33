// A round's working copy of the meters and the events it has produced so far. Every change goes through
// one of these helpers, so each stored value is rounded once and each change carries one cause (as data).
// Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import { driverKey } from '../causes.ts';
import type { GameEvent } from '../events.ts';
import type { GameState, Meters, WorldMeter } from '../types.ts';
import type { DelegationId, Scenario } from '../../scenario/types.ts';
import { TALKS_LADDER, WORLD_METERS } from '../types.ts';
import { clamp, step100 } from './numbers.ts';
import type { Tables } from './tables.ts';
import { tablesOf } from './tables.ts';
import { tensionStep } from './tension.ts';

export interface Work {
  scenario: Scenario;
  t: Tables;
  /** threat[i * n + j]: how threatened i feels by j. */
  threat: Float64Array;
  /** The threat values the work started from. */
  start: Float64Array;
  world: Record<WorldMeter, number>;
  talks: number;
  /** Rungs the ladder has climbed in this piece of work (it climbs at most one per round). */
  climbed: number;
  credibility: Float64Array;
  events: GameEvent[];
  rng: number;
  /** Each driver's share of the tension change so far (points), keyed by driverKey. */
  parts: Map<string, { cause: Cause; amount: number }>;
}

/** A working copy of the state's meters. */
export function startWork(scenario: Scenario, state: GameState): Work {
  const t = tablesOf(scenario);
  const { n, ids } = t;
  const threat = new Float64Array(n * n);
  const credibility = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = state.meters.threat[ids[i] ?? ''];
    for (let j = 0; j < n; j++) if (i !== j) threat[i * n + j] = row?.[ids[j] ?? ''] ?? 0;
    credibility[i] = state.meters.credibility[ids[i] ?? ''] ?? 50;
  }
  return {
    scenario,
    t,
    threat,
    start: threat.slice(),
    world: { ...state.meters.world },
    talks: state.meters.talks,
    climbed: 0,
    credibility,
    events: [],
    rng: state.rng,
    parts: new Map(),
  };
}

/** A cause for the tension split: per-pair parameters dropped, so one driver over many pairs is one part. */
function partCause(c: Cause): Cause {
  switch (c.code) {
    case 'answering':
    case 'cooling':
    case 'grievance':
    case 'armsRace':
    case 'incident':
      return c.incident
        ? { code: c.code, mechanism: c.mechanism, incident: c.incident }
        : { code: c.code, mechanism: c.mechanism };
    default:
      return c;
  }
}

/** Changes how threatened i feels by j, with its cause; its share of tension is added to the round's parts. */
export function changeThreat(w: Work, i: number, j: number, delta: number, cause: Cause): void {
  const p = i * w.t.n + j;
  const from = w.threat[p] ?? 0;
  const to = step100(from, delta);
  if (to === from) return;
  w.threat[p] = to;
  w.events.push({
    type: 'meterChanged',
    meter: { kind: 'threat', from: w.t.ids[i] ?? '', to: w.t.ids[j] ?? '' },
    from,
    to,
    cause,
  });
  const part = partCause(cause);
  const key = `${part.mechanism}|${driverKey(part)}`;
  const share = ((w.t.weight[p] ?? 0) * (to - from)) / w.t.weightSum;
  const entry = w.parts.get(key);
  if (entry) entry.amount += share;
  else w.parts.set(key, { cause: part, amount: share });
}

/** Changes a world meter, with its cause. */
export function changeWorld(w: Work, meter: WorldMeter, delta: number, cause: Cause): void {
  const from = w.world[meter];
  const to = step100(from, delta);
  if (to === from) return;
  w.world[meter] = to;
  w.events.push({ type: 'meterChanged', meter: { kind: 'world', meter }, from, to, cause });
}

/** Changes a delegation's credibility, with its cause. */
export function changeCredibility(w: Work, d: number, delta: number, cause: Cause): void {
  const from = w.credibility[d] ?? 0;
  const to = step100(from, delta);
  if (to === from) return;
  w.credibility[d] = to;
  const delegation: DelegationId = w.t.ids[d] ?? '';
  w.events.push({ type: 'meterChanged', meter: { kind: 'credibility', delegation }, from, to, cause });
}

/**
 * Moves the talks ladder by whole rungs: up at most one rung per round in all, and past `ceiling` only when
 * `ceiling` allows (a matched step); down as far as asked.
 */
export function changeTalks(w: Work, delta: number, ceiling: number, cause: Cause): void {
  const from = w.talks;
  let to: number;
  if (delta > 0) {
    if (w.climbed >= 1) return;
    const top = Math.max(from, Math.min(ceiling, TALKS_LADDER.length - 1));
    to = clamp(0, top, from + 1);
  } else {
    to = clamp(0, TALKS_LADDER.length - 1, from + delta);
  }
  if (to === from) return;
  if (to > from) w.climbed += to - from;
  w.talks = to;
  w.events.push({ type: 'meterChanged', meter: { kind: 'talks' }, from, to, cause });
}

/** The round's tension cause: what moved it, largest share first (shares under 0.05 points left out). */
function tensionCause(w: Work): Cause {
  const parts = [...w.parts.values()]
    .map((p) => ({ cause: p.cause, amount: Math.round(p.amount * 100) / 100 }))
    .filter((p) => Math.abs(p.amount) >= 0.05)
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  return { code: 'tension', mechanism: 'sum', parts };
}

/**
 * The meters the work ends with: threat rows rebuilt, tension and band recomputed (with its events), and
 * whether tension has just entered the top band.
 */
export function finishWork(w: Work, before: Meters): { meters: Meters; enteredTopBand: boolean } {
  const { n, ids } = w.t;
  const threat: Meters['threat'] = {};
  for (let i = 0; i < n; i++) {
    const row: Record<DelegationId, number> = {};
    for (let j = 0; j < n; j++) if (i !== j) row[ids[j] ?? ''] = w.threat[i * n + j] ?? 0;
    threat[ids[i] ?? ''] = row;
  }
  const credibility: Meters['credibility'] = {};
  for (let i = 0; i < n; i++) credibility[ids[i] ?? ''] = w.credibility[i] ?? 0;
  const world = {} as Record<WorldMeter, number>;
  for (const m of WORLD_METERS) world[m] = w.world[m];
  const tension = tensionStep(w.scenario, w.t, w.threat, before, tensionCause(w));
  w.events.push(...tension.events);
  return {
    meters: { tension: tension.tension, band: tension.band, threat, world, talks: w.talks, credibility },
    enteredTopBand: tension.enteredTopBand,
  };
}
