// DOM text equivalents of every meter (an aria-live list updated line by line), the causes of the latest
// changes, and the header line with connection status and the phase clock. Must not import Phaser or the SDK.
import { t } from '../i18n/index.ts';
import { clockLine, meterLines, orderCauses, topReasons } from '../state/view-models.ts';
import type { ConnectionStatus } from '../state/store.ts';
import { h, replace, section, setText, syncList } from './dom.ts';
import { watch, type PanelContext } from './context.ts';

/** Every meter in words; only the lines that changed are touched (a screen reader's place in the list survives). */
export function metersTextPanel(ctx: PanelContext): HTMLElement {
  // Not a live region: at resolution a dozen lines change at once; the announcer says the one-line summary.
  const list = h('ul', { class: 'meter-text' });
  const items = new Map<string, HTMLLIElement>();
  watch(
    ctx.source,
    (s) => [s.view?.meters, s.view?.pairs, s.trends, s.scenario],
    (s) => {
      if (!s.view) return;
      const lines = meterLines(s.view, s.scenario, s.trends);
      const keys = new Set(lines.map((l) => l.key));
      for (const [key, li] of items) {
        if (keys.has(key)) continue;
        li.remove();
        items.delete(key);
      }
      for (const line of lines) {
        let li = items.get(line.key);
        if (!li) {
          li = h('li', { 'data-meter': line.key });
          items.set(line.key, li);
        }
        list.append(li); // keeps reading order; re-appending an attached node only moves it
        setText(li, line.text);
      }
    },
  );
  return section(t('metersHeading'), 'meters-text', list);
}

/**
 * Every cause of this round's changes, those about the viewer's own delegation first, then the moves', then
 * news and background drift ("Pyongyang: Accept talks → Washington feels 10.5 less threatened"). Nothing is
 * dropped; the list lives in a labelled, focusable log region and is updated item by item.
 */
export function causesPanel(ctx: PanelContext): HTMLElement {
  // First the five reasons that moved this reader's meters most (the rules' own ranking), then every cause.
  const top = h('ol', { class: 'causes top-reasons' });
  const others = h('p', { class: 'hint top-others' });
  const list = h('ol', { class: 'causes' });
  const all = h('details', { class: 'all-causes' }, h('summary', {}, t('allCauses')), list);
  const box = h(
    'div',
    { class: 'causes-log', role: 'region', 'aria-label': t('causesHeading'), tabindex: 0 },
    top,
    others,
    all,
  );
  watch(
    ctx.source,
    (s) => [s.causes, s.roundEvents, s.view?.you?.delegation, s.scenario],
    (s) => {
      const own = s.view?.you?.delegation ?? null;
      const reasons = topReasons(s.roundEvents, own, s.scenario, undefined, s.view?.news);
      syncList(
        top,
        reasons.lines.map((text, i) => ({ text, i })),
        (r) => `${r.i}:${r.text}`,
        (r) => h('li', {}, r.text),
        undefined,
        () => h('li', { class: 'empty' }, t('empty')),
      );
      setText(others, reasons.others ?? '');
      others.hidden = !reasons.others;
      all.hidden = s.causes.length === 0;
      syncList(
        list,
        orderCauses(s.causes, own, s.scenario),
        (c) => c.key,
        (c) => h('li', {}, c.text),
        undefined,
        () => h('li', { class: 'empty' }, t('empty')),
      );
    },
  );
  return section(t('causesHeading'), 'causes-panel', box);
}

const STATUS_KEY: Record<ConnectionStatus, Parameters<typeof t>[0]> = {
  connecting: 'statusConnecting',
  online: 'statusOnline',
  reconnecting: 'statusReconnecting',
  offline: 'statusOffline',
  removed: 'statusRemoved',
};

/** Connection status (announced when it changes) and the round/phase clock, ticking once a second. */
export function statusBar(
  ctx: PanelContext,
  now: () => number = () => Date.now() + ctx.source.get().clockOffsetMs,
): { el: HTMLElement; stop(): void } {
  const conn = h('span', { class: 'conn', role: 'status', 'aria-live': 'polite' });
  const clock = h('span', { class: 'clock', 'aria-live': 'off' });
  const who = h('span', { class: 'who' });
  const hold = h('p', { class: 'hold', role: 'alert', hidden: true });
  // Minimal banner for the server's "saving is slow" notice (perf, #17); the client's owner may restyle it.
  const saving = h('p', { class: 'saving-slow', role: 'status', 'aria-live': 'polite', hidden: true });
  watch(
    ctx.source,
    (s) => [s.savingSlow],
    (s) => {
      saving.hidden = !s.savingSlow;
      setText(saving, s.savingSlow ? t('savingSlow') : '');
    },
  );
  watch(
    ctx.source,
    (s) => [s.status],
    (s) => {
      setText(conn, t(STATUS_KEY[s.status]));
      conn.dataset.status = s.status;
      document.body.dataset.connection = s.status;
    },
  );
  watch(
    ctx.source,
    (s) => [s.view?.you, s.scenario],
    (s) => {
      const you = s.view?.you;
      const d = s.scenario?.delegations.find((x) => x.id === you?.delegation);
      setText(who, you ? `${you.name} · ${d?.name ?? you.delegation}` : '');
      if (d) document.body.style.setProperty('--team', d.color);
      if (you) document.body.dataset.delegation = you.delegation;
    },
  );
  watch(
    ctx.source,
    (s) => [s.view?.crisisHold, s.view?.phase],
    (s) => {
      hold.hidden = !s.view?.crisisHold && s.view?.phase !== 'ended';
      setText(hold, s.view?.phase === 'ended' ? t('ended') : s.view?.crisisHold ? t('crisisHold') : '');
    },
  );
  const tick = () => {
    const view = ctx.source.get().view;
    if (view) setText(clock, clockLine(view, now()));
  };
  tick();
  const unsub = ctx.source.subscribe(tick);
  const timer = setInterval(tick, 1000);
  const el = h('div', { class: 'status-bar' }, who, clock, conn, hold, saving);
  return { el, stop: () => (clearInterval(timer), unsub()) };
}

/** Final scores once the session ended. */
export function scoresPanel(ctx: PanelContext): HTMLElement {
  const list = h('ol', { class: 'scores' });
  const wrap = section(t('scores'), 'scores-panel', list, h('p', { class: 'thanks' }, t('thankYou')));
  watch(
    ctx.source,
    (s) => [s.view?.scores],
    (s) => {
      const scores = s.view?.scores;
      wrap.hidden = !scores;
      if (!scores) return;
      replace(
        list,
        ...Object.entries(scores)
          .sort((a, b) => b[1] - a[1])
          .map(([d, v]) => h('li', {}, `${s.scenario?.delegations.find((x) => x.id === d)?.name ?? d}: ${v}`)),
      );
    },
  );
  return wrap;
}
