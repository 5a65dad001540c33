// DOM panels for deciding: propose a move with a rationale, approve teammates' proposals, and read the
// move list (category and what each move tends to do). Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import type { MoveSpec } from '../../shared/rules/types.ts';
import { t, term } from '../i18n/index.ts';
import { authorName, delegationName, moveLabel, moveLine, movesFor, proposalTallies } from '../state/view-models.ts';
import { field, h, replace, section, statusLine } from './dom.ts';
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

  watch(ctx.source, (s) => [s.scenario, s.view?.you?.delegation], (s) => {
    const own = s.view?.you?.delegation;
    if (!own) return;
    moves = movesFor(s.scenario, own);
    const keep = move.value;
    replace(move, ...moves.map((m) => h('option', { value: m.id }, `${m.label} (${term('category', m.category)})`)));
    if (moves.some((m) => m.id === keep)) move.value = keep;
    replace(target, ...(s.scenario?.delegations ?? []).filter((d) => d.id !== own).map((d) => h('option', { value: d.id }, d.name)));
    syncMove();
  });

  const form = h(
    'form',
    { class: 'compose', onsubmit: async (e: Event) => {
      e.preventDefault();
      const spec = moves.find((m) => m.id === move.value);
      const chosen = spec?.target.kind === 'choose' ? target.value : spec?.target.kind === 'fixed' ? spec.target.delegation : null;
      if (await sendWithStatus(ctx, { type: 'proposeMove', moveId: move.value, target: chosen, rationale: rationale.value.trim() }, status)) rationale.value = '';
    } },
    field(t('move'), move),
    why,
    targetField,
    field(t('rationale'), rationale),
    h('button', { type: 'submit' }, t('propose')),
    status.el,
  );

  const list = h('ol', { class: 'proposals', 'aria-live': 'polite' });
  const listStatus = statusLine();
  watch(ctx.source, (s) => [s.view?.proposals, s.view?.round, s.scenario], (s) => {
    const view = s.view;
    const own = view?.you?.delegation;
    if (!view || !own) return;
    const tallies = proposalTallies(view, own);
    if (!tallies.length) return replace(list, h('li', { class: 'empty' }, t('noProposals')));
    replace(list, ...tallies.map(({ proposal: p, count, leading, approvedByMe }) => {
      const targetText = p.target ? ` → ${delegationName(s.scenario, p.target)}` : '';
      const button = approvedByMe
        ? h('button', { type: 'button', onclick: () => void sendWithStatus(ctx, { type: 'withdrawApproval', proposalId: p.id }, listStatus) }, t('withdraw'))
        : h('button', { type: 'button', class: 'approve', onclick: () => void sendWithStatus(ctx, { type: 'approveProposal', proposalId: p.id }, listStatus) }, t('approve'));
      return h(
        'li',
        { class: leading ? 'proposal leading' : 'proposal', 'data-id': p.id },
        h('strong', {}, moveLabel(s.scenario, own, p.moveId), targetText),
        leading ? h('span', { class: 'badge leading' }, t('leading')) : null,
        h('span', { class: 'tally' }, ` ${count} ${t('approvals')}`),
        h('div', { class: 'rationale' }, `“${p.rationale}” — ${t('proposedBy')} ${authorName(view, s.scenario, p.seatId, p.delegation)}`),
        button,
      );
    }));
  });

  return section(t('proposals'), 'proposals', h('p', { class: 'hint' }, t('proposalsHint')), list, listStatus.el, form);
}

/** The delegation's move list: label, category and the short "why". */
export function moveListPanel(ctx: PanelContext): HTMLElement {
  const list = h('dl', { class: 'move-list' });
  watch(ctx.source, (s) => [s.scenario, s.view?.you?.delegation], (s) => {
    const own = s.view?.you?.delegation;
    if (!own) return;
    replace(list, ...movesFor(s.scenario, own).flatMap((m) => [
      h('dt', {}, m.label, ' ', h('span', { class: `badge cat-${m.category}` }, term('category', m.category)), m.visibility === 'covert' ? h('span', { class: 'badge covert' }, t('covert')) : null),
      h('dd', {}, m.why),
    ]));
  });
  return section(t('moves'), 'moves', list);
}

/** Own locked move (after the decision deadline) and every move revealed at the last resolution. */
export function revealedMovesPanel(ctx: PanelContext): HTMLElement {
  const locked = h('p', { class: 'locked-move' });
  const list = h('ul', { class: 'revealed', 'aria-live': 'polite' });
  watch(ctx.source, (s) => [s.view?.moves, s.view?.pendingMoves, s.scenario], (s) => {
    const view = s.view;
    if (!view) return;
    replace(locked, ...(view.pendingMoves.length ? [h('strong', {}, `${t('lockedMove')}: `), view.pendingMoves.map((m) => moveLine(s.scenario, m)).join('; ')] : []));
    const rounds = view.moves.map((m) => m.round);
    const last = rounds.length ? Math.max(...rounds) : null;
    const shown = last === null ? [] : view.moves.filter((m) => m.round === last);
    replace(list, ...(shown.length ? shown.map((m) => h('li', {}, moveLine(s.scenario, m))) : [h('li', { class: 'empty' }, t('noMovesYet'))]));
  });
  return section(t('revealedMoves'), 'revealed-moves', locked, list);
}
