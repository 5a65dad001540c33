// Readable words for the review and the exports, in the language asked for: delegation and move names, meter
// names, commitments (a teacher's line and an event's lines are their definitions'). Pure. Never puts a student's
// nickname into a sentence (names are resolved at display, so pseudonyms work). The words live in shared/i18n.
import type { MeterRef } from '../rules/events.ts';
import type { Commitment, CommitmentTerms, WorldMeter } from '../rules/types.ts';
import type { DelegationId, MoveSpec, Scenario } from '../scenario/types.ts';
import { BANDS, TALKS_LADDER } from '../rules/types.ts';
import { CATALOGUES, DEFAULT_LANG, reviewIn, termIn, type Lang, type ReviewKey } from '../i18n/index.ts';

/** Words for the world meters in English, as the board labels them (one name per meter everywhere). */
export const WORLD_METER_LABELS: Record<WorldMeter, string> = CATALOGUES.en.terms.world;

/** Lookups a review needs many times, built once per scenario, in one language. */
export interface Names {
  lang: Lang;
  delegation(id: DelegationId | null): string;
  move(delegation: DelegationId, moveId: string): Pick<MoveSpec, 'id' | 'label' | 'goldstein' | 'visibility'>;
  /** A sentence from the review catalogue in this language. */
  say(key: ReviewKey, values?: Record<string, string | number>): string;
}

export function namesFor(scenario: Scenario, lang: Lang = DEFAULT_LANG): Names {
  const delegations = new Map(scenario.delegations.map((d) => [d.id, d.name]));
  const moves = new Map<string, MoveSpec>();
  for (const [delegation, list] of Object.entries(scenario.moves)) {
    for (const move of list) moves.set(`${delegation}/${move.id}`, move);
  }
  const hold: Pick<MoveSpec, 'id' | 'label' | 'goldstein' | 'visibility'> = {
    id: 'hold',
    label: CATALOGUES[lang].text.hold,
    goldstein: 0,
    visibility: 'public',
  };
  return {
    lang,
    delegation: (id) => (id === null ? reviewIn(lang, 'everyone') : (delegations.get(id) ?? id)),
    move: (delegation, moveId) =>
      moves.get(`${delegation}/${moveId}`) ?? (moveId === 'hold' ? hold : { ...hold, id: moveId, label: moveId }),
    say: (key, values) => reviewIn(lang, key, values),
  };
}

/** A stable key and a label for a meter, e.g. "threat:seoul:pyongyang" / "Seoul feels threatened by Pyongyang". */
export function meterName(names: Names, ref: MeterRef): { key: string; label: string } {
  switch (ref.kind) {
    case 'tension':
      return { key: 'tension', label: names.say('meterTension') };
    case 'talks':
      return { key: 'talks', label: names.say('meterTalks') };
    case 'world':
      return { key: `world:${ref.meter}`, label: termIn(names.lang, 'world', ref.meter) };
    case 'credibility':
      return {
        key: `credibility:${ref.delegation}`,
        label: names.say('meterCredibility', { delegation: names.delegation(ref.delegation) }),
      };
    case 'threat':
      return {
        key: `threat:${ref.from}:${ref.to}`,
        label: names.say('meterThreat', { from: names.delegation(ref.from), to: names.delegation(ref.to) }),
      };
  }
}

/** How a meter value reads: talks rungs and bands as words, the rest as numbers. */
export function meterValue(key: string, value: number, lang: Lang = DEFAULT_LANG): string {
  if (key === 'talks') return termIn(lang, 'talks', TALKS_LADDER[value] ?? String(value));
  if (key === 'band') return termIn(lang, 'band', BANDS[value] ?? String(value));
  return String(Math.round(value * 10) / 10);
}

/** A pledge, warning or signed agreement in words. */
export function commitmentText(names: Names, terms: CommitmentTerms): string {
  if (terms.kind === 'pledge')
    return terms.target === null
      ? names.say('pledgeAll')
      : names.say('pledgeToward', { target: names.delegation(terms.target) });
  if (terms.kind === 'agreement')
    return `${CATALOGUES[names.lang].causes.kinds.agreement} (${names.delegation(terms.target)})`;
  return names.say('warningTo', { target: names.delegation(terms.target) });
}

/** A commitment and where it stands, as the CSV export words it. */
export function commitmentCsvText(names: Names, commitment: Commitment): string {
  return `${commitmentText(names, commitment.terms)}: ${termIn(names.lang, 'commitmentStatus', commitment.status)}`;
}
