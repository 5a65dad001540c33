// News: which items are due at the start of a round, and what publishing one does (meter nudges, and
// revealing covert moves, whose threat impulses and broken pledges land only now).
// Pure; must not import the reducer or anything impure.
import type { GameEvent } from '../events.ts';
import type { GameState, NewsItem, NewsSpec, ResolvedMove, Scenario } from '../types.ts';
import { WORLD_METERS } from '../types.ts';
import { actsOf } from './acts.ts';
import { breakCommitment, pledgeBreaker } from './commitments.ts';
import type { ModelStep } from './resolve.ts';
import { finish } from './resolve.ts';
import { applyImpulse, multipliersOf } from './threat.ts';
import type { Work } from './work.ts';
import { changeThreat, changeWorld, startWork } from './work.ts';
import { quoted } from './numbers.ts';

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
export function publishNews(scenario: Scenario, state: GameState, newsId: string, source: 'scheduled' | 'threshold' | 'teacher'): ModelStep {
  const spec = scenario.news.find((n) => n.id === newsId);
  if (!spec) return { state, events: [] };
  const id = state.news.some((n) => n.id === spec.id) ? `${spec.id}-${state.seq}` : spec.id;
  const item: NewsItem = { id, round: state.round, headline: spec.headline, body: spec.body, source };
  const w = startWork(scenario, state);
  w.events.push({ type: 'newsPublished', news: item });
  const revealed = revealCovert(w, state, spec);
  const why = `News: ${spec.headline}`;
  const effects = spec.effects ?? {};
  const nudge = effects.tension;
  if (nudge) {
    // Tension is an aggregate of the pairs, so a nudge to it moves every pair by the same amount.
    for (let i = 0; i < w.t.n; i++) for (let j = 0; j < w.t.n; j++) if (i !== j) changeThreat(w, i, j, nudge, why);
  }
  for (const meter of WORLD_METERS) {
    const delta = effects[meter];
    if (delta) changeWorld(w, meter, delta, why);
  }
  const fired = spec.trigger.kind === 'injectable' || state.firedNews.includes(spec.id) ? state.firedNews : [...state.firedNews, spec.id];
  return finish(w, state, { news: [...state.news, item], firedNews: fired, ...revealed }, false);
}

/**
 * Reveals the still-hidden covert moves of the delegations the item names: each gets a covertRevealed event,
 * its threat impulse lands now, and a pledge it broke is settled as broken (its age counted to the move).
 */
function revealCovert(w: Work, state: GameState, spec: NewsSpec): Partial<GameState> {
  const of = spec.revealsCovertOf ?? [];
  if (of.length === 0) return {};
  const newly: ResolvedMove[] = [];
  const moves = state.moves.map((m) => {
    if (!m.covert || m.revealedRound !== null || !of.includes(m.delegation)) return m;
    const shown = { ...m, revealedRound: state.round };
    newly.push(shown);
    return shown;
  });
  if (newly.length === 0) return {};
  const multipliers = multipliersOf(w);
  let commitments = state.commitments;
  for (const act of actsOf(w.t, newly)) {
    const cause = `Revealed by the news: ${spec.headline}`;
    w.events.push({ type: 'covertRevealed', move: act.move, cause });
    applyImpulse(w, act, multipliers[act.d] ?? 1, `Revealed: ${w.t.names[act.d]}: ${act.spec.label} (round ${act.move.round})`);
    commitments = commitments.map((c) => {
      if (c.status !== 'standing' || c.round > act.move.round) return c;
      const target = c.terms.kind === 'pledge' && c.terms.target !== null ? (w.t.index.get(c.terms.target) ?? -1) : -1;
      return pledgeBreaker(c, act, target) ? breakCommitment(w, c, state.round, `a covert move, ${quoted(act.spec.label)} in round ${act.move.round}, came to light`, act.move.round) : c;
    });
  }
  return { moves, commitments };
}
