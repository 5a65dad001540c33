// News: which items are due at the start of a round, and what publishing one does (meter nudges, and
// revealing covert moves, whose threat impulses and broken pledges land only now).
// Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import type { GameEvent } from '../events.ts';
import type { GameState, NewsItem } from '../types.ts';
import type { NewsSpec, Scenario } from '../../scenario/types.ts';
import { WORLD_METERS } from '../types.ts';
import { revealMoves } from './covert.ts';
import type { ModelStep } from './resolve.ts';
import { finish } from './resolve.ts';
import { changeThreat, changeWorld, startWork } from './work.ts';

/** Whether a news item's trigger fires in this state (teacher-only items never do). */
function isDue(spec: NewsSpec, state: GameState): boolean {
  const { trigger } = spec;
  if (state.firedNews.includes(spec.id)) return false;
  if (trigger.kind === 'scheduled') return trigger.round === state.round;
  if (trigger.kind === 'injectable') return false;
  const value = trigger.meter === 'tension' ? state.meters.tension : state.meters.world[trigger.meter];
  return trigger.op === 'atLeast' ? value >= trigger.value : value <= trigger.value;
}

/** Publishes every scheduled item of this round and every threshold now crossed, in scenario order. */
export function dueNews(scenario: Scenario, state: GameState): ModelStep {
  let current = state;
  const events: GameEvent[] = [];
  for (const spec of scenario.news) {
    if (!isDue(spec, current)) continue;
    const step = publishNews(scenario, current, spec.id, spec.trigger.kind === 'scheduled' ? 'scheduled' : 'threshold');
    current = step.state;
    events.push(...step.events);
  }
  return { state: current, events };
}

/** Publishes one scenario news item; an unknown id changes nothing (the reducer refuses it first). */
export function publishNews(
  scenario: Scenario,
  state: GameState,
  newsId: string,
  source: 'scheduled' | 'threshold' | 'teacher',
): ModelStep {
  const spec = scenario.news.find((n) => n.id === newsId);
  if (!spec) return { state, events: [] };
  const id = state.news.some((n) => n.id === spec.id) ? `${spec.id}-${state.round}-${state.news.length}` : spec.id;
  const item: NewsItem = { id, round: state.round, headline: spec.headline, body: spec.body, source };
  const w = startWork(scenario, state);
  w.events.push({ type: 'newsPublished', news: item });
  const of = spec.revealsCovertOf ?? [];
  const revealed =
    of.length === 0
      ? {}
      : revealMoves(w, state.moves, state.commitments, (m) => of.includes(m.delegation), state.round, {
          code: 'revealedByNews',
          mechanism: 'news',
          news: spec.id,
        });
  const cause: Cause = { code: 'news', mechanism: 'news', news: spec.id };
  const effects = spec.effects ?? {};
  const nudge = effects.tension;
  if (nudge) {
    // News that alarms the region alarms rivals about each other, not allies: the nudge lands on the rival pairs
    // alone, scaled so that tension (the weighted aggregate of every pair) still moves by the nudge. A scenario
    // without rivals spreads it over every pair.
    const { t } = w;
    const rivals = t.rivalWeightSum > 0;
    const delta = rivals ? (nudge * t.weightSum) / t.rivalWeightSum : nudge;
    for (let i = 0; i < t.n; i++)
      for (let j = 0; j < t.n; j++)
        if (i !== j && !(rivals && t.allied[i * t.n + j])) changeThreat(w, i, j, delta, cause);
  }
  for (const meter of WORLD_METERS) {
    const delta = effects[meter];
    if (delta) changeWorld(w, meter, delta, cause);
  }
  const fired =
    spec.trigger.kind === 'injectable' || state.firedNews.includes(spec.id)
      ? state.firedNews
      : [...state.firedNews, spec.id];
  return finish(w, state, { news: [...state.news, item], firedNews: fired, ...revealed }, false);
}
