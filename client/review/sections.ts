// The debrief aids: per-round summaries with causes, promise against action, offers, participation,
// reflections and prompts. Plain DOM with real tables and headings. Must not import Phaser or the SDK.
import type { ReviewModel } from '../../shared/transcript/review-types.ts';
import { rt, term } from '../i18n/index.ts';
import { h } from '../panels/dom.ts';

function names(review: ReviewModel) {
  const delegations = new Map(review.delegations.map((d) => [d.id, d.name]));
  const people = new Map(review.people.map((p) => [p.seatId, p.name]));
  return {
    d: (id: string | null) => (id === null ? '' : (delegations.get(id) ?? id)),
    p: (id: string | null) => (id === null ? '' : (people.get(id) ?? rt('aStudent'))),
  };
}

/** A table in its own labelled, focusable scroll box: a wide table scrolls itself, never the whole page. */
function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 },
    bareTable(caption, head, rows),
  );
}

function bareTable(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    'table',
    { class: 'data-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) =>
        h('tr', {}, h('th', { scope: 'row' }, String(first)), ...rest.map((c) => h('td', {}, String(c)))),
      ),
    ),
  );
}

/** One collapsible block per round: news, moves revealed, meter changes with causes, commitments judged. */
export function roundSummaries(review: ReviewModel): HTMLElement {
  if (review.rounds.length === 0) return h('p', {}, rt('noRounds'));
  return h(
    'div',
    { class: 'rounds' },
    ...review.rounds.map((r) => {
      const list = (title: string, items: { text: string; cause: string | null }[]) =>
        items.length === 0
          ? null
          : h(
              'div',
              {},
              h('h4', {}, title),
              h(
                'ul',
                {},
                ...items.map((i) =>
                  h('li', {}, i.text, i.cause ? h('span', { class: 'cause' }, ` — ${i.cause}`) : null),
                ),
              ),
            );
      return h(
        'details',
        { class: 'round', open: review.rounds.length <= 6 },
        h(
          'summary',
          {},
          h('h3', {}, rt('roundN', { n: r.round })),
          ` ${rt('roundTension', { before: r.tensionBefore, after: r.tensionAfter })}`,
        ),
        list(rt('listNews'), r.news),
        list(rt('listMoves'), r.moves),
        list(rt('listMeters'), r.meterChanges),
        list(rt('listSettled'), r.settled),
        r.news.length + r.moves.length + r.meterChanges.length + r.settled.length === 0
          ? h('p', {}, rt('nothingChanged'))
          : null,
      );
    }),
  );
}

/** Promise against action: each public pledge or warning and what became of it. */
export function commitmentsTable(review: ReviewModel): HTMLElement {
  const n = names(review);
  if (review.commitments.length === 0) return h('p', {}, rt('noCommitments'));
  return table(
    rt('commitmentsCaption'),
    [rt('colRound'), rt('colDelegation'), rt('colWho'), rt('colPromise'), rt('colOutcome'), rt('colWhy')],
    review.commitments.map((c) => [
      c.round,
      n.d(c.delegation),
      n.p(c.seatId),
      `${term('commitment', c.terms.kind)}: “${c.text}”`,
      term('commitmentStatus', c.status),
      c.cause ?? '',
    ]),
  );
}

/** Conciliatory offers answered and ignored. */
export function offersTable(review: ReviewModel): HTMLElement {
  const n = names(review);
  if (review.offers.length === 0) return h('p', {}, rt('noOffers'));
  const fate = (o: ReviewModel['offers'][number]) =>
    o.status === 'answered'
      ? rt('offerAnswered', { round: o.answeredRound ?? '', label: o.answerLabel ?? '' })
      : rt(o.status === 'ignored' ? 'offerIgnored' : 'offerOpen');
  return table(
    rt('offersCaption'),
    [rt('colRound'), rt('colOffer'), rt('colTo'), rt('colMove'), rt('colOutcome'), rt('colNote')],
    review.offers.map((o) => [o.round, n.d(o.offeredBy), n.d(o.to), o.label, fate(o), o.cause ?? '']),
  );
}

/** Each student's participation (host only). */
export function participationTable(review: ReviewModel): HTMLElement | null {
  if (!review.participation) return null;
  const n = names(review);
  return table(
    rt('participationCaption'),
    [
      rt('colStudent'),
      rt('colDelegation'),
      rt('colTeam'),
      rt('colDiplomatic'),
      rt('colPublic'),
      rt('colProposals'),
      rt('colApprovals'),
      rt('colReflections'),
    ],
    review.participation.map((p) => [
      n.p(p.seatId),
      n.d(p.delegation),
      p.messages.team,
      p.messages.diplomatic,
      p.messages.public,
      p.proposals,
      p.approvals,
      p.reflections,
    ]),
  );
}

/** Reflections students wrote, by round (host, or released at the team level). */
export function reflectionsList(review: ReviewModel): HTMLElement | null {
  if (review.reflections.length === 0) return null;
  const n = names(review);
  return h(
    'ul',
    { class: 'reflections' },
    ...review.reflections.map((r) =>
      h(
        'li',
        {},
        h('strong', {}, rt('reflectionBy', { round: r.round, name: n.p(r.seatId), delegation: n.d(r.delegation) })),
        r.text,
        h('span', { class: 'cause' }, ` — ${r.prompt}`),
      ),
    ),
  );
}

/** The debrief prompts in Describe, Analyze, Transfer, Apply order. */
export function promptsList(review: ReviewModel): HTMLElement {
  if (review.prompts.length === 0) return h('p', {}, rt('noPrompts'));
  return h(
    'ol',
    { class: 'prompts' },
    ...review.prompts.map((p) => h('li', {}, h('strong', {}, `${term('stage', p.stage)}: `), p.text)),
  );
}

/** Final scores, if the session ended. */
export function scoresList(review: ReviewModel): HTMLElement | null {
  if (!review.scores) return null;
  return h(
    'ul',
    { class: 'scores' },
    ...review.delegations.map((d) => h('li', {}, `${d.name}: ${review.scores?.[d.id] ?? 0}`)),
  );
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
        d.privateBrief ? h('p', { class: 'private-brief' }, h('strong', {}, rt('privateBrief')), d.privateBrief) : null,
      ),
    ),
  );
}
