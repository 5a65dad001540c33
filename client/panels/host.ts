// The teacher's DOM panels: session controls, news injection, roster with per-seat actions, and who
// proposed and approved what. Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import type { HostIntent } from '../../shared/protocol/messages.ts';
import { fill, t } from '../i18n/index.ts';
import { delegationName, moveLabel, moveLine, rosterByDelegation, type RosterGroup } from '../state/view-models.ts';
import { field, h, handled, replace, section, setText, statusLine } from './dom.ts';
import { sendWithStatus, watch, type PanelContext } from './context.ts';

/**
 * Start, pause/resume (one toggle that keeps focus), extend, skip, end, lock, the crisis-hold choices, and the
 * review link once the session ended. A button that hides itself (Start) hands focus to the next control.
 */
export function hostControlsPanel(ctx: PanelContext, code = ''): HTMLElement {
  const status = statusLine();
  const act = (intent: HostIntent, done: string, confirmText?: string) => async () => {
    if (confirmText && !confirm(confirmText)) return;
    await sendWithStatus(ctx, intent, status, done);
  };
  const btn = (label: string, intent: HostIntent, cls: string, done: string, confirmText?: string) =>
    h('button', { type: 'button', class: cls, onclick: act(intent, done, confirmText) }, label);
  const start = btn(t('start'), { type: 'startSession' }, 'primary ctl-start', t('hostDoneStart'));
  const pause = h('button', { type: 'button', class: 'ctl-pause', 'aria-pressed': 'false' }, t('pause'));
  pause.addEventListener('click', () => {
    const paused = ctx.source.get().view?.clock.paused ?? false;
    void sendWithStatus(
      ctx,
      paused ? { type: 'resumeClock' } : { type: 'pauseClock' },
      status,
      paused ? t('hostDoneResume') : t('hostDonePause'),
    );
  });
  const extend = btn(t('extend'), { type: 'extendPhase', seconds: 60 }, 'ctl-extend', t('hostDoneExtend'));
  const skip = btn(t('skip'), { type: 'skipPhase' }, 'ctl-skip', t('hostDoneSkip'));
  const end = btn(t('end'), { type: 'endSession' }, 'danger ctl-end', t('hostDoneEnd'), t('confirmEnd'));
  const review = h('a', { class: 'ctl-review button primary', href: `/review/${code}`, hidden: true }, t('openReview'));
  const lock = h('button', { type: 'button', class: 'ctl-lock' });
  lock.addEventListener('click', () => {
    const locked = ctx.source.get().view?.joinsLocked ?? false;
    void sendWithStatus(
      ctx,
      { type: 'lockJoins', locked: !locked },
      status,
      locked ? t('hostDoneUnlock') : t('hostDoneLock'),
    );
  });
  const crisisResume = btn(
    t('resumeCrisis'),
    { type: 'resolveCrisisHold', outcome: 'resume' },
    'ctl-crisis-resume',
    t('hostDoneResume'),
  );
  const crisisEnd = btn(
    t('endCrisis'),
    { type: 'resolveCrisisHold', outcome: 'end' },
    'danger ctl-crisis-end',
    t('hostDoneEnd'),
  );
  const crisis = h(
    'div',
    { class: 'row crisis', role: 'group', 'aria-label': t('crisisHold') },
    h('p', {}, t('crisisHold')),
    crisisResume,
    crisisEnd,
  );

  watch(
    ctx.source,
    (s) => [s.view?.phase, s.view?.clock, s.view?.joinsLocked, s.view?.crisisHold],
    (s) => {
      const v = s.view;
      if (!v) return;
      const live = v.phase !== 'lobby' && v.phase !== 'ended';
      const hadFocus = document.activeElement;
      start.hidden = v.phase !== 'lobby';
      pause.hidden = !live;
      pause.textContent = v.clock.paused ? t('resume') : t('pause');
      pause.className = v.clock.paused ? 'ctl-pause ctl-resume' : 'ctl-pause';
      pause.setAttribute('aria-pressed', String(v.clock.paused));
      pause.disabled = live && !v.clock.paused && v.clock.endsAt === null;
      extend.disabled = !live;
      skip.disabled = !live;
      end.disabled = v.phase === 'ended';
      review.hidden = v.phase !== 'ended';
      lock.textContent = v.joinsLocked ? t('unlock') : t('lock');
      lock.setAttribute('aria-pressed', String(v.joinsLocked));
      crisis.hidden = !v.crisisHold;
      // Start (and End) hide or disable themselves: focus moves on to what the teacher needs next.
      if ((hadFocus === start && start.hidden) || (hadFocus === end && end.disabled))
        (v.phase === 'ended' ? review : pause.hidden ? skip : pause).focus();
    },
  );
  return section(
    t('controls'),
    'host-controls',
    h('div', { class: 'row buttons' }, start, pause, extend, skip, lock, end, review),
    crisis,
    status.el,
  );
}

/** Inject a scenario news item or a free headline. */
export function injectNewsPanel(ctx: PanelContext): HTMLElement {
  const pick = h('select', {});
  const headline = h('input', { type: 'text', maxlength: LIMITS.headlineMax });
  const status = statusLine();
  watch(
    ctx.source,
    (s) => [s.scenario],
    (s) => {
      replace(
        pick,
        h('option', { value: '' }, '—'),
        ...(s.scenario?.injectableNews ?? []).map((n) => h('option', { value: n.id }, n.headline)),
      );
    },
  );
  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const intent: HostIntent = headline.value.trim()
          ? { type: 'injectNews', headline: headline.value.trim() }
          : { type: 'injectNews', newsId: pick.value };
        if (!headline.value.trim() && !pick.value) return;
        if (await sendWithStatus(ctx, intent, status, t('hostDone'))) headline.value = '';
      },
    },
    field(t('headline'), pick),
    field(t('orHeadline'), headline),
    h('button', { type: 'submit' }, t('inject')),
    status.el,
  );
  return section(t('injectNews'), 'inject-news', form);
}

/** The extra time a teacher can give one student from the roster (percent of a phase's set length). */
const EXTRA_TIME_CHOICES = [0, 25, 50, 100] as const;

/**
 * Roster by delegation with connection status, and rename / move / extra time / remove per student. Updated seat by seat
 * (never rebuilt): an open editor, a name being typed and keyboard focus survive the class's activity, and a
 * student moved to another delegation takes their row (and focus) along.
 */
export function rosterPanel(ctx: PanelContext): HTMLElement {
  const body = h('div', { class: 'roster' });
  const empty = h('p', { class: 'empty' }, t('noStudents'));
  const status = statusLine();
  const groups = new Map<string, { el: HTMLElement; title: HTMLElement; list: HTMLUListElement }>();
  type SeatRow = RosterGroup['seats'][number] & {
    delegation: string;
    proposed: number;
    approved: number;
    /** Extra time in percent (an accommodation; the teacher's screen only). */
    extra: number;
  };

  const makeSeat = (seat: SeatRow): HTMLElement => {
    const rename = h('input', { type: 'text', maxlength: LIMITS.nameMax * 2, class: 'seat-rename', value: seat.name });
    const move = h('select', { class: 'seat-move' });
    const moveButton = h('button', { type: 'button', class: 'seat-move-go' }, t('reassign'));
    const extraId = `extra-${seat.id}`;
    const extra = h('select', { class: 'seat-extra', id: extraId, 'aria-describedby': `${extraId}-hint` });
    const extraButton = h('button', { type: 'button', class: 'seat-extra-go' }, t('extraTimeSave'));
    const li = h(
      'li',
      { class: 'seat', 'data-seat': seat.id },
      h('span', { class: 'presence', 'aria-hidden': 'true' }),
      h('strong', { class: 'seat-name' }),
      h('span', { class: 'conn-word' }),
      h('small', { class: 'seat-stats' }),
      h(
        'details',
        {},
        h('summary', {}),
        h(
          'div',
          { class: 'row' },
          rename,
          h(
            'button',
            {
              type: 'button',
              class: 'seat-rename-go',
              onclick: () =>
                void sendWithStatus(
                  ctx,
                  { type: 'renameSeat', seatId: seat.id, name: rename.value.trim() },
                  status,
                  t('hostDone'),
                ),
            },
            t('rename'),
          ),
        ),
        h('div', { class: 'row' }, move, moveButton),
        h(
          'div',
          { class: 'extra-time' },
          h(
            'div',
            { class: 'row' },
            h('label', { for: extraId, class: 'extra-label' }, t('extraTime')),
            extra,
            extraButton,
          ),
          h('small', { id: `${extraId}-hint`, class: 'hint' }, t('extraTimeHint')),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'danger seat-remove',
            onclick: () =>
              confirm(t('confirmRemove')) &&
              void sendWithStatus(ctx, { type: 'removeSeat', seatId: seat.id }, status, t('hostDone')),
          },
          t('remove'),
        ),
      ),
    );
    moveButton.addEventListener(
      'click',
      handled(async () => {
        if (
          await sendWithStatus(
            ctx,
            { type: 'reassignSeat', seatId: seat.id, delegation: move.value },
            status,
            t('hostDone'),
          )
        )
          moveButton.focus();
      }),
    );
    // Focus stays on the button that was pressed; the status line says it was saved and who sees it.
    extraButton.addEventListener(
      'click',
      handled(async () => {
        const percent = Number(extra.value);
        if (
          await sendWithStatus(ctx, { type: 'setExtraTime', seatId: seat.id, percent }, status, t('hostDoneExtraTime'))
        )
          extraButton.focus();
      }),
    );
    rename.addEventListener('input', () => (rename.dataset.dirty = 'true'));
    updateSeat(li, seat);
    return li;
  };
  const updateSeat = (li: HTMLElement, seat: SeatRow): void => {
    const presence = li.querySelector('.presence')!;
    presence.className = `presence ${seat.connected ? 'on' : 'off'}`;
    setText(presence, seat.connected ? '●' : '○');
    setText(li.querySelector('.seat-name')!, seat.name);
    setText(li.querySelector('.conn-word')!, ` ${seat.connected ? t('connected') : t('disconnected')}`);
    setText(
      li.querySelector('.seat-stats')!,
      ` · ${t('proposals')}: ${seat.proposed} · ${t('approvals')}: ${seat.approved}${
        seat.extra > 0 ? ` · ${fill(t('seatExtraTime'), { n: seat.extra })}` : ''
      }`,
    );
    setText(
      li.querySelector('summary')!,
      `${t('rename')} / ${t('reassign')} / ${t('extraTime')} / ${t('remove')}: ${seat.name}`,
    );
    const extra = li.querySelector<HTMLSelectElement>('.seat-extra')!;
    // A value set another way (the API, another tab) is listed too, so the control always shows the truth.
    const choices = [...new Set<number>([...EXTRA_TIME_CHOICES, seat.extra])].sort((a, b) => a - b);
    if ([...extra.options].map((o) => Number(o.value)).join() !== choices.join())
      replace(
        extra,
        ...choices.map((n) =>
          h('option', { value: n }, n === 0 ? t('extraTimeNone') : fill(t('extraTimePercent'), { n })),
        ),
      );
    if (document.activeElement !== extra) extra.value = String(seat.extra);
    extra.setAttribute('aria-label', `${t('extraTime')}: ${seat.name}`);
    li.querySelector('.seat-extra-go')!.setAttribute('aria-label', `${t('extraTimeSave')}: ${seat.name}`);
    const rename = li.querySelector<HTMLInputElement>('.seat-rename')!;
    // Never overwrite what the teacher is typing.
    if (document.activeElement !== rename && rename.dataset.dirty !== 'true') rename.value = seat.name;
    rename.setAttribute('aria-label', `${t('newName')}: ${seat.name}`);
    const move = li.querySelector<HTMLSelectElement>('.seat-move')!;
    move.setAttribute('aria-label', `${t('reassign')}: ${seat.name}`);
    const scenario = ctx.source.get().scenario;
    if (move.options.length !== (scenario?.delegations.length ?? 0))
      replace(move, ...(scenario?.delegations ?? []).map((d) => h('option', { value: d.id }, d.name)));
    if (document.activeElement !== move) move.value = seat.delegation;
    li.querySelector('.seat-move-go')!.setAttribute('aria-label', `${t('reassign')}: ${seat.name}`);
    li.querySelector('.seat-rename-go')!.setAttribute('aria-label', `${t('rename')}: ${seat.name}`);
    li.querySelector('.seat-remove')!.setAttribute('aria-label', `${t('remove')}: ${seat.name}`);
  };
  const rows = new Map<string, HTMLElement>();

  watch(
    ctx.source,
    (s) => [s.view?.seats, s.connected, s.scenario, s.view?.proposals, s.view?.round, s.view?.extraTime],
    (s) => {
      const view = s.view;
      if (!view) return;
      empty.hidden = view.seats.length > 0;
      body.hidden = view.seats.length === 0;
      for (const g of rosterByDelegation(view, s.scenario, s.connected)) {
        let group = groups.get(g.delegation);
        if (!group) {
          const title = h('h3', {});
          const list = h('ul', {});
          group = {
            el: h('div', { class: 'roster-group', style: `border-left-color:${g.color}` }, title, list),
            title,
            list,
          };
          groups.set(g.delegation, group);
          body.append(group.el);
        }
        setText(group.title, `${g.name} (${g.seats.length})`);
        const seats: SeatRow[] = g.seats.map((seat) => ({
          ...seat,
          delegation: g.delegation,
          proposed: view.proposals.filter((p) => p.round === view.round && p.seatId === seat.id).length,
          approved: view.proposals.filter((p) => p.round === view.round && p.approvals.includes(seat.id)).length,
          extra: view.extraTime?.[seat.id]?.percent ?? 0,
        }));
        // A row moving between groups is the same element, so its open editor and focus go with it.
        for (const seat of seats) {
          const li = rows.get(seat.id);
          if (li && li.parentElement !== group.list) {
            const focused = li.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
            group.list.append(li);
            focused?.focus();
          }
        }
        syncGroup(group.list, seats);
      }
      for (const [id, li] of rows) {
        if (view.seats.some((x) => x.id === id)) continue;
        li.remove();
        rows.delete(id);
      }
    },
  );
  function syncGroup(list: HTMLUListElement, seats: SeatRow[]): void {
    let ref: ChildNode | null = list.firstChild;
    const ids = new Set(seats.map((x) => x.id));
    for (const seat of seats) {
      let li = rows.get(seat.id);
      if (!li) {
        li = makeSeat(seat);
        rows.set(seat.id, li);
      } else updateSeat(li, seat);
      if (li === ref) ref = ref.nextSibling;
      else list.insertBefore(li, ref);
    }
    for (const child of [...list.children]) if (!ids.has((child as HTMLElement).dataset.seat ?? '')) child.remove();
  }
  return section(t('roster'), 'roster-panel', empty, body, status.el);
}

/** Every delegation's proposals this round: who proposed, who approved, and locked moves. */
export function proposalsOverviewPanel(ctx: PanelContext): HTMLElement {
  const body = h('div', { class: 'overview' });
  watch(
    ctx.source,
    (s) => [s.view?.proposals, s.view?.pendingMoves, s.view?.round, s.view?.seats, s.scenario],
    (s) => {
      const view = s.view;
      if (!view) return;
      const nameOf = (id: string) => view.seats.find((x) => x.id === id)?.name ?? id;
      const ids = s.scenario?.delegations.map((d) => d.id) ?? [];
      replace(
        body,
        ...ids.map((d) => {
          const props = view.proposals.filter((p) => p.round === view.round && p.delegation === d);
          const locked = view.pendingMoves.filter((m) => m.delegation === d);
          return h(
            'div',
            { class: 'overview-group' },
            h('h3', {}, delegationName(s.scenario, d)),
            locked.length
              ? h(
                  'p',
                  { class: 'locked-move' },
                  `${t('lockedMove')}: ${locked.map((m) => moveLine(s.scenario, m)).join('; ')}`,
                )
              : null,
            props.length
              ? h(
                  'ul',
                  {},
                  ...props.map((p) =>
                    h(
                      'li',
                      {},
                      h('strong', {}, moveLabel(s.scenario, d, p.moveId)),
                      ` — ${nameOf(p.seatId)}: “${p.rationale}” · ${t('approvals')}: ${p.approvals.map(nameOf).join(', ') || '0'}`,
                    ),
                  ),
                )
              : h('p', { class: 'empty' }, t('noProposals')),
          );
        }),
      );
    },
  );
  return section(t('proposals'), 'proposals-overview', body);
}
