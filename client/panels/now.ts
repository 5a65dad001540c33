// The line at the top of every game page that says what to do now and how long is left, the page's phase as
// `body[data-phase]` (the CSS puts that phase's task first), and form gating with the reason shown.
// Must not import Phaser or the SDK.
import { STUDENT_PHASES } from '../../shared/commands/index.ts';
import type { Phase } from '../../shared/rules/types.ts';
import type { View } from '../../shared/rules/view-types.ts';
import { fill, t, term, type MessageKey } from '../i18n/index.ts';
import type { ClientState } from '../state/store.ts';
import { ownReflection } from '../state/extra-time.ts';
import { clockRemainingMs, formatClock } from '../state/view-models.ts';
import { h, setText, uid } from './dom.ts';
import { watch, type PanelContext } from './context.ts';

export type Role = 'student' | 'host' | 'projector';

const STUDENT_NOW: Record<Phase, MessageKey> = {
  lobby: 'nowLobby',
  briefing: 'nowBriefing',
  news: 'nowNews',
  deliberation: 'nowDeliberation',
  decision: 'nowDecision',
  resolution: 'nowResolution',
  reflection: 'nowReflection',
  ended: 'nowEnded',
};

/** The one sentence of what to do now for a role in a state (pure: unit-tested). */
export function nowText(role: Role, s: Pick<ClientState, 'view' | 'status'>): string {
  const v = s.view;
  if (role === 'student' && s.status === 'removed') return t('nowRemoved');
  if (!v) return t('statusConnecting');
  if (v.crisisHold) return t('nowHold');
  if (v.clock.paused && v.phase !== 'lobby' && v.phase !== 'ended' && role !== 'host') return t('nowPaused');
  if (role === 'host') {
    if (v.phase === 'lobby') return t('hostNowLobby');
    if (v.phase === 'ended') return t('hostNowEnded');
    return fill(t('hostNowPlay'), { task: t(STUDENT_NOW[v.phase]) });
  }
  if (role === 'projector' && v.phase === 'lobby') return t('projectorNowLobby');
  return t(STUDENT_NOW[v.phase]);
}

/** "3:05 left", or '' when the phase has no clock; a student with extra time sees their own reflection time. */
export function timeLeftText(view: View, now: number): string {
  const own = ownReflection(view, now);
  if (own?.kind === 'phase')
    return `${fill(t('timeLeftYours'), { time: formatClock(own.leftMs) })}${view.clock.paused ? ` (${t('paused')})` : ''}`;
  const left = clockRemainingMs(view.clock, now);
  if (left === null || view.phase === 'lobby' || view.phase === 'ended') return '';
  return `${fill(t('timeLeftShort'), { time: formatClock(left) })}${view.clock.paused ? ` (${t('paused')})` : ''}`;
}

/**
 * The "what to do now" line: phase name, the task in one sentence, and the time left (ticking each second,
 * not announced: the announcer says the warnings). Also marks `body[data-phase]` for the phase-led layout.
 */
export function nowLine(
  ctx: PanelContext,
  role: Role,
  now: () => number = () => Date.now() + ctx.source.get().clockOffsetMs,
  baseTitle = document.title,
): HTMLElement {
  const phase = h('strong', { class: 'now-phase' });
  const task = h('span', { class: 'now-task' });
  const left = h('span', { class: 'now-left', 'aria-live': 'off' });
  const el = h('p', { class: 'now-line', id: 'now', tabindex: -1 }, phase, ' ', task, ' ', left);
  watch(
    ctx.source,
    (s) => [s.view?.phase, s.view?.round, s.view?.clock.paused, s.view?.crisisHold, s.status],
    (s) => {
      const v = s.view;
      setText(
        phase,
        v ? `${term('phase', v.phase)}${v.round > 0 && v.phase !== 'ended' ? ` · ${t('round')} ${v.round}` : ''}:` : '',
      );
      setText(task, nowText(role, s));
      if (v) document.body.dataset.phase = v.phase;
      // The tab title carries the round and phase, so a student switching tabs (or a screen reader) knows where the game is.
      if (v) document.title = `${pageTitle(v.phase, v.round)} — ${baseTitle}`;
      document.body.dataset.paused = String(Boolean(v?.clock.paused));
    },
  );
  const tick = () => {
    const v = ctx.source.get().view;
    setText(left, v ? timeLeftText(v, now()) : '');
  };
  tick();
  setInterval(tick, 1000);
  ctx.source.subscribe(tick);
  return el;
}

/** "Deliberation · Round 2" (the lobby and the end have no round). */
export function pageTitle(phase: Phase, round: number): string {
  return phase === 'lobby' || phase === 'ended' || round === 0
    ? term('phase', phase)
    : fill(t('pageTitleRound'), { phase: term('phase', phase), round });
}

type StudentIntentType = keyof typeof STUDENT_PHASES;

/**
 * Why a student cannot do `action` now, or null when they can (the rules' own phase table). A reflection on the
 * student's own deadline (extra time) stays open whatever the class is doing, as in the rules.
 */
export function gateReason(
  action: StudentIntentType,
  s: Pick<ClientState, 'view' | 'status'>,
  now: number = Date.now(),
): string | null {
  const v = s.view;
  if (!v) return t('statusConnecting');
  if (s.status === 'removed') return t('statusRemoved');
  if (action === 'submitReflection' && ownReflection(v, now)?.kind === 'late') return null;
  if (v.phase === 'ended') return t('gateEnded');
  if (v.crisisHold) return t('gateHold');
  if (v.clock.paused && v.phase !== 'lobby') return t('gatePaused');
  if (STUDENT_PHASES[action].includes(v.phase)) return null;
  if (v.phase === 'lobby') return t('gateLobby');
  return action === 'submitReflection' ? t('gateReflection') : t('gateTalks');
}

/**
 * Disables a form's controls while the rules would refuse `action`, with the reason in a line the controls
 * point to (aria-describedby), so nobody types a message the server will refuse. Returns a function that checks
 * again (for a deadline that passes with no change of state).
 */
export function gateForm(ctx: PanelContext, form: HTMLFormElement, action: StudentIntentType): () => void {
  const reason = h('p', { class: 'gate-reason hint', hidden: true, id: uid('gate') });
  form.prepend(reason);
  const check = (s: ClientState) => {
    const why = gateReason(action, s, Date.now() + s.clockOffsetMs);
    reason.hidden = why === null;
    setText(reason, why ?? '');
    for (const el of form.querySelectorAll<
      HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    >('button, input, select, textarea')) {
      el.disabled = why !== null;
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== reason.id);
      if (why !== null) ids.push(reason.id);
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    }
  };
  watch(
    ctx.source,
    (s) => [s.view?.phase, s.view?.clock.paused, s.view?.crisisHold, s.status, s.view?.personalDeadlines],
    check,
  );
  return () => check(ctx.source.get());
}
