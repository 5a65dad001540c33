// World meters and the talks ladder: each public move's effects, then the scenario's slow drift. A covert
// move's effects wait until it is revealed (covert.ts), so no meter gives a secret away.
// Pure; must not import the reducer or anything impure.
import { TALKS_LADDER, WORLD_METERS } from '../types.ts';
import type { Act } from './acts.ts';
import { moveCause } from './threat.ts';
import type { Work } from './work.ts';
import { changeTalks, changeWorld } from './work.ts';

/** Without a matched conditional move (such as a first-phase agreement) the ladder stops at "talks". */
export const TALKS_CEILING = TALKS_LADDER.indexOf('talks');

/** The rung one side can reach alone: past contacts, talks need both sides (a conciliatory move back). */
export const ALONE_CEILING = TALKS_LADDER.indexOf('contacts');

/**
 * The world effects of one act that took effect (scaled by its repeat factor), with its cause. `mutual` says
 * whether its target made a conciliatory move back this round or last (without one, the ladder stops at contacts).
 */
export function applyEffects(w: Work, act: Act, matched: boolean, cause = moveCause(w, act), mutual = true): void {
  if (!act.effective) return;
  const { effects } = act.spec;
  const scale = act.scale ?? 1;
  for (const meter of WORLD_METERS) {
    const delta = effects[meter];
    if (delta) changeWorld(w, meter, delta * scale, cause);
  }
  if (effects.talks)
    changeTalks(w, effects.talks, matched ? TALKS_LADDER.length - 1 : mutual ? TALKS_CEILING : ALONE_CEILING, cause);
}

/**
 * Effects of every public move that took effect, in delegation order, then the drift of each meter.
 * `cooperation` holds the keys i·n+j of "i made a conciliatory move toward j" this round and last.
 */
export function applyWorldEffects(w: Work, acts: readonly Act[], cooperation: ReadonlySet<number>): void {
  // Only a matched step on the ladder itself (a signed first-phase agreement) lets it climb past talks.
  const matched = acts.some((a) => a.effective && a.spec.requires !== undefined && (a.spec.effects.talks ?? 0) > 0);
  const { n } = w.t;
  for (const act of acts) {
    if (act.move.covert) continue;
    const mutual = act.target < 0 || cooperation.has(act.target * n + act.d);
    applyEffects(w, act, matched, moveCause(w, act), mutual);
  }
  for (const meter of WORLD_METERS) {
    const delta = w.scenario.params.drift?.[meter];
    if (delta) changeWorld(w, meter, delta, { code: 'background', mechanism: 'drift' });
  }
}
