// The session's timeline as a filterable list: round, delegation, channel and kind, with a count read out.
// Must not import Phaser or the SDK. Student text goes in as text nodes only.
import type { ReviewModel, TimelineItem } from '../../shared/transcript/review-types.ts';
import { TIMELINE_KINDS } from '../../shared/transcript/review-types.ts';
import { rt, term } from '../i18n/index.ts';
import { h, replace } from '../panels/dom.ts';

const PAGE = 300;

export interface TimelineFilter {
  round: string;
  delegation: string;
  channel: string;
  kind: string;
}

/** Whether an item passes the filter ('' = any). Channel 'none' picks items that are not messages. */
export function matches(item: TimelineItem, f: TimelineFilter): boolean {
  if (f.round !== '' && String(item.round) !== f.round) return false;
  if (f.delegation !== '' && item.delegation !== f.delegation && item.to !== f.delegation) return false;
  if (f.channel !== '' && (item.channel ?? 'none') !== f.channel) return false;
  if (f.kind !== '' && item.kind !== f.kind) return false;
  return true;
}

function select(
  id: string,
  label: string,
  options: [string, string][],
  onChange: () => void,
): { el: HTMLElement; control: HTMLSelectElement } {
  const control = h(
    'select',
    { id, onchange: onChange },
    ...options.map(([value, text]) => h('option', { value }, text)),
  );
  return { el: h('div', { class: 'field' }, h('label', { for: id }, label), control), control };
}

/** The timeline section body: filters, a live count, and the list (paged so long sessions stay quick). */
export function timeline(review: ReviewModel, onPick?: (item: TimelineItem) => void): HTMLElement {
  const people = new Map(review.people.map((p) => [p.seatId, p.name]));
  const dName = (id: string | null) => (id === null ? '' : (review.delegations.find((d) => d.id === id)?.name ?? id));
  const rounds = [...new Set(review.timeline.map((i) => i.round))].sort((a, b) => a - b);
  const kinds = TIMELINE_KINDS.filter((k) => review.timeline.some((i) => i.kind === k));
  const channels = (['public', 'diplomatic', 'team'] as const).filter((c) =>
    review.timeline.some((i) => i.channel === c),
  );
  let shown = PAGE;
  const update = () => {
    shown = PAGE;
    render();
  };
  const fRound = select(
    'tl-round',
    rt('tlRound'),
    [
      ['', rt('allRounds')],
      ...rounds.map((r): [string, string] => [String(r), r === 0 ? rt('beforeFirstRound') : rt('roundN', { n: r })]),
    ],
    update,
  );
  const fDel = select(
    'tl-delegation',
    rt('tlDelegation'),
    [['', rt('allDelegations')], ...review.delegations.map((d): [string, string] => [d.id, d.name])],
    update,
  );
  const fChan = select(
    'tl-channel',
    rt('tlChannel'),
    [
      ['', rt('allChannels')],
      ...channels.map((c): [string, string] => [c, term('channel', c)]),
      ['none', rt('notMessage')],
    ],
    update,
  );
  const fKind = select(
    'tl-kind',
    rt('tlKind'),
    [['', rt('allKinds')], ...kinds.map((k): [string, string] => [k, term('timeline', k)])],
    update,
  );
  const count = h('p', { class: 'tl-count', role: 'status', 'aria-live': 'polite' });
  // Rounds collapse (the latest open), so 220 entries read in a few screens instead of 20,000 px.
  const list = h('div', {
    class: 'timeline',
    role: 'group',
    'aria-label': rt('timeline'),
    'aria-describedby': 'tl-keys',
  });
  const hint = h('p', { class: 'hint', id: 'tl-keys' }, rt('tlKeysHint'));
  const more = h('button', { type: 'button', class: 'tl-more' }, rt('showMore'));
  more.addEventListener('click', () => {
    shown += PAGE;
    render();
  });

  const row = (item: TimelineItem): HTMLElement => {
    const who = item.seatId ? (people.get(item.seatId) ?? rt('aStudent')) : null;
    const route = item.to ? `${dName(item.delegation)} → ${dName(item.to)}` : dName(item.delegation);
    const label = item.kind === 'message' && item.channel ? term('channel', item.channel) : term('timeline', item.kind);
    const when = `${item.round === 0 ? rt('beforeR1') : rt('roundShort', { n: item.round })} · ${term('phase', item.phase)}`;
    const li = h(
      'li',
      {
        class: `tl-item kind-${item.kind}${item.channel ? ` channel-${item.channel}` : ''}`,
        'data-kind': item.kind,
        'data-seq': item.seq,
      },
      h('span', { class: 'tl-when' }, when),
      h('span', { class: 'tl-kind' }, label),
      route ? h('span', { class: 'tl-who' }, who ? `${who} (${route})` : route) : null,
      h('span', { class: 'tl-text' }, item.text),
      item.cause ? h('span', { class: 'tl-cause' }, item.cause) : null,
    );
    if (onPick) {
      // Each button says which moment it shows; only one is a Tab stop (arrow keys move between them).
      const name = `${rt('goToReplayTitle')}: ${when}, ${label}${route ? `, ${route}` : ''}: ${item.text.slice(0, 80)}`;
      const go = h(
        'button',
        { type: 'button', class: 'tl-go', 'aria-label': name, title: rt('goToReplayTitle'), tabindex: -1 },
        '⟲',
      );
      go.addEventListener('click', () => {
        setCurrent(go);
        onPick(item);
      });
      li.append(go);
    }
    return li;
  };

  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>('details[open] .tl-go')];
  function setCurrent(go: HTMLButtonElement | undefined): void {
    for (const b of list.querySelectorAll<HTMLButtonElement>('.tl-go')) b.tabIndex = -1;
    if (go) go.tabIndex = 0;
  }
  list.addEventListener('keydown', (e) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? at + 1
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? all.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const target = all[Math.max(0, Math.min(all.length - 1, next))];
    setCurrent(target);
    target?.focus();
  });
  list.addEventListener(
    'toggle',
    () => {
      if (!list.querySelector('.tl-go[tabindex="0"]') || !buttons().some((b) => b.tabIndex === 0))
        setCurrent(buttons()[0]);
    },
    true,
  );

  function render(): void {
    const f: TimelineFilter = {
      round: fRound.control.value,
      delegation: fDel.control.value,
      channel: fChan.control.value,
      kind: fKind.control.value,
    };
    const hits = review.timeline.filter((i) => matches(i, f));
    const page = hits.slice(0, shown);
    const byRound = new Map<number, TimelineItem[]>();
    for (const item of page) byRound.set(item.round, [...(byRound.get(item.round) ?? []), item]);
    const latest = Math.max(...byRound.keys());
    replace(
      list,
      ...[...byRound].map(([round, items]) =>
        h(
          'details',
          { class: 'tl-round', open: round === latest || byRound.size === 1 },
          h(
            'summary',
            {},
            rt('tlRoundGroup', {
              round: round === 0 ? rt('beforeFirstRound') : rt('roundN', { n: round }),
              n: items.length,
            }),
          ),
          h('ol', { class: 'tl-list' }, ...items.map(row)),
        ),
      ),
    );
    setCurrent(buttons()[0]);
    count.textContent = rt(hits.length > shown ? 'tlCountMore' : 'tlCount', {
      hits: hits.length,
      total: review.timeline.length,
      shown,
    });
    more.hidden = hits.length <= shown;
  }
  render();
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'row filters', role: 'group', 'aria-label': rt('filterGroup') },
      fRound.el,
      fDel.el,
      fChan.el,
      fKind.el,
    ),
    count,
    onPick ? hint : null,
    list,
    more,
  );
}
