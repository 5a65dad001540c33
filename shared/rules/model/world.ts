// World meters and the talks ladder: each public move's effects, then background developments (the
// scenario's drift plus the effects of covert moves, merged so the meters do not give a secret away).
// Pure; must not import the reducer or anything impure.
import type { WorldMeter } from '../types.ts';
import { TALKS_LADDER, WORLD_METERS } from '../types.ts';
import type { Act } from './acts.ts';
import type { Work } from './work.ts';
import { changeTalks, changeWorld } from './work.ts';

/** Without a matched conditional move (such as a first-phase agreement) the ladder stops at "talks". */
export const TALKS_CEILING = TALKS_LADDER.indexOf('talks');

/** The one cause for drift and hidden effects alike: it must read the same whether or not a covert move happened. */
export const BACKGROUND = 'Background developments (slow drift, and whatever is not public yet)';

/**
 * Effects of every move that took effect, in delegation order, then one background change per meter.
 * A conditional move without its partner has no effect at all.
 */
export function applyWorldEffects(w: Work, acts: readonly Act[]): void {
  const matched = acts.some((a) => a.effective && a.spec.requires !== undefined);
  const ceiling = matched ? TALKS_LADDER.length - 1 : TALKS_CEILING;
  const hidden: Partial<Record<WorldMeter, number>> = { ...w.scenario.params.drift };
  let hiddenTalks = 0;
  for (const act of acts) {
    if (!act.effective) continue;
    const { effects } = act.spec;
    if (act.move.covert) {
      for (const meter of WORLD_METERS) hidden[meter] = (hidden[meter] ?? 0) + (effects[meter] ?? 0);
      hiddenTalks += effects.talks ?? 0;
      continue;
    }
    const why = `${w.t.names[act.d]}: ${act.spec.label}`;
    for (const meter of WORLD_METERS) {
      const delta = effects[meter];
      if (delta) changeWorld(w, meter, delta, why);
    }
    if (effects.talks) changeTalks(w, effects.talks, ceiling, why);
  }
  for (const meter of WORLD_METERS) {
    const delta = hidden[meter];
    if (delta) changeWorld(w, meter, delta, BACKGROUND);
  }
  if (hiddenTalks) changeTalks(w, hiddenTalks, ceiling, BACKGROUND);
}
