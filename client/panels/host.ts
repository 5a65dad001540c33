// The teacher's DOM panels: session controls, news injection, roster with per-seat actions, and who
// proposed and approved what. Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import type { HostIntent } from '../../shared/protocol/messages.ts';
import { t } from '../i18n/index.ts';
import { delegationName, moveLabel, moveLine, rosterByDelegation } from '../state/view-models.ts';
import { field, h, replace, section, statusLine } from './dom.ts';
import { sendWithStatus, watch, type PanelContext } from './context.ts';

/** Start, pause, resume, extend, skip, end, lock, and the crisis-hold choices. */
export function hostControlsPanel(ctx: PanelContext): HTMLElement {
  const status = statusLine();
  const act = (intent: HostIntent, confirmText?: string) => () => {
    if (confirmText && !confirm(confirmText)) return;
    void sendWithStatus(ctx, intent, status, '✓');
  };
  const btn = (label: string, intent: HostIntent, cls: string, confirmText?: string) => h('button', { type: 'button', class: cls, onclick: act(intent, confirmText) }, label);
  const start = btn(t('start'), { type: 'startSession' }, 'primary ctl-start');
  const pause = btn(t('pause'), { type: 'pauseClock' }, 'ctl-pause');
  const resume = btn(t('resume'), { type: 'resumeClock' }, 'ctl-resume');
  const extend = btn(t('extend'), { type: 'extendPhase', seconds: 60 }, 'ctl-extend');
  const skip = btn(t('skip'), { type: 'skipPhase' }, 'ctl-skip');
  const end = btn(t('end'), { type: 'endSession' }, 'danger ctl-end', t('confirmEnd'));
  const lock = h('button', { type: 'button', class: 'ctl-lock' });
  lock.addEventListener('click', () => {
    const locked = ctx.source.get().view?.joinsLocked ?? false;
    void sendWithStatus(ctx, { type: 'lockJoins', locked: !locked }, status, '✓');
  });
  const crisisResume = btn(t('resumeCrisis'), { type: 'resolveCrisisHold', outcome: 'resume' }, 'ctl-crisis-resume');
  const crisisEnd = btn(t('endCrisis'), { type: 'resolveCrisisHold', outcome: 'end' }, 'danger ctl-crisis-end');
  const crisis = h('div', { class: 'row crisis', role: 'group', 'aria-label': t('crisisHold') }, h('p', {}, t('crisisHold')), crisisResume, crisisEnd);

  watch(ctx.source, (s) => [s.view?.phase, s.view?.clock, s.view?.joinsLocked, s.view?.crisisHold], (s) => {
    const v = s.view;
    if (!v) return;
    const live = v.phase !== 'lobby' && v.phase !== 'ended';
    start.hidden = v.phase !== 'lobby';
    pause.hidden = !live || v.clock.paused;
    resume.hidden = !live || !v.clock.paused;
    extend.disabled = !live;
    skip.disabled = !live;
    end.disabled = v.phase === 'ended';
    lock.textContent = v.joinsLocked ? t('unlock') : t('lock');
    lock.setAttribute('aria-pressed', String(v.joinsLocked));
    crisis.hidden = !v.crisisHold;
  });
  return section(t('controls'), 'host-controls', h('div', { class: 'row buttons' }, start, pause, resume, extend, skip, lock, end), crisis, status.el);
}

/** Inject a scenario news item or a free headline. */
export function injectNewsPanel(ctx: PanelContext): HTMLElement {
  const pick = h('select', {});
  const headline = h('input', { type: 'text', maxlength: LIMITS.headlineMax });
  const status = statusLine();
  watch(ctx.source, (s) => [s.scenario], (s) => {
    replace(pick, h('option', { value: '' }, '—'), ...(s.scenario?.injectableNews ?? []).map((n) => h('option', { value: n.id }, n.headline)));
  });
  const form = h(
    'form',
    { class: 'compose', onsubmit: async (e: Event) => {
      e.preventDefault();
      const intent: HostIntent = headline.value.trim() ? { type: 'injectNews', headline: headline.value.trim() } : { type: 'injectNews', newsId: pick.value };
      if (!headline.value.trim() && !pick.value) return;
      if (await sendWithStatus(ctx, intent, status, '✓')) headline.value = '';
    } },
    field(t('headline'), pick),
    field(t('orHeadline'), headline),
    h('button', { type: 'submit' }, t('inject')),
    status.el,
  );
  return section(t('injectNews'), 'inject-news', form);
}

/** Roster by delegation with connection status, and rename / move / remove per student. */
export function rosterPanel(ctx: PanelContext): HTMLElement {
  const body = h('div', { class: 'roster' });
  const status = statusLine();
  watch(ctx.source, (s) => [s.view?.seats, s.connected, s.scenario, s.view?.proposals, s.view?.round], (s) => {
    const view = s.view;
    if (!view) return;
    if (!view.seats.length) return replace(body, h('p', { class: 'empty' }, t('noStudents')));
    const groups = rosterByDelegation(view, s.scenario, s.connected);
    replace(body, ...groups.map((g) =>
      h(
        'div',
        { class: 'roster-group', style: `border-left-color:${g.color}` },
        h('h3', {}, `${g.name} (${g.seats.length})`),
        h('ul', {}, ...g.seats.map((seat) => {
          const rename = h('input', { type: 'text', maxlength: 24, 'aria-label': `${t('newName')}: ${seat.name}`, value: seat.name });
          const move = h('select', { 'aria-label': `${t('reassign')}: ${seat.name}` }, ...(s.scenario?.delegations ?? []).map((d) => h('option', { value: d.id, selected: d.id === g.delegation }, d.name)));
          const proposed = view.proposals.filter((p) => p.round === view.round && p.seatId === seat.id).length;
          const approved = view.proposals.filter((p) => p.round === view.round && p.approvals.includes(seat.id)).length;
          return h(
            'li',
            { class: 'seat', 'data-seat': seat.id },
            h('span', { class: `presence ${seat.connected ? 'on' : 'off'}`, 'aria-hidden': 'true' }, seat.connected ? '●' : '○'),
            h('strong', {}, seat.name),
            h('span', { class: 'conn-word' }, ` ${seat.connected ? t('connected') : t('disconnected')}`),
            h('small', {}, ` · ${t('proposals')}: ${proposed} · ${t('approvals')}: ${approved}`),
            h(
              'details',
              {},
              h('summary', {}, `${t('rename')} / ${t('reassign')} / ${t('remove')}`),
              h('div', { class: 'row' }, rename, h('button', { type: 'button', onclick: () => void sendWithStatus(ctx, { type: 'renameSeat', seatId: seat.id, name: rename.value.trim() }, status, '✓') }, t('rename'))),
              h('div', { class: 'row' }, move, h('button', { type: 'button', onclick: () => void sendWithStatus(ctx, { type: 'reassignSeat', seatId: seat.id, delegation: move.value }, status, '✓') }, t('reassign'))),
              h('button', { type: 'button', class: 'danger', onclick: () => confirm(t('confirmRemove')) && void sendWithStatus(ctx, { type: 'removeSeat', seatId: seat.id }, status, '✓') }, t('remove')),
            ),
          );
        })),
      ),
    ));
  });
  return section(t('roster'), 'roster-panel', body, status.el);
}

/** Every delegation's proposals this round: who proposed, who approved, and locked moves. */
export function proposalsOverviewPanel(ctx: PanelContext): HTMLElement {
  const body = h('div', { class: 'overview' });
  watch(ctx.source, (s) => [s.view?.proposals, s.view?.pendingMoves, s.view?.round, s.view?.seats, s.scenario], (s) => {
    const view = s.view;
    if (!view) return;
    const nameOf = (id: string) => view.seats.find((x) => x.id === id)?.name ?? id;
    const ids = s.scenario?.delegations.map((d) => d.id) ?? [];
    replace(body, ...ids.map((d) => {
      const props = view.proposals.filter((p) => p.round === view.round && p.delegation === d);
      const locked = view.pendingMoves.filter((m) => m.delegation === d);
      return h(
        'div',
        { class: 'overview-group' },
        h('h3', {}, delegationName(s.scenario, d)),
        locked.length ? h('p', { class: 'locked-move' }, `${t('lockedMove')}: ${locked.map((m) => moveLine(s.scenario, m)).join('; ')}`) : null,
        props.length
          ? h('ul', {}, ...props.map((p) => h('li', {}, h('strong', {}, moveLabel(s.scenario, d, p.moveId)), ` — ${nameOf(p.seatId)}: “${p.rationale}” · ${t('approvals')}: ${p.approvals.map(nameOf).join(', ') || '0'}`)))
          : h('p', { class: 'empty' }, t('noProposals')),
      );
    }));
  });
  return section(t('proposals'), 'proposals-overview', body);
}
