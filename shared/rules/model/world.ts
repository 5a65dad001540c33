// World meters and the talks ladder: each move's effects, then the background drift.
// Pure; must not import the reducer or anything impure.
import { TALKS_LADDER, WORLD_METERS } from '../types.ts';
import type { Act } from './acts.ts';
import type { Work } from './work.ts';
import { changeTalks, changeWorld } from './work.ts';

/** Without a matched conditional move (such as a first-phase agreement) the ladder stops at "talks". */
export const TALKS_CEILING = TALKS_LADDER.indexOf('talks');

/**
 * Effects of every move that took effect, in delegation order. A covert move's effects show up unattributed,
 * because world meter events go to everyone. A conditional move without its partner has no effect at all.
 */
export function applyWorldEffects(w: Work, acts: readonly Act[]): void {
  const matched = acts.some((a) => a.effective && a.spec.requires !== undefined);
  const ceiling = matched ? TALKS_LADDER.length - 1 : TALKS_CEILING;
  for (const act of acts) {
    if (!act.effective) continue;
    const why = act.move.covert ? 'Unattributed activity behind the scenes' : `${w.t.names[act.d]}: ${act.spec.label}`;
    const { effects } = act.spec;
    for (const meter of WORLD_METERS) {
      const delta = effects[meter];
      if (delta) changeWorld(w, meter, delta, why);
    }
    if (effects.talks) changeTalks(w, effects.talks, ceiling, why);
  }
}

/** The scenario's per-round drift: what happens to the world meters while nobody acts. */
export function applyDrift(w: Work): void {
  const drift = w.scenario.params.drift;
  if (!drift) return;
  for (const meter of WORLD_METERS) {
    const delta = drift[meter];
    if (delta) changeWorld(w, meter, delta, 'Background drift (what happens while nobody acts)');
  }
}
