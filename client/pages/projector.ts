// Entry of `/projector/CODE`: the public picture in big type for the back of the classroom
// (meters, headlines, clock, the round's revealed moves). Joins as projector: the server sends nothing private.
import '../styles/app.css';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { errorText, lang, t } from '../i18n/index.ts';
import { connect } from '../net/connection.ts';
import { errorCodeOf } from '../net/errors.ts';
import { Store } from '../state/store.ts';
import { h, replace } from '../panels/dom.ts';
import type { PanelContext } from '../panels/context.ts';
import { newsPanel } from '../panels/briefing.ts';
import { causesPanel, metersTextPanel, scoresPanel, statusBar } from '../panels/meters.ts';
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
watchLanguages();

async function boot(): Promise<void> {
  const code = codeFromLocation(location);
  if (!code) {
    replace(root, h('main', { id: 'main' }, h('p', { role: 'alert' }, errorText('form/code'))));
    return;
  }
  const store = new Store();
  try {
    await connect({ join: { role: 'projector', protocol: PROTOCOL_VERSION, code }, store });
  } catch (err) {
    replace(root, h('main', { id: 'main' }, h('p', { role: 'alert', class: 'form-status error' }, errorText(errorCodeOf(err)))));
    return;
  }
  // The projector never sends anything: a refusal-only sender keeps the panel types honest.
  const ctx: PanelContext = { source: store, send: async () => ({ ok: false, code: 'rule/not-allowed' }) };
  const bar = statusBar(ctx);
  replace(
    root,
    h('header', { class: 'top' }, h('h1', {}, `${t('appTitle')} · ${code}`), bar.el, languagePicker()),
    h(
      'main',
      { class: 'projector-main', id: 'main' },
      h('div', { class: 'col' }, boardPanel(ctx), revealedMovesPanel(ctx), scoresPanel(ctx)),
      h('div', { class: 'col' }, newsPanel(ctx, t('headlines')), metersTextPanel(ctx), causesPanel(ctx), publicLogPanel(ctx)),
    ),
  );
}

void boot();
