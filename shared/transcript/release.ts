// What the class may see of a review once the teacher releases it, and the pseudonyms that replace nicknames.
// Pure: takes the host's review model and returns a narrower copy. Must not import anything impure.
//
// What each level shows (the host always sees everything):
// | part of the review                         | public | diplomatic | team |
// |--------------------------------------------|--------|------------|------|
// | public statements, pledges and warnings    |  yes   |    yes     | yes  |
// | news, teacher actions, phases              |  yes   |    yes     | yes  |
// | moves revealed (covert ones once revealed) |  yes   |    yes     | yes  |
// | meters, causes, chart, commitments, offers |  yes   |    yes     | yes  |
// | diplomatic messages between delegations    |   -    |    yes     | yes  |
// | team chat, every team's proposals          |   -    |     -      | yes  |
// | covert moves never revealed (and causes    |   -    |     -      | yes  |
// |   that name them)                          |        |            |      |
// | private briefs, reflections                |   -    |     -      | yes  |
// | per-student participation tally            |   -    |     -      |  -   |
// Meters are shown with their true values at every level: the debrief is where misperception is revealed.
// The join code is left out of every release. With pseudonyms, every name becomes "<Delegation> delegate <n>",
// numbered by join order within the delegation; students' own words are never rewritten.
import { DEFAULT_LANG, reviewIn, type Lang } from '../i18n/index.ts';
import type { ReleaseLevel, ReviewModel, ReviewPerson, Scope } from './review-types.ts';

export type { ReleaseLevel } from './review-types.ts';

export const RELEASE_LEVELS: readonly ReleaseLevel[] = ['public', 'diplomatic', 'team'];

/** What the teacher chose: the level and whether nicknames become pseudonyms. */
export interface ReleaseChoice {
  level: ReleaseLevel;
  pseudonyms: boolean;
}

const VISIBLE: Record<ReleaseLevel, ReadonlySet<Scope>> = {
  public: new Set(['public']),
  diplomatic: new Set(['public', 'diplomatic']),
  team: new Set(['public', 'diplomatic', 'team']),
};

/** Whether something of this scope is visible at this level. */
export function visibleAt(level: ReleaseLevel, scope: Scope): boolean {
  return VISIBLE[level].has(scope);
}

/** "Seoul delegate 2" (in the review's language): numbered by join order within each delegation. */
export function pseudonymsFor(people: readonly ReviewPerson[], delegationName: (id: string) => string, lang: Lang = DEFAULT_LANG): Map<string, string> {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const person of people) {
    const n = (counts.get(person.delegation) ?? 0) + 1;
    counts.set(person.delegation, n);
    names.set(person.seatId, reviewIn(lang, 'pseudonym', { delegation: delegationName(person.delegation), n }));
  }
  return names;
}

/** The review as the class sees it at a release level. Never returns more than the host's model holds. */
export function releaseReview(model: ReviewModel, choice: ReleaseChoice, lang: Lang = DEFAULT_LANG): ReviewModel {
  const { level } = choice;
  const ok = (x: { scope: Scope }) => visibleAt(level, x.scope);
  const delegationName = (id: string) => model.delegations.find((d) => d.id === id)?.name ?? id;
  const pseudonyms = choice.pseudonyms ? pseudonymsFor(model.people, delegationName, lang) : null;
  return {
    ...model,
    code: '',
    level,
    pseudonyms: choice.pseudonyms,
    delegations: model.delegations.map((d) => ({ ...d, privateBrief: level === 'team' ? d.privateBrief : null })),
    people: model.people.map((p) => ({ ...p, name: pseudonyms?.get(p.seatId) ?? p.name })),
    timeline: model.timeline.filter(ok),
    markers: model.markers.filter(ok),
    rounds: model.rounds.map((r) => ({
      ...r,
      news: r.news.filter(ok),
      moves: r.moves.filter(ok),
      meterChanges: r.meterChanges.filter(ok),
      settled: r.settled.filter(ok),
    })),
    commitments: model.commitments.filter(ok),
    offers: model.offers.filter(ok),
    participation: null,
    reflections: level === 'team' ? model.reflections : [],
  };
}
