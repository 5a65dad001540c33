// The debrief aids: per-round summaries with causes, promise against action, offers, participation,
// reflections and prompts. Plain DOM with real tables and headings. Must not import Phaser or the SDK.
import type { ReviewModel } from '../../shared/transcript/review-types.ts';
import { h } from '../panels/dom.ts';

const STAGE_LABEL = { describe: 'Describe', analyze: 'Analyze', transfer: 'Transfer', apply: 'Apply' } as const;

function names(review: ReviewModel) {
  const delegations = new Map(review.delegations.map((d) => [d.id, d.name]));
  const people = new Map(review.people.map((p) => [p.seatId, p.name]));
  return {
    d: (id: string | null) => (id === null ? '' : (delegations.get(id) ?? id)),
    p: (id: string | null) => (id === null ? '' : (people.get(id) ?? 'a student')),
  };
}

function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    'table',
    { class: 'data-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map(([first, ...rest]) => h('tr', {}, h('th', { scope: 'row' }, String(first)), ...rest.map((c) => h('td', {}, String(c)))))),
  );
}

/** One collapsible block per round: news, moves revealed, meter changes with causes, commitments judged. */
export function roundSummaries(review: ReviewModel): HTMLElement {
  if (review.rounds.length === 0) return h('p', {}, 'No round was played.');
  return h(
    'div',
    { class: 'rounds' },
    ...review.rounds.map((r) => {
      const list = (title: string, items: { text: string; cause: string | null }[]) =>
        items.length === 0 ? null : h('div', {}, h('h4', {}, title), h('ul', {}, ...items.map((i) => h('li', {}, i.text, i.cause ? h('span', { class: 'cause' }, ` — ${i.cause}`) : null))));
      return h(
        'details',
        { class: 'round', open: review.rounds.length <= 6 },
        h('summary', {}, h('h3', {}, `Round ${r.round}`), ` tension ${r.tensionBefore} → ${r.tensionAfter}`),
        list('News', r.news),
        list('Moves revealed', r.moves),
        list('Meter changes and their causes', r.meterChanges),
        list('Commitments judged', r.settled),
        r.news.length + r.moves.length + r.meterChanges.length + r.settled.length === 0 ? h('p', {}, 'Nothing visible changed this round.') : null,
      );
    }),
  );
}

/** Promise against action: each public pledge or warning and what became of it. */
export function commitmentsTable(review: ReviewModel): HTMLElement {
  const n = names(review);
  if (review.commitments.length === 0) return h('p', {}, 'Nobody made a public pledge or warning.');
  const status = (s: string) => (s === 'kept' ? 'Kept' : s === 'broken' ? 'Broken' : 'Never tested');
  return table(
    'Public pledges and warnings, and whether actions matched them',
    ['Round', 'Delegation', 'Who', 'Promise', 'Outcome', 'Why'],
    review.commitments.map((c) => [c.round, n.d(c.delegation), n.p(c.seatId), `${c.terms.kind}: “${c.text}”`, status(c.status), c.cause ?? '']),
  );
}

/** Conciliatory offers answered and ignored. */
export function offersTable(review: ReviewModel): HTMLElement {
  const n = names(review);
  if (review.offers.length === 0) return h('p', {}, 'No delegation made a conciliatory move aimed at another.');
  const fate = (o: ReviewModel['offers'][number]) =>
    o.status === 'answered' ? `Answered in round ${o.answeredRound} (${o.answerLabel ?? ''})` : o.status === 'ignored' ? 'Ignored' : 'Still open at the end';
  return table(
    'Conciliatory offers and the answers they got',
    ['Round', 'Offer', 'To', 'Move', 'Outcome', 'Rules’ note'],
    review.offers.map((o) => [o.round, n.d(o.offeredBy), n.d(o.to), o.label, fate(o), o.cause ?? '']),
  );
}

/** Each student's participation (host only). */
export function participationTable(review: ReviewModel): HTMLElement | null {
  if (!review.participation) return null;
  const n = names(review);
  return table(
    'Participation per student',
    ['Student', 'Delegation', 'Team messages', 'Diplomatic', 'Public', 'Proposals', 'Approvals', 'Reflections'],
    review.participation.map((p) => [n.p(p.seatId), n.d(p.delegation), p.messages.team, p.messages.diplomatic, p.messages.public, p.proposals, p.approvals, p.reflections]),
  );
}

/** Reflections students wrote, by round (host, or released at the team level). */
export function reflectionsList(review: ReviewModel): HTMLElement | null {
  if (review.reflections.length === 0) return null;
  const n = names(review);
  return h('ul', { class: 'reflections' }, ...review.reflections.map((r) => h('li', {}, h('strong', {}, `Round ${r.round}, ${n.p(r.seatId)} (${n.d(r.delegation)}): `), r.text, h('span', { class: 'cause' }, ` — ${r.prompt}`))));
}

/** The debrief prompts in Describe, Analyze, Transfer, Apply order. */
export function promptsList(review: ReviewModel): HTMLElement {
  if (review.prompts.length === 0) return h('p', {}, 'This scenario has no debrief prompts.');
  return h('ol', { class: 'prompts' }, ...review.prompts.map((p) => h('li', {}, h('strong', {}, `${STAGE_LABEL[p.stage]}: `), p.text)));
}

/** Final scores, if the session ended. */
export function scoresList(review: ReviewModel): HTMLElement | null {
  if (!review.scores) return null;
  return h('ul', { class: 'scores' }, ...review.delegations.map((d) => h('li', {}, `${d.name}: ${review.scores?.[d.id] ?? 0}`)));
}

/** Each delegation's public brief, and its private brief where this view may read it (host, or level 'team'). */
export function delegationsList(review: ReviewModel): HTMLElement {
  return h(
    'div',
    { class: 'delegations' },
    ...review.delegations.map((d) =>
      h(
        'article',
        { class: 'delegation' },
        h('h3', {}, d.name),
        h('p', {}, d.publicBrief),
        d.privateBrief ? h('p', { class: 'private-brief' }, h('strong', {}, 'Private brief: '), d.privateBrief) : null,
      ),
    ),
  );
}
