// A scenario in one of its languages: the same ids and numbers, every text a person reads taken from its
// translation. Pure; must not import the reducer or anything impure.
import type { Scenario } from './types.ts';

/** The languages a scenario is written in, its own first. */
export function scenarioLanguages(scenario: Scenario): string[] {
  return scenario.languages ?? ['en'];
}

const cache = new WeakMap<Scenario, Map<string, Scenario>>();

/**
 * The scenario with its text in `lang` (the file's own language, or an unknown one, returns it unchanged). The
 * loader has checked that a listed translation is complete, so nothing falls back silently for a listed language.
 */
export function localizeScenario(scenario: Scenario, lang: string): Scenario {
  const tr = scenario.translations?.[lang];
  if (!tr) return scenario;
  let byLang = cache.get(scenario);
  if (!byLang) {
    byLang = new Map();
    cache.set(scenario, byLang);
  }
  const hit = byLang.get(lang);
  if (hit) return hit;
  const localized: Scenario = {
    ...scenario,
    title: tr.title || scenario.title,
    summary: tr.summary || scenario.summary,
    delegations: scenario.delegations.map((d) => {
      const t = tr.delegations?.[d.id];
      return {
        ...d,
        name: t?.name ?? d.name,
        actor: t?.actor ?? d.actor,
        publicBrief: t?.publicBrief ?? d.publicBrief,
        privateBrief: t?.privateBrief ?? d.privateBrief,
        objectives: d.objectives.map((o) => ({ ...o, text: t?.objectives?.[o.id] ?? o.text })),
        redLines: d.redLines.map((r, n) => t?.redLines?.[n] ?? r),
      };
    }),
    moves: Object.fromEntries(
      Object.entries(scenario.moves).map(([d, moves]) => [
        d,
        moves.map((m) => ({
          ...m,
          label: tr.moves?.[d]?.[m.id]?.label ?? m.label,
          why: tr.moves?.[d]?.[m.id]?.why ?? m.why,
        })),
      ]),
    ),
    news: scenario.news.map((n) => ({
      ...n,
      headline: tr.news?.[n.id]?.headline ?? n.headline,
      body: tr.news?.[n.id]?.body ?? n.body,
    })),
    reflectionPrompts: scenario.reflectionPrompts.map((p, n) => tr.reflectionPrompts?.[n] ?? p),
    debriefPrompts: scenario.debriefPrompts.map((p, n) => ({ ...p, text: tr.debriefPrompts?.[n] ?? p.text })),
  };
  byLang.set(lang, localized);
  return localized;
}
