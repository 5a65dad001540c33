// The student's game, loaded after the join form: connects (join or rejoin by seat token), then lays out
// the DOM panels around the Phaser board (itself a further dynamic import). Never imported statically.
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { JoinOptions } from '../../shared/protocol/messages.ts';
import { lang, t } from '../i18n/index.ts';
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
import { announcer } from '../panels/announcer.ts';
import type { Phase } from '../../shared/rules/types.ts';
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
    ? { role: 'rejoin', protocol: PROTOCOL_VERSION, code: opts.code, seatToken: claim.seatToken, lang: lang() }
    : { role: 'student', protocol: PROTOCOL_VERSION, code: opts.code, name: opts.name ?? '', lang: lang() };
  let session;
  try {
    session = await connect({
      join,
      store,
      rejoin: () =>
        claim
          ? { role: 'rejoin', protocol: PROTOCOL_VERSION, code: opts.code, seatToken: claim.seatToken, lang: lang() }
          : join,
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
  if (!location.pathname.startsWith(`/join/${opts.code}`))
    history.replaceState(null, '', `/join/${opts.code}${location.search}`);
  const ctx: PanelContext = { source: store, send: (intent) => session.request(intent) };
  renderGame(root, ctx);
  return null;
}

/** Where "skip to your task" leads in each phase (the panel the CSS puts first). */
const TASK_PANEL: Record<Phase, string> = {
  lobby: 'briefing-panel',
  briefing: 'briefing-panel',
  news: 'news',
  deliberation: 'proposals',
  decision: 'proposals',
  resolution: 'revealed',
  reflection: 'reflection',
  ended: 'scores',
};

function renderGame(root: HTMLElement, ctx: PanelContext): void {
  const bar = statusBar(ctx);
  const panels = {
    board: boardPanel(ctx),
    revealed: revealedMovesPanel(ctx),
    causes: causesPanel(ctx),
    news: newsPanel(ctx),
    scores: scoresPanel(ctx),
    meters: metersTextPanel(ctx),
    reflection: reflectionPanel(ctx),
    proposals: proposalsPanel(ctx),
    team: teamChatPanel(ctx),
    diplomacy: diplomacyPanel(ctx),
    statements: statementsPanel(ctx),
    'briefing-panel': briefingPanel(ctx),
    moves: moveListPanel(ctx),
  };
  for (const [id, el] of Object.entries(panels)) {
    el.id = id;
    el.tabIndex = -1;
  }
  // Both columns are laid out in reading order; the CSS moves the phase's task first (body[data-phase]).
  const main = h(
    'main',
    { class: 'game', id: 'main' },
    h(
      'div',
      { class: 'col board-col' },
      panels.board,
      panels.revealed,
      panels.causes,
      panels.news,
      panels.scores,
      panels.meters,
    ),
    h(
      'div',
      { class: 'col panels-col', id: 'panels' },
      panels.reflection,
      panels.proposals,
      panels.team,
      panels.diplomacy,
      panels.statements,
      panels['briefing-panel'],
      panels.moves,
    ),
  );
  const skipTask = h('a', { class: 'skip-link', href: '#proposals' }, t('skipTask'));
  const now = nowLine(ctx, 'student', undefined, t('appTitle'));
  replace(
    root,
    h(
      'nav',
      { class: 'skip-links', 'aria-label': t('skipMain') },
      skipTask,
      h('a', { class: 'skip-link', href: '#main' }, t('skipMain')),
    ),
    h('header', { class: 'top' }, h('h1', {}, t('appTitle')), bar.el, languagePicker(), now),
    announcer(ctx, 'student'),
    main,
  );
  watch(
    ctx.source,
    (s) => [s.view?.phase],
    (s) => {
      if (s.view) skipTask.setAttribute('href', `#${TASK_PANEL[s.view.phase]}`);
    },
  );
  // Joined: focus lands on the line that says what to do now (the announcer says which delegation).
  now.focus();
  // A removed student keeps no window on the game: the panels go, the line at the top says why.
  watch(
    ctx.source,
    (s) => [s.status],
    (s) => {
      if (s.status !== 'removed') return;
      replace(main, h('p', { class: 'removed', role: 'alert' }, t('nowRemoved')));
    },
  );
}
