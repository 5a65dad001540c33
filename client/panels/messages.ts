// DOM panels for the three channels (team chat, diplomatic messages, public statements) and the
// host's read-only view of all of them. Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import type { Channel, Message } from '../../shared/rules/types.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/protocol/messages.ts';
import { t } from '../i18n/index.ts';
import { authorName, delegationName } from '../state/view-models.ts';
import { field, h, replace, section, statusLine } from './dom.ts';
import { sendWithStatus, watch, type PanelContext } from './context.ts';

function messageItem(view: View, scenario: ScenarioView | null, m: Message, showChannel: boolean): HTMLElement {
  const to = m.to ? ` → ${delegationName(scenario, m.to)}` : '';
  const flag = m.commitment
    ? h('span', { class: `badge ${m.commitment.kind}` }, m.commitment.kind === 'pledge' ? t('pledge') : t('warning'), m.commitment.target ? ` (${delegationName(scenario, m.commitment.target)})` : '')
    : null;
  const channel = showChannel ? h('span', { class: `badge channel-${m.channel}` }, channelTitle(m.channel)) : null;
  return h(
    'li',
    { class: `msg msg-${m.channel}`, 'data-id': m.id },
    channel,
    h('strong', {}, authorName(view, scenario, m.seatId, m.from), to),
    flag,
    ' ',
    h('span', { class: 'msg-text' }, m.text),
    h('small', { class: 'msg-round' }, ` · ${t('round')} ${m.round}`),
  );
}

function channelTitle(c: Channel): string {
  return c === 'team' ? t('teamChat') : c === 'diplomatic' ? t('diplomacy') : t('statements');
}

function messageLog(ctx: PanelContext, filter: (m: Message) => boolean, showChannel = false): HTMLElement {
  const list = h('ol', { class: 'log', role: 'log', 'aria-live': 'polite' });
  watch(ctx.source, (s) => [s.view?.messages, s.scenario], (s) => {
    const view = s.view;
    if (!view) return;
    const items = view.messages.filter(filter);
    replace(list, ...(items.length ? items.map((m) => messageItem(view, s.scenario, m, showChannel)) : [h('li', { class: 'empty' }, t('empty'))]));
    list.scrollTop = list.scrollHeight;
  });
  return list;
}

function textArea(max: number): HTMLTextAreaElement {
  return h('textarea', { rows: 2, maxlength: max, required: true });
}

/** Team chat: own delegation only. */
export function teamChatPanel(ctx: PanelContext): HTMLElement {
  const text = textArea(LIMITS.messageMax);
  const status = statusLine();
  const form = h(
    'form',
    { class: 'compose', onsubmit: async (e: Event) => {
      e.preventDefault();
      if (await sendWithStatus(ctx, { type: 'sendTeamMessage', text: text.value.trim() }, status)) text.value = '';
    } },
    field(t('message'), text),
    h('button', { type: 'submit' }, t('send')),
    status.el,
  );
  return section(t('teamChat'), 'team-chat', h('p', { class: 'hint' }, t('teamChatHint')), messageLog(ctx, (m) => m.channel === 'team'), form);
}

function otherDelegationOptions(select: HTMLSelectElement, ctx: PanelContext, withAnyone: boolean): void {
  watch(ctx.source, (s) => [s.scenario, s.view?.you?.delegation], (s) => {
    const own = s.view?.you?.delegation;
    const keep = select.value;
    const options = (s.scenario?.delegations ?? []).filter((d) => d.id !== own).map((d) => h('option', { value: d.id }, d.name));
    replace(select, withAnyone ? h('option', { value: '' }, t('anyone')) : null, ...options);
    if ([...select.options].some((o) => o.value === keep)) select.value = keep;
  });
}

/** Diplomatic messages: pick the other delegation; both teams (and the host) read them. */
export function diplomacyPanel(ctx: PanelContext): HTMLElement {
  const to = h('select', { required: true });
  otherDelegationOptions(to, ctx, false);
  const text = textArea(LIMITS.messageMax);
  const status = statusLine();
  const form = h(
    'form',
    { class: 'compose', onsubmit: async (e: Event) => {
      e.preventDefault();
      if (await sendWithStatus(ctx, { type: 'sendDiplomaticMessage', to: to.value, text: text.value.trim() }, status)) text.value = '';
    } },
    field(t('diplomacyTo'), to),
    field(t('message'), text),
    h('button', { type: 'submit' }, t('send')),
    status.el,
  );
  return section(t('diplomacy'), 'diplomacy', h('p', { class: 'hint' }, t('diplomacyHint')), messageLog(ctx, (m) => m.channel === 'diplomatic'), form);
}

/** Public statements, optionally flagged as a pledge or a warning (a commitment the rules judge later). */
export function statementsPanel(ctx: PanelContext): HTMLElement {
  const kind = h('select', {}, h('option', { value: '' }, t('commitmentNone')), h('option', { value: 'pledge' }, t('pledge')), h('option', { value: 'warning' }, t('warning')));
  const target = h('select', {});
  otherDelegationOptions(target, ctx, true);
  const text = textArea(LIMITS.messageMax);
  const status = statusLine();
  const form = h(
    'form',
    { class: 'compose', onsubmit: async (e: Event) => {
      e.preventDefault();
      const commitment =
        kind.value === 'pledge' ? { kind: 'pledge' as const, target: target.value || null }
        : kind.value === 'warning' ? { kind: 'warning' as const, target: target.value }
        : null;
      if (await sendWithStatus(ctx, { type: 'makeStatement', text: text.value.trim(), commitment }, status)) text.value = '';
    } },
    field(t('message'), text),
    h('div', { class: 'row' }, field(t('commitment'), kind), field(t('commitmentTarget'), target)),
    h('button', { type: 'submit' }, t('send')),
    status.el,
  );
  return section(t('statements'), 'statements', h('p', { class: 'hint' }, t('statementsHint')), messageLog(ctx, (m) => m.channel === 'public'), form);
}

/** Public statements only, read-only (projector). */
export function publicLogPanel(ctx: PanelContext): HTMLElement {
  return section(t('statements'), 'statements', messageLog(ctx, (m) => m.channel === 'public'));
}

/** Every channel the viewer receives, read-only, each message labelled with its channel (host). */
export function allChannelsPanel(ctx: PanelContext): HTMLElement {
  return section(t('channels'), 'channels', messageLog(ctx, () => true, true));
}
