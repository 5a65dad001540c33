// The page's one polite announcer: phase started and its length, one-minute and ten-second warnings, paused and
// resumed, "you joined Seoul", the reflection prompt and a one-line summary at resolution. Everything else on
// the page stays quiet (no rebuilt live regions), so a screen reader hears one clear line per event.
// Must not import Phaser or the SDK.
import type { View } from '../../shared/rules/view-types.ts';
import { fill, t, type MessageKey } from '../i18n/index.ts';
import { ownReflection } from '../state/extra-time.ts';
import type { ClientState } from '../state/store.ts';
import { bandWord, clockRemainingMs, delegationName, revealedMoves } from '../state/view-models.ts';
import { h } from './dom.ts';
import type { PanelContext } from './context.ts';
import { pageTitle, type Role } from './now.ts';

/** Minutes and seconds in words ("4 minutes", "90 seconds"). */
export function durationWords(ms: number): string {
  const s = Math.round(ms / 1000);
  // A phase's clock is a second or two under its length by the time the event arrives: "15 minutes", not "898 seconds".
  const off = s % 60;
  if (s >= 60 && (off <= 5 || off >= 55)) return fill(t('minutes'), { n: Math.round(s / 60) });
  // Extra time makes lengths like 22½ minutes: "22 minutes 30 seconds" (to 5 s), never "1350 seconds".
  if (s >= 120) return fill(t('minutesSeconds'), { m: Math.floor(s / 60), s: Math.round(off / 5) * 5 });
  return fill(t('seconds'), { n: s });
}

/**
 * The lines a change of state deserves, in order (pure: unit-tested). `prev` is null on the first view, when
 * only "you joined …" is said.
 */
export function announcementsFor(
  role: Role,
  prev: Pick<ClientState, 'view' | 'scenario'> | null,
  next: Pick<ClientState, 'view' | 'scenario'>,
  now: number,
): string[] {
  const v = next.view;
  if (!v) return [];
  const out: string[] = [];
  const p = prev?.view ?? null;
  const you = v.you;
  if (you && (!p?.you || p.you.delegation !== you.delegation)) {
    out.push(
      fill(p?.you ? t('annMoved') : t('annJoined'), { delegation: delegationName(next.scenario, you.delegation) }),
    );
  }
  if (!p) return out;
  const own = ownReflection(v, now);
  if (v.phase !== p.phase || v.round !== p.round) {
    const left = clockRemainingMs(v.clock, now);
    const name = pageTitle(v.phase, v.round);
    if (v.phase === 'ended') out.push(t('annEnded'));
    else if (v.phase === 'resolution') out.push(resolutionSummary(v, p));
    else if (own?.kind === 'phase')
      out.push(fill(t('annPhaseYours'), { phase: name, length: durationWords(own.leftMs) }));
    else
      out.push(
        left !== null
          ? fill(t('annPhaseTimed'), { phase: name, length: durationWords(left) })
          : fill(t('annPhase'), { phase: name }),
      );
    if (v.phase === 'reflection' && v.reflectionPrompt && role === 'student')
      out.push(fill(t('annReflection'), { prompt: v.reflectionPrompt }));
  } else if (v.clock.paused !== p.clock.paused) {
    out.push(v.clock.paused ? t('annPaused') : t('annResumed'));
  }
  if (v.crisisHold && !p.crisisHold) out.push(t('nowHold'));
  if (you) out.push(...ownTimeLines(you.seatId, p, v, now));
  return out;
}

/** A student's own extra time: given or taken away, and their reflection staying open after the class's. */
function ownTimeLines(seatId: string, p: View, v: View, now: number): string[] {
  const out: string[] = [];
  const before = p.extraTime?.[seatId]?.percent ?? 0;
  const after = v.extraTime?.[seatId]?.percent ?? 0;
  if (after !== before)
    out.push(after > 0 ? fill(t('annExtraTimeGiven'), { percent: after }) : t('annExtraTimeRemoved'));
  const was = p.personalDeadlines?.find((d) => d.seatId === seatId);
  const is = v.personalDeadlines?.find((d) => d.seatId === seatId);
  if (is && (was?.round !== is.round || was.until !== is.until) && is.until > now)
    out.push(fill(t('annPersonalOpen'), { length: durationWords(is.until - now) }));
  return out;
}

/** "Round 2 resolved: 5 moves revealed. Tension 47, up 5, crisis." */
export function resolutionSummary(v: View, p: View): string {
  const moves = revealedMoves(v).length;
  const diff = Math.round(v.meters.tension - p.meters.tension);
  const change = diff === 0 ? t('annSteady') : fill(diff > 0 ? t('annUp') : t('annDown'), { n: Math.abs(diff) });
  return fill(t('annResolved'), {
    round: v.round,
    moves,
    tension: Math.round(v.meters.tension),
    change,
    band: bandWord(v.meters.band),
  });
}

/**
 * The warnings a ticking clock deserves between two instants: one minute left, ten seconds left. A student with
 * extra time hears them for their own reflection deadline instead of the class's (during the reflection) or
 * besides it (after the class moved on).
 */
export function clockWarnings(view: View, before: number, after: number): string[] {
  const own = ownReflection(view, before);
  const out: string[] = [];
  const classRuns =
    !view.clock.paused && view.clock.endsAt !== null && view.phase !== 'lobby' && view.phase !== 'ended';
  if (classRuns && own?.kind !== 'phase' && view.clock.endsAt !== null)
    out.push(...crossed(view.clock.endsAt, before, after, 'annOneMinute', 'annTenSeconds'));
  if (own?.endsAt != null) out.push(...crossed(own.endsAt, before, after, 'annOneMinuteYours', 'annTenSecondsYours'));
  return out;
}

function crossed(endsAt: number, before: number, after: number, minute: MessageKey, ten: MessageKey): string[] {
  const out: string[] = [];
  for (const [ms, key] of [
    [60_000, minute],
    [10_000, ten],
  ] as const) {
    const a = endsAt - before;
    const b = endsAt - after;
    if (a > ms && b <= ms && b > 0) out.push(t(key));
  }
  return out;
}

/**
 * Mounts the announcer (a visually hidden polite status region) and feeds it from the store and the clock.
 * Lines are queued and spoken one after another, each replacing the last, so only new text is sent.
 */
export function announcer(
  ctx: PanelContext,
  role: Role,
  now: () => number = () => Date.now() + ctx.source.get().clockOffsetMs,
): HTMLElement {
  const region = h('div', {
    class: 'sr-only announcer',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    id: 'announcer',
  });
  let prev: Pick<ClientState, 'view' | 'scenario'> | null = null;
  let lastTick = now();
  const say = (lines: string[]) => {
    if (!lines.length) return;
    region.textContent = lines.join(' ');
    region.dataset.said = `${region.dataset.said ?? ''}${lines.join(' ')}\n`.slice(-4000);
  };
  const onState = (s: ClientState) => {
    if (!s.view) return;
    if (prev && prev.view === s.view && prev.scenario === s.scenario) return;
    say(announcementsFor(role, prev, s, now()));
    prev = { view: s.view, scenario: s.scenario };
  };
  onState(ctx.source.get());
  ctx.source.subscribe(onState);
  setInterval(() => {
    const t2 = now();
    const v = ctx.source.get().view;
    if (v) say(clockWarnings(v, lastTick, t2));
    lastTick = t2;
  }, 1000);
  return region;
}
