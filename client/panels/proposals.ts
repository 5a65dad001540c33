// DOM panels for deciding: propose a move with a rationale, approve teammates' proposals, and read the
// move list (category and what each move tends to do). Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import type { MoveSpec } from '../../shared/scenario/types.ts';
import { t, term } from '../i18n/index.ts';
import { authorName, delegationName, moveLabel, moveLine, movesFor, proposalTallies } from '../state/view-models.ts';
import { field, h, replace, section, setText, statusLine, syncList } from './dom.ts';
import { gateForm, gateReason } from './now.ts';
import { sendWithStatus, watch, type PanelContext } from './context.ts';

/** Proposals of the viewer's delegation this round, with approve/withdraw, and the propose form. */
export function proposalsPanel(ctx: PanelContext): HTMLElement {
  const move = h('select', { required: true });
  const why = h('p', { class: 'hint move-why', 'aria-live': 'polite' });
  const target = h('select', {});
  const targetField = field(t('target'), target);
  const rationale = h('input', { type: 'text', maxlength: LIMITS.rationaleMax, required: true });
  const status = statusLine();
  let moves: MoveSpec[] = [];

  const syncMove = () => {
    const spec = moves.find((m) => m.id === move.value);
    replace(why, spec ? `${term('category', spec.category)}: ${spec.why}` : '');
    const fixed = spec?.target.kind === 'fixed' ? spec.target.delegation : null;
    targetField.hidden = spec?.target.kind !== 'choose';
    target.required = spec?.target.kind === 'choose';
    if (fixed) target.value = fixed;
  };
  move.addEventListener('change', syncMove);

  watch(
    ctx.source,
    (s) => [s.scenario, s.view?.you?.delegation],
    (s) => {
      const own = s.view?.you?.delegation;
      if (!own) return;
      moves = movesFor(s.scenario, own);
      const keep = move.value;
      replace(move, ...moves.map((m) => h('option', { value: m.id }, `${m.label} (${term('category', m.category)})`)));
      if (moves.some((m) => m.id === keep)) move.value = keep;
      replace(
        target,
        ...(s.scenario?.delegations ?? []).filter((d) => d.id !== own).map((d) => h('option', { value: d.id }, d.name)),
      );
      syncMove();
    },
  );

  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const spec = moves.find((m) => m.id === move.value);
        const chosen =
          spec?.target.kind === 'choose' ? target.value : spec?.target.kind === 'fixed' ? spec.target.delegation : null;
        if (
          await sendWithStatus(
            ctx,
            { type: 'proposeMove', moveId: move.value, target: chosen, rationale: rationale.value.trim() },
            status,
          )
        )
          rationale.value = '';
      },
    },
    field(t('move'), move),
    why,
    targetField,
    field(t('rationale'), rationale),
    h('button', { type: 'submit' }, t('propose')),
    status.el,
  );

  gateForm(ctx, form, 'proposeMove');
  // Keyed items: an Approve button stays the same element when it turns into Withdraw (and when a teammate
  // proposes or approves), so keyboard focus stays on it instead of dropping to the page.
  const list = h('ol', { class: 'proposal-list' });
  const listStatus = statusLine();
  type Row = ReturnType<typeof proposalTallies>[number];
  const rows = new Map<string, { approvedByMe: boolean }>();
  const describe = (r: Row) => {
    const view = ctx.source.get().view;
    const scenario = ctx.source.get().scenario;
    const p = r.proposal;
    const targetText = p.target ? ` → ${delegationName(scenario, p.target)}` : '';
    const by = view ? authorName(view, scenario, p.seatId, p.delegation) : p.seatId;
    return { title: `${moveLabel(scenario, p.delegation, p.moveId)}${targetText}`, by };
  };
  const make = (r: Row) => {
    const button = h('button', { type: 'button' });
    button.addEventListener('click', () => {
      const mine = rows.get(r.proposal.id)?.approvedByMe ?? false;
      void sendWithStatus(
        ctx,
        mine
          ? { type: 'withdrawApproval', proposalId: r.proposal.id }
          : { type: 'approveProposal', proposalId: r.proposal.id },
        listStatus,
      );
    });
    const li = h(
      'li',
      { class: 'proposal', 'data-id': r.proposal.id },
      h('strong', { class: 'p-title' }),
      h('span', { class: 'badge leading', hidden: true }, t('leading')),
      h('span', { class: 'tally' }),
      h('div', { class: 'rationale' }),
      button,
    );
    update(li, r);
    return li;
  };
  const update = (li: HTMLElement, r: Row) => {
    const { title, by } = describe(r);
    rows.set(r.proposal.id, { approvedByMe: r.approvedByMe });
    li.classList.toggle('leading', r.leading);
    setText(li.querySelector('.p-title')!, title);
    (li.querySelector('.badge.leading') as HTMLElement).hidden = !r.leading;
    setText(li.querySelector('.tally')!, ` ${r.count} ${t('approvals')}`);
    setText(li.querySelector('.rationale')!, `“${r.proposal.rationale}” — ${t('proposedBy')} ${by}`);
    const button = li.querySelector('button')!;
    const label = r.approvedByMe ? t('withdraw') : t('approve');
    setText(button, label);
    button.className = r.approvedByMe ? 'withdraw' : 'approve';
    button.setAttribute('aria-label', `${label}: ${title} (${by})`);
    button.setAttribute('aria-pressed', String(r.approvedByMe));
    const why = gateReason('approveProposal', ctx.source.get());
    button.disabled = why !== null;
    button.title = why ?? '';
  };
  watch(
    ctx.source,
    (s) => [s.view?.proposals, s.view?.round, s.scenario, s.view?.phase, s.view?.clock.paused, s.view?.crisisHold],
    (s) => {
      const view = s.view;
      const own = view?.you?.delegation;
      if (!view || !own) return;
      syncList(
        list,
        proposalTallies(view, own),
        (r) => r.proposal.id,
        make,
        update,
        () => h('li', { class: 'empty' }, t('noProposals')),
      );
    },
  );

  return section(t('proposals'), 'proposals', h('p', { class: 'hint' }, t('proposalsHint')), list, listStatus.el, form);
}

/** The delegation's move list: label, category and the short "why". */
export function moveListPanel(ctx: PanelContext): HTMLElement {
  const list = h('dl', { class: 'move-list' });
  watch(
    ctx.source,
    (s) => [s.scenario, s.view?.you?.delegation],
    (s) => {
      const own = s.view?.you?.delegation;
      if (!own) return;
      replace(
        list,
        ...movesFor(s.scenario, own).flatMap((m) => [
          h(
            'dt',
            {},
            m.label,
            ' ',
            h('span', { class: `badge cat-${m.category}` }, term('category', m.category)),
            m.visibility === 'covert' ? h('span', { class: 'badge covert' }, t('covert')) : null,
          ),
          h('dd', {}, m.why),
        ]),
      );
    },
  );
  return section(t('moves'), 'moves', list);
}

/** Own locked move (after the decision deadline) and every move revealed at the last resolution. */
export function revealedMovesPanel(ctx: PanelContext): HTMLElement {
  const locked = h('p', { class: 'locked-move' });
  const list = h('ul', { class: 'revealed' });
  watch(
    ctx.source,
    (s) => [s.view?.moves, s.view?.pendingMoves, s.scenario],
    (s) => {
      const view = s.view;
      if (!view) return;
      replace(
        locked,
        ...(view.pendingMoves.length
          ? [h('strong', {}, `${t('lockedMove')}: `), view.pendingMoves.map((m) => moveLine(s.scenario, m)).join('; ')]
          : []),
      );
      const rounds = view.moves.map((m) => m.round);
      const last = rounds.length ? Math.max(...rounds) : null;
      const shown = last === null ? [] : view.moves.filter((m) => m.round === last);
      const own = view.you?.delegation;
      // The viewer's own delegation's move first, then the others in scenario order.
      const ordered = [...shown].sort((a, b) => Number(b.delegation === own) - Number(a.delegation === own));
      syncList(
        list,
        ordered,
        (m) => `${m.round}:${m.delegation}`,
        (m) => h('li', { class: m.delegation === own ? 'own' : '' }, moveLine(s.scenario, m)),
        (el, m) => setText(el, moveLine(s.scenario, m)),
        () => h('li', { class: 'empty' }, t('noMovesYet')),
      );
    },
  );
  return section(t('revealedMoves'), 'revealed-moves', locked, list);
}
