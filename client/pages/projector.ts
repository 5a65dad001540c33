// Entry of `/projector/CODE`: the public picture in big type for the back of the classroom
// (meters, headlines, clock, the round's revealed moves). Joins as projector: the server sends nothing private.
import '../styles/app.css';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { errorText, lang, t } from '../i18n/index.ts';
import { connect } from '../net/connection.ts';
import { errorCodeOf } from '../net/errors.ts';
import { Store } from '../state/store.ts';
import { h, replace, section, syncList } from '../panels/dom.ts';
import { watch } from '../panels/context.ts';
import { nowLine } from '../panels/now.ts';
import { qrUrl } from '../net/api.ts';
import { topReasons } from '../state/view-models.ts';
import type { PanelContext } from '../panels/context.ts';
import { newsPanel } from '../panels/briefing.ts';
import { metersTextPanel, scoresPanel, statusBar } from '../panels/meters.ts';
import { boardPanel } from '../panels/board.ts';
import { revealedMovesPanel } from '../panels/proposals.ts';
import { watchLanguages } from '../i18n/mark-lang.ts';
import { languagePicker } from '../i18n/picker.ts';
import { publicLogPanel } from '../panels/messages.ts';
import { codeFromLocation } from './code.ts';

const root = document.getElementById('app') ?? document.body;
document.documentElement.lang = lang();
document.title = `${t('appTitle')} — ${t('projectorHeading')}`;
document.body.classList.add('projector');
// Sizes in rem follow the projected screen: the root font grows with the window.
document.documentElement.classList.add('projector');
watchLanguages();

async function boot(): Promise<void> {
  const code = codeFromLocation(location);
  if (!code) {
    replace(root, h('main', { id: 'main' }, h('p', { role: 'alert' }, errorText('form/code'))));
    return;
  }
  const store = new Store();
  try {
    await connect({ join: { role: 'projector', protocol: PROTOCOL_VERSION, code, lang: lang() }, store });
  } catch (err) {
    replace(
      root,
      h('main', { id: 'main' }, h('p', { role: 'alert', class: 'form-status error' }, errorText(errorCodeOf(err)))),
    );
    return;
  }
  // The projector never sends anything: a refusal-only sender keeps the panel types honest.
  const ctx: PanelContext = { source: store, send: async () => ({ ok: false, code: 'rule/not-allowed' }) };
  const bar = statusBar(ctx);
  const joinUrl = await joinAddress(code);
  replace(
    root,
    h('a', { class: 'skip-link', href: '#main' }, t('skipMain')),
    h(
      'header',
      { class: 'top' },
      h('h1', {}, `${t('appTitle')} · ${code}`),
      bar.el,
      languagePicker(),
      nowLine(ctx, 'projector', undefined, `${t('projectorHeading')} ${code}`),
    ),
    lobbyPanel(ctx, code, joinUrl),
    h(
      'main',
      { class: 'projector-main', id: 'main' },
      h('div', { class: 'col' }, boardPanel(ctx), revealedMovesPanel(ctx), scoresPanel(ctx)),
      h(
        'div',
        { class: 'col' },
        topReasonsPanel(ctx),
        newsPanel(ctx, t('headlines')),
        publicLogPanel(ctx),
        metersTextPanel(ctx),
      ),
    ),
  );
}

/** The address students type and the QR encodes: the server's public one (not this browser's). */
async function joinAddress(code: string): Promise<string> {
  try {
    const body = (await (await fetch(`/api/sessions/${encodeURIComponent(code)}`)).json()) as { joinUrl?: string };
    if (typeof body.joinUrl === 'string') return body.joinUrl;
  } catch {
    // This browser's own address is the best guess left.
  }
  return `${location.origin}/join/${code}`;
}

/** In the lobby: the join address and code readable from the back of the room, the QR, who is seated where. */
function lobbyPanel(ctx: PanelContext, code: string, joinUrl: string): HTMLElement {
  const seated = h('ul', { class: 'seated' });
  watch(
    ctx.source,
    (s) => [s.view?.seatCounts, s.scenario],
    (s) => {
      const counts = s.view?.seatCounts ?? {};
      replace(
        seated,
        ...(s.scenario?.delegations ?? []).map((d) =>
          h('li', { style: `--c:${d.color}` }, `${d.name}: ${counts[d.id] ?? 0}`),
        ),
      );
    },
  );
  return h(
    'section',
    { class: 'projector-join', id: 'join', 'aria-label': t('joinAt') },
    h('p', { class: 'join-address' }, `${t('joinAt')} ${joinUrl.replace(/\/join\/[^/]+$/, '')}`),
    h('p', {}, h('span', { class: 'code', 'data-code': code }, code)),
    h('img', { class: 'qr', src: qrUrl(code), alt: t('qrAlt'), width: 320, height: 320 }),
    h('h2', {}, t('seatedPerDelegation')),
    seated,
  );
}

/** The round's top five reasons, in big type: the ones the class should talk about. */
function topReasonsPanel(ctx: PanelContext): HTMLElement {
  const list = h('ol', { class: 'causes top-reasons' });
  watch(
    ctx.source,
    (s) => [s.roundEvents, s.scenario],
    (s) => {
      // The rules' own ranking of what moved peninsula tension most this round (shared/causes/why.ts).
      const top = topReasons(s.roundEvents, null, s.scenario, undefined, s.view?.news).lines.map((text, i) => ({
        text,
        i,
      }));
      syncList(
        list,
        top,
        (r) => `${r.i}:${r.text}`,
        (r) => h('li', {}, r.text),
        undefined,
        () => h('li', { class: 'empty' }, t('empty')),
      );
    },
  );
  return section(t('topReasons'), 'top-reasons-panel', list);
}

void boot();
