// Words for causes and meter changes in any language: the model's cause codes (shared/rules/causes.ts) through
// the catalogue's `causes` section (shared/i18n/<lang>.ts). The only place a cause becomes text.
// Pure: no DOM, no Node; client, projector, review and exports all call it.
import type { Cause } from '../rules/causes.ts';
import { carriesCause, type GameEvent, type MeterRef } from '../rules/events.ts';
import { HOLD_MOVE } from '../rules/moves.ts';
import type { DelegationId } from '../scenario/types.ts';
import { TALKS_LADDER } from '../rules/types.ts';
import type { Lang } from '../i18n/index.ts';
import { CATALOGUES } from '../i18n/index.ts';
import type { CauseWords } from '../i18n/types.ts';

/** How names are looked up in the reader's language: delegations, moves and news of the scenario. */
export interface CauseNames {
  delegation(id: DelegationId): string;
  move(delegation: DelegationId, moveId: string): string;
  news(id: string): string;
}

/** Anything shaped like a scenario (a Scenario, or the ScenarioView a client holds). */
export interface NamedScenario {
  delegations: readonly { id: DelegationId; name: string }[];
  moves: Readonly<Record<DelegationId, readonly { id: string; label: string }[]>>;
  news?: readonly { id: string; headline: string }[];
  injectableNews?: readonly { id: string; headline: string }[];
}

/**
 * Names from a scenario already in the reader's language (see localizeScenario). Unknown ids fall back to
 * the id itself only for delegations; a move falls back to Hold's label in that language.
 */
export function namesOf(
  scenario: NamedScenario,
  lang: Lang = 'en',
  newsHeadlines: Readonly<Record<string, string>> = {},
): CauseNames {
  const names = new Map(scenario.delegations.map((d) => [d.id, d.name]));
  const news = new Map([...(scenario.news ?? []), ...(scenario.injectableNews ?? [])].map((n) => [n.id, n.headline]));
  return {
    delegation: (id) => names.get(id) ?? id,
    move: (d, m) =>
      scenario.moves[d]?.find((x) => x.id === m)?.label ?? (m === HOLD_MOVE.id ? CATALOGUES[lang].text.hold : m),
    news: (id) => newsHeadlines[id] ?? news.get(id) ?? id,
  };
}

/** Cause names from the review's own lookups (shared/transcript/debrief-text.ts Names) plus the scenario's news. */
export function causeNamesFrom(
  names: { delegation(id: DelegationId): string; move(delegation: DelegationId, moveId: string): { label: string } },
  news: readonly { id: string; headline: string }[] = [],
): CauseNames {
  const headlines = new Map(news.map((n) => [n.id, n.headline]));
  return {
    delegation: (id) => names.delegation(id),
    move: (d, m) => names.move(d, m).label,
    news: (id) => headlines.get(id) ?? id,
  };
}

function signed(change: number): string {
  return change >= 0 ? `+${change.toFixed(1)}` : `−${(-change).toFixed(1)}`;
}

/** A cause in words ("Pyongyang: Missile test (toward Washington)"); `up` is the sign of the change it explains. */
export function causeText(cause: Cause, lang: Lang, names: CauseNames, up = true): string {
  const c = CATALOGUES[lang].causes;
  const d = (id: DelegationId | undefined) => (id ? names.delegation(id) : c.someone);
  const words: CauseWords = {
    who: d(cause.who),
    move: cause.who && cause.move ? names.move(cause.who, cause.move) : '',
    toward: cause.toward ? d(cause.toward) : '',
    other: cause.other ? d(cause.other) : '',
    otherMove: cause.other && cause.otherMove ? names.move(cause.other, cause.otherMove) : '',
    news: cause.news ? names.news(cause.news) : (cause.text ?? ''),
    round: cause.round ?? 0,
    count: cause.count ?? 0,
    kind: cause.kind ? c.kinds[cause.kind] : '',
    incident: cause.incident ? c.incidents[cause.incident] : '',
  };
  return c.code[cause.code](words, up);
}

/** A meter change in words ("Washington feels 3.1 more threatened by Pyongyang", "arms race +2.0"). */
export function changeText(meter: MeterRef, from: number, to: number, lang: Lang, names: CauseNames): string {
  const cat = CATALOGUES[lang];
  const c = cat.causes;
  const delta = to - from;
  switch (meter.kind) {
    case 'tension':
      return c.meter(c.tension, signed(delta));
    case 'threat':
      return c.threat(names.delegation(meter.from), names.delegation(meter.to), Math.abs(delta).toFixed(1), delta > 0);
    case 'world':
      return c.meter(cat.terms.world[meter.meter], signed(delta));
    case 'credibility':
      return c.credibility(names.delegation(meter.delegation), signed(delta));
    case 'talks': {
      const rung = (r: number) => {
        const id = TALKS_LADDER[r];
        return id ? cat.terms.talks[id] : String(r);
      };
      return c.talks(rung(from), rung(to));
    }
  }
}

/** One line for an event that carries a cause ("<cause> → <change>"), or null for events without one. */
export function eventText(event: GameEvent, lang: Lang, names: CauseNames): string | null {
  if (event.type === 'meterChanged')
    return `${causeText(event.cause, lang, names, event.to >= event.from)}${CATALOGUES[lang].causes.arrow}${changeText(event.meter, event.from, event.to, lang, names)}`;
  // Any other event that carries a cause reads as its cause: a new one needs no case here.
  return carriesCause(event) ? causeText(event.cause, lang, names) : null;
}
