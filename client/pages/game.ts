// The student's game, loaded after the join form: connects (join or rejoin by seat token), then lays out
// the DOM panels around the Phaser board (itself a further dynamic import). Never imported statically.
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { JoinOptions } from '../../shared/protocol/messages.ts';
import { t } from '../i18n/index.ts';
import { languagePicker } from '../i18n/picker.ts';
import { connect } from '../net/connection.ts';
import { errorCodeOf } from '../net/errors.ts';
import { forgetSeat, loadSeat, saveSeat, type SeatClaim } from '../net/storage.ts';
import { Store } from '../state/store.ts';
import { h, replace } from '../panels/dom.ts';
import type { PanelContext } from '../panels/context.ts';
import { diplomacyPanel, statementsPanel, teamChatPanel } from '../panels/messages.ts';
import { moveListPanel, proposalsPanel, revealedMovesPanel } from '../panels/proposals.ts';
import { briefingPanel, newsPanel, reflectionPanel } from '../panels/briefing.ts';
import { causesPanel, metersTextPanel, scoresPanel, statusBar } from '../panels/meters.ts';
import { boardPanel } from '../panels/board.ts';
import { nowLine } from '../panels/now.ts';
import { watch } from '../panels/context.ts';

/** Codes that mean the stored seat is gone: forget it and show the form. */
const SEAT_GONE = new Set(['rule/seat-unknown', 'rule/seat-removed', 'protocol/unauthorized']);

/** Joins (or rejoins) and shows the game; resolves with an error code when the join failed. */
export async function startGame(root: HTMLElement, opts: { code: string; name?: string }): Promise<string | null> {
  // Fetch the board (Phaser, the largest download) while the join handshake runs, not after it.
  void import('../board/mount.ts').catch(() => undefined);
  const store = new Store();
  let claim: SeatClaim | null = loadSeat(opts.code);
  const join: JoinOptions = claim
    ? { role: 'rejoin', protocol: PROTOCOL_VERSION, code: opts.code, seatToken: claim.seatToken }
    : { role: 'student', protocol: PROTOCOL_VERSION, code: opts.code, name: opts.name ?? '' };
  let session;
  try {
    session = await connect({
      join,
      store,
      rejoin: () => (claim ? { role: 'rejoin', protocol: PROTOCOL_VERSION, code: opts.code, seatToken: claim.seatToken } : join),
      onMessage: (m) => {
        if (m.type === 'seat') {
          claim = { code: m.code, seatId: m.seatId, seatToken: m.seatToken };
          saveSeat(claim);
        }
        if (m.type === 'removed') forgetSeat(opts.code);
      },
    });
  } catch (err) {
    const code = errorCodeOf(err);
    if (claim && SEAT_GONE.has(code)) forgetSeat(opts.code);
    return code;
  }
  if (!location.pathname.startsWith(`/join/${opts.code}`)) history.replaceState(null, '', `/join/${opts.code}${location.search}`);
  const ctx: PanelContext = { source: store, send: (intent) => session.request(intent) };
  renderGame(root, ctx);
  return null;
}

function renderGame(root: HTMLElement, ctx: PanelContext): void {
  const bar = statusBar(ctx);
  // Both columns are laid out in reading order; the CSS moves the phase's task first (body[data-phase]).
  const main = h(
    'main',
    { class: 'game', id: 'main' },
    h('div', { class: 'col board-col' }, boardPanel(ctx), revealedMovesPanel(ctx), causesPanel(ctx), newsPanel(ctx), scoresPanel(ctx), metersTextPanel(ctx)),
    h('div', { class: 'col panels-col', id: 'panels', tabindex: -1 }, reflectionPanel(ctx), proposalsPanel(ctx), teamChatPanel(ctx), diplomacyPanel(ctx), statementsPanel(ctx), briefingPanel(ctx), moveListPanel(ctx)),
  );
  replace(
    root,
    h('a', { class: 'skip-link', href: '#panels' }, t('proposals')),
    h('header', { class: 'top' }, h('h1', {}, t('appTitle')), bar.el, languagePicker(), nowLine(ctx, 'student')),
    main,
  );
  // A removed student keeps no window on the game: the panels go, the line at the top says why.
  watch(ctx.source, (s) => [s.status], (s) => {
    if (s.status !== 'removed') return;
    replace(main, h('p', { class: 'removed', role: 'alert' }, t('nowRemoved')));
  });
}
