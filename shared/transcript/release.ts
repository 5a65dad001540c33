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
// | private briefs (opt-in: `briefs`)          |   -    |     -      | yes  |
// | reflections (opt-in: `reflections`)        |   -    |     -      | yes  |
// | per-student participation tally            |   -    |     -      |  -   |
// Meters are shown with their true values at every level: the debrief is where misperception is revealed.
// Reflections were written to the teacher and briefs are each team's own: they are released only when the teacher
// opts in for each, at level 'team'. The join code is left out of every release. With pseudonyms, every name
// becomes "<Delegation> delegate <n>", numbered by join order within the delegation, and every seat id becomes an id
// made for the release (the live ones were in roster frames students saw); students' own words are never rewritten.
// The released model is built field by field from allow-lists: a new review field fails to compile until it has a rule.
// No global `seq` is released (its gaps would count other teams' hidden commands): every seq becomes a position
// among the released items (the n-th distinct moment shown), every item id `<position>.<index among those shown>`,
// so a release is identical whether or not anyone acted out of its sight. The host's own review keeps seq.
import { DEFAULT_LANG, reviewIn, type Lang } from '../i18n/index.ts';
import type {
  CommitmentReview,
  ReleaseLevel,
  ReviewDelegation,
  ReviewModel,
  ReviewPerson,
  RoundSummary,
  Scope,
  TimelineItem,
} from './review-types.ts';

export type { ReleaseLevel } from './review-types.ts';

export const RELEASE_LEVELS: readonly ReleaseLevel[] = ['public', 'diplomatic', 'team'];

/** What the teacher chose: the level, whether nicknames become pseudonyms, and the two opt-ins (default off). */
export interface ReleaseChoice {
  level: ReleaseLevel;
  pseudonyms: boolean;
  /** Students' reflections (written to the teacher); only at level 'team'. */
  reflections?: boolean;
  /** Each delegation's private brief; only at level 'team'. */
  briefs?: boolean;
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
export function pseudonymsFor(
  people: readonly ReviewPerson[],
  delegationName: (id: string) => string,
  lang: Lang = DEFAULT_LANG,
): Map<string, string> {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const person of people) {
    const n = (counts.get(person.delegation) ?? 0) + 1;
    counts.set(person.delegation, n);
    names.set(person.seatId, reviewIn(lang, 'pseudonym', { delegation: delegationName(person.delegation), n }));
  }
  return names;
}

/** What every rule may consult while building one release. */
interface Ctx {
  level: ReleaseLevel;
  choice: ReleaseChoice;
  /** Live seat id → the id made for this release (identity without pseudonyms). */
  seat: (id: string) => string;
  name: (person: ReviewPerson) => string;
  /** Whether a reflection timeline item (or the reflections list) may be released. */
  reflections: boolean;
  /** A host seq → how many distinct seqs of released items are at or before it. */
  position: (seq: number) => number;
  /** A released item's host id → its id in the release. */
  itemId: (id: string) => string;
}

/** One rule per field, none forgotten: `-?` makes optional fields count too. */
type Rules<T> = { [K in keyof T]-?: (value: T[K], ctx: Ctx) => T[K] };

const keep = <V>(value: V): V => value;

/** Builds a copy holding only the fields the rules name, each passed through its rule. */
function build<T extends object>(rules: Rules<T>, value: T, ctx: Ctx): T {
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const [key, rule] of Object.entries(rules) as [string, (v: unknown, c: Ctx) => unknown][]) {
    if (!(key in source)) continue; // an optional field this value does not have
    out[key] = rule(source[key], ctx);
  }
  return out as T;
}

const position = (seq: number, ctx: Ctx) => ctx.position(seq);

const ITEM: Rules<TimelineItem> = {
  id: (id, ctx) => ctx.itemId(id),
  seq: position,
  round: keep,
  phase: keep,
  at: keep,
  kind: keep,
  delegation: keep,
  to: keep,
  channel: keep,
  seatId: (id, ctx) => (id === null ? null : ctx.seat(id)),
  text: keep,
  cause: keep,
  // The cause as data: on the same item, under the same scope as its words.
  why: keep,
  scope: keep,
  move: keep,
  meter: keep,
  commitment: keep,
};

const itemVisible = (item: TimelineItem, ctx: Pick<Ctx, 'level' | 'reflections'>) =>
  visibleAt(ctx.level, item.scope) && (item.kind !== 'reflection' || ctx.reflections);
const items = (list: TimelineItem[], ctx: Ctx) =>
  list.filter((i) => itemVisible(i, ctx)).map((i) => build(ITEM, i, ctx));
const scoped = <T extends { scope: Scope }>(list: T[], ctx: Ctx) => list.filter((x) => visibleAt(ctx.level, x.scope));

const DELEGATION: Rules<ReviewDelegation> = {
  id: keep,
  name: keep,
  color: keep,
  publicBrief: keep,
  privateBrief: (brief, ctx) => (ctx.level === 'team' && ctx.choice.briefs === true ? brief : null),
};

const PERSON: Rules<ReviewPerson> = {
  seatId: (id, ctx) => ctx.seat(id),
  name: keep, // replaced below from the whole person
  delegation: keep,
  removed: keep,
};

const ROUND: Rules<RoundSummary> = {
  round: keep,
  fromSeq: position,
  toSeq: position,
  news: items,
  moves: items,
  meterChanges: items,
  settled: items,
  tensionBefore: keep,
  tensionAfter: keep,
};

const COMMITMENT: Rules<CommitmentReview> = {
  id: keep,
  delegation: keep,
  seatId: (id, ctx) => (id === null ? null : ctx.seat(id)),
  terms: keep,
  text: keep,
  round: keep,
  status: keep,
  settledRound: keep,
  cause: keep,
  scope: keep,
};

type Reflection = ReviewModel['reflections'][number];
const REFLECTION: Rules<Reflection> = {
  round: keep,
  seatId: (id, ctx) => ctx.seat(id),
  delegation: keep,
  prompt: keep,
  text: keep,
};

const MODEL: Rules<ReviewModel> = {
  reviewVersion: keep,
  code: () => '',
  scenario: keep,
  level: (_level, ctx) => ctx.level,
  pseudonyms: (_p, ctx) => ctx.choice.pseudonyms,
  createdAt: keep,
  roundsPlayed: keep,
  ended: keep,
  lastSeq: position,
  delegations: (list, ctx) => list.map((d) => build(DELEGATION, d, ctx)),
  people: (list, ctx) => list.map((p) => ({ ...build(PERSON, p, ctx), name: ctx.name(p) })),
  timeline: items,
  series: (list, ctx) => list.map((point) => ({ ...point, seq: ctx.position(point.seq) })),
  markers: (list, ctx) => scoped(list, ctx).map((marker) => ({ ...marker, seq: ctx.position(marker.seq) })),
  rounds: (list, ctx) => list.map((r) => build(ROUND, r, ctx)),
  commitments: (list, ctx) => scoped(list, ctx).map((c) => build(COMMITMENT, c, ctx)),
  offers: scoped,
  participation: () => null,
  reflections: (list, ctx) => (ctx.reflections ? list.map((r) => build(REFLECTION, r, ctx)) : []),
  prompts: keep,
  scores: keep,
  finalMeters: keep,
};

/** The review as the class sees it at a release level. Never returns more than the host's model holds. */
export function releaseReview(model: ReviewModel, choice: ReleaseChoice, lang: Lang = DEFAULT_LANG): ReviewModel {
  const delegationName = (id: string) => model.delegations.find((d) => d.id === id)?.name ?? id;
  const pseudonyms = choice.pseudonyms ? pseudonymsFor(model.people, delegationName, lang) : null;
  // Ids made for this release, in join order: nothing ties them to the ids students saw during play.
  const releaseIds = new Map(model.people.map((p, i) => [p.seatId, `student-${i + 1}`]));
  const reflections = choice.level === 'team' && choice.reflections === true;
  const shown = (item: TimelineItem) => itemVisible(item, { level: choice.level, reflections });
  const released = [model.timeline, ...model.rounds.flatMap((r) => [r.news, r.moves, r.meterChanges, r.settled])]
    .flat()
    .filter(shown);
  const seqs = [...new Set(released.map((item) => item.seq))].sort((a, b) => a - b);
  const ids = new Map<string, string>();
  const perSeq = new Map<number, number>();
  for (const item of released) {
    if (ids.has(item.id)) continue;
    const index = perSeq.get(item.seq) ?? 0;
    perSeq.set(item.seq, index + 1);
    ids.set(item.id, `${atOrBefore(seqs, item.seq)}.${index}`);
  }
  const ctx: Ctx = {
    level: choice.level,
    choice,
    seat: (id) => (pseudonyms ? (releaseIds.get(id) ?? 'student-?') : id),
    name: (person) => pseudonyms?.get(person.seatId) ?? person.name,
    reflections,
    position: (seq) => atOrBefore(seqs, seq),
    itemId: (id) => ids.get(id) ?? '?',
  };
  return build(MODEL, model, ctx);
}

/** How many of the sorted `seqs` are ≤ `seq` (binary search: a long session releases thousands of items). */
function atOrBefore(seqs: readonly number[], seq: number): number {
  let lo = 0;
  let hi = seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seqs[mid]! <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
