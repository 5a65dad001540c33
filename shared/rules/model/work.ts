// A round's working copy of the meters and the events it has produced so far. Every change goes through
// one of these helpers, so each stored value is rounded once and each change gets one readable event.
// Pure; must not import the reducer or anything impure.
import type { GameEvent } from '../events.ts';
import type { DelegationId, GameState, Meters, Scenario, WorldMeter } from '../types.ts';
import { TALKS_LADDER, WORLD_METERS } from '../types.ts';
import { clamp, rungWords, signed, step100, threatWords, WORLD_WORDS } from './numbers.ts';
import type { Tables } from './tables.ts';
import { tablesOf } from './tables.ts';
import { tensionStep } from './tension.ts';

export interface Work {
  scenario: Scenario;
  t: Tables;
  /** threat[i * n + j]: how threatened i feels by j. */
  threat: Float64Array;
  /** The threat values the work started from, to say which pair moved tension most. */
  start: Float64Array;
  world: Record<WorldMeter, number>;
  talks: number;
  credibility: Float64Array;
  events: GameEvent[];
  rng: number;
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
  return { scenario, t, threat, start: threat.slice(), world: { ...state.meters.world }, talks: state.meters.talks, credibility, events: [], rng: state.rng };
}

/**
 * Changes how threatened i feels by j; the cause reads "<why> → <i> feels +x more threatened by <j>", naming j
 * so that one news item moving four of i's values reads as four different lines, not one line four times.
 */
export function changeThreat(w: Work, i: number, j: number, delta: number, why: string): void {
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
    cause: `${why} → ${w.t.names[i]} feels ${threatWords(to - from)} by ${w.t.names[j]}`,
  });
}

/** Changes a world meter; the cause reads "<why> → arms race +3.0". */
export function changeWorld(w: Work, meter: WorldMeter, delta: number, why: string): void {
  const from = w.world[meter];
  const to = step100(from, delta);
  if (to === from) return;
  w.world[meter] = to;
  w.events.push({ type: 'meterChanged', meter: { kind: 'world', meter }, from, to, cause: `${why} → ${WORLD_WORDS[meter]} ${signed(to - from)}` });
}

/** Changes a delegation's credibility; the cause reads "<why> → Washington's credibility −9.0". */
export function changeCredibility(w: Work, d: number, delta: number, why: string): void {
  const from = w.credibility[d] ?? 0;
  const to = step100(from, delta);
  if (to === from) return;
  w.credibility[d] = to;
  const delegation: DelegationId = w.t.ids[d] ?? '';
  w.events.push({ type: 'meterChanged', meter: { kind: 'credibility', delegation }, from, to, cause: `${why} → ${w.t.names[d]}'s credibility ${signed(to - from)}` });
}

/** Moves the talks ladder by whole rungs, never above `ceiling` unless it already stands higher. */
export function changeTalks(w: Work, delta: number, ceiling: number, why: string): void {
  const from = w.talks;
  const top = Math.max(from, Math.min(ceiling, TALKS_LADDER.length - 1));
  const to = clamp(0, top, from + delta);
  if (to === from) return;
  w.talks = to;
  w.events.push({ type: 'meterChanged', meter: { kind: 'talks' }, from, to, cause: `${why} → talks ladder: ${rungWords(from)} → ${rungWords(to)}` });
}

/**
 * The meters the work ends with: threat rows rebuilt, tension and band recomputed (with its events), and
 * whether tension has just entered the top band.
 */
export function finishWork(w: Work, before: Meters, tensionWhy = biggestMover(w)): { meters: Meters; enteredTopBand: boolean } {
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
  const tension = tensionStep(w.scenario, w.t, w.threat, before, tensionWhy);
  w.events.push(...tension.events);
  return {
    meters: { tension: tension.tension, band: tension.band, threat, world, talks: w.talks, credibility },
    enteredTopBand: tension.enteredTopBand,
  };
}

/** "Threat perceptions changed, most of all between Pyongyang and Seoul": the pair with the largest weighted change. */
function biggestMover(w: Work): string {
  const { n, names, weight } = w.t;
  let best = -1;
  let size = 0;
  for (let p = 0; p < w.threat.length; p++) {
    const change = Math.abs(((w.threat[p] ?? 0) - (w.start[p] ?? 0)) * (weight[p] ?? 0));
    if (change > size) { size = change; best = p; }
  }
  if (best < 0) return 'Threat perceptions held steady';
  return `Threat perceptions changed, most of all between ${names[Math.floor(best / n)]} and ${names[best % n]}`;
}
