// DOM panels for the three channels (team chat, diplomatic messages, public statements) and the
// host's read-only view of all of them. Must not import Phaser or the SDK.
import { LIMITS } from '../../shared/rules/commands.ts';
import type { Channel, Message } from '../../shared/rules/types.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import { t } from '../i18n/index.ts';
import { authorName, delegationName } from '../state/view-models.ts';
import { field, h, replace, section, statusLine, syncList } from './dom.ts';
import { gateForm } from './now.ts';
import { sendWithStatus, watch, type PanelContext } from './context.ts';

function messageItem(view: View, scenario: ScenarioView | null, m: Message, showChannel: boolean): HTMLElement {
  const to = m.to ? ` → ${delegationName(scenario, m.to)}` : '';
  const flag = m.commitment
    ? h(
        'span',
        { class: `badge ${m.commitment.kind}` },
        m.commitment.kind === 'pledge' ? t('pledge') : t('warning'),
        m.commitment.target ? ` (${delegationName(scenario, m.commitment.target)})` : '',
      )
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

/**
 * A channel's messages: a list inside a scrolling, focusable, labelled log region. New messages are appended
 * one by one (never a rebuild), so a screen reader hears only the new line; it stays scrolled to the newest
 * unless the reader scrolled up to read.
 */
function messageLog(
  ctx: PanelContext,
  label: string,
  filter: (m: Message) => boolean,
  showChannel = false,
): HTMLElement {
  const list = h('ol', { class: 'log-list' });
  const box = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': label, tabindex: 0 }, list);
  watch(
    ctx.source,
    (s) => [s.view?.messages, s.scenario],
    (s) => {
      const view = s.view;
      if (!view) return;
      const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 24;
      syncList(
        list,
        view.messages.filter(filter),
        (m) => m.id,
        (m) => messageItem(view, s.scenario, m, showChannel),
        undefined,
        () => h('li', { class: 'empty' }, t('empty')),
      );
      if (atBottom) box.scrollTop = box.scrollHeight;
    },
  );
  return box;
}

/** A message box: Enter sends (Shift+Enter for a new line), as in every chat app students know. */
function textArea(max: number, name: string): HTMLTextAreaElement {
  const area = h('textarea', { rows: 2, maxlength: max, required: true, 'aria-label': name });
  area.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    area.form?.requestSubmit();
  });
  return area;
}

/** A send button whose accessible name says which channel it sends to. */
function sendButton(channel: string): HTMLButtonElement {
  return h('button', { type: 'submit', 'aria-label': `${t('send')}: ${channel}` }, t('send'));
}

/** Team chat: own delegation only. */
export function teamChatPanel(ctx: PanelContext): HTMLElement {
  const text = textArea(LIMITS.messageMax, `${t('message')}: ${t('teamChat')}`);
  const status = statusLine();
  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (!text.value.trim()) return;
        if (await sendWithStatus(ctx, { type: 'sendTeamMessage', text: text.value.trim() }, status)) text.value = '';
      },
    },
    field(t('message'), text),
    sendButton(t('teamChat')),
    status.el,
  );
  gateForm(ctx, form, 'sendTeamMessage');
  return section(
    t('teamChat'),
    'team-chat',
    h('p', { class: 'hint' }, t('teamChatHint')),
    messageLog(ctx, t('teamChat'), (m) => m.channel === 'team'),
    form,
  );
}

function otherDelegationOptions(
  select: HTMLSelectElement,
  ctx: PanelContext,
  withAnyone: boolean,
  after?: () => void,
): void {
  watch(
    ctx.source,
    (s) => [s.scenario, s.view?.you?.delegation],
    (s) => {
      const own = s.view?.you?.delegation;
      const keep = select.value;
      const options = (s.scenario?.delegations ?? [])
        .filter((d) => d.id !== own)
        .map((d) => h('option', { value: d.id }, d.name));
      replace(select, withAnyone ? h('option', { value: '' }, t('anyone')) : null, ...options);
      if ([...select.options].some((o) => o.value === keep)) select.value = keep;
      after?.();
    },
  );
}

/** Diplomatic messages: pick the other delegation; both teams (and the host) read them. */
export function diplomacyPanel(ctx: PanelContext): HTMLElement {
  const to = h('select', { required: true });
  otherDelegationOptions(to, ctx, false);
  const text = textArea(LIMITS.messageMax, `${t('message')}: ${t('diplomacy')}`);
  const status = statusLine();
  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (!text.value.trim()) return;
        if (await sendWithStatus(ctx, { type: 'sendDiplomaticMessage', to: to.value, text: text.value.trim() }, status))
          text.value = '';
      },
    },
    field(t('diplomacyTo'), to),
    field(t('message'), text),
    sendButton(t('diplomacy')),
    status.el,
  );
  gateForm(ctx, form, 'sendDiplomaticMessage');
  return section(
    t('diplomacy'),
    'diplomacy',
    h('p', { class: 'hint' }, t('diplomacyHint')),
    messageLog(ctx, t('diplomacy'), (m) => m.channel === 'diplomatic'),
    form,
  );
}

/** Public statements, optionally flagged as a pledge or a warning (a commitment the rules judge later). */
export function statementsPanel(ctx: PanelContext): HTMLElement {
  const kind = h(
    'select',
    {},
    h('option', { value: '' }, t('commitmentNone')),
    h('option', { value: 'pledge' }, t('pledge')),
    h('option', { value: 'warning' }, t('warning')),
  );
  const target = h('select', {});
  const targetField = field(t('commitmentTarget'), target);
  // A warning must name whom it warns (the rules refuse "anyone"); a pledge may be toward anyone.
  const syncTarget = () => {
    const warning = kind.value === 'warning';
    for (const o of target.options) if (o.value === '') o.disabled = warning;
    if (warning && target.value === '') target.selectedIndex = [...target.options].findIndex((o) => o.value !== '');
    targetField.hidden = kind.value === '';
  };
  kind.addEventListener('change', syncTarget);
  otherDelegationOptions(target, ctx, true, syncTarget);
  const text = textArea(LIMITS.messageMax, `${t('message')}: ${t('statements')}`);
  const status = statusLine();
  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const commitment =
          kind.value === 'pledge'
            ? { kind: 'pledge' as const, target: target.value || null }
            : kind.value === 'warning' && target.value
              ? { kind: 'warning' as const, target: target.value }
              : null;
        if (!text.value.trim()) return;
        if (await sendWithStatus(ctx, { type: 'makeStatement', text: text.value.trim(), commitment }, status))
          text.value = '';
      },
    },
    field(t('message'), text),
    h('div', { class: 'row' }, field(t('commitment'), kind), targetField),
    sendButton(t('statements')),
    status.el,
  );
  gateForm(ctx, form, 'makeStatement');
  syncTarget();
  return section(
    t('statements'),
    'statements',
    h('p', { class: 'hint' }, t('statementsHint')),
    messageLog(ctx, t('statements'), (m) => m.channel === 'public'),
    form,
  );
}

/** Public statements only, read-only (projector). */
export function publicLogPanel(ctx: PanelContext): HTMLElement {
  return section(
    t('statements'),
    'statements',
    messageLog(ctx, t('statements'), (m) => m.channel === 'public'),
  );
}

/**
 * Every channel the viewer receives, read-only, each message labelled with its channel (host). Collapsed
 * until the teacher opens it, so a projected dashboard shows nothing private.
 */
export function allChannelsPanel(ctx: PanelContext): HTMLElement {
  return section(
    t('channels'),
    'channels',
    h(
      'details',
      { class: 'private-channels' },
      h('summary', {}, t('channelsShow')),
      messageLog(ctx, t('channels'), () => true, true),
    ),
  );
}
