// Entry of `/host`: create a session, list this browser's sessions, and run one as its teacher
// (code + QR, controls, roster, every channel, the board). The host key stays in localStorage.
import '../styles/app.css';
import { defaultSettings } from '../../shared/rules/setup.ts';
import { LIMITS } from '../../shared/rules/commands.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { TIMED_PHASES, type TimedPhase } from '../../shared/rules/types.ts';
import { errorText, lang, t, term } from '../i18n/index.ts';
import { watchLanguages } from '../i18n/mark-lang.ts';
import { languagePicker } from '../i18n/picker.ts';
import { ApiError, createSession, listScenarios, qrUrl } from '../net/api.ts';
import { connect } from '../net/connection.ts';
import { errorCodeOf } from '../net/errors.ts';
import { forgetHost, hostKeyFor, loadHosts, saveHost } from '../net/storage.ts';
import { Store } from '../state/store.ts';
import { field, h, replace, section, statusLine } from '../panels/dom.ts';
import type { PanelContext } from '../panels/context.ts';
import { allChannelsPanel } from '../panels/messages.ts';
import { newsPanel } from '../panels/briefing.ts';
import { causesPanel, metersTextPanel, scoresPanel, statusBar } from '../panels/meters.ts';
import { boardPanel } from '../panels/board.ts';
import { hostControlsPanel, injectNewsPanel, proposalsOverviewPanel, rosterPanel } from '../panels/host.ts';
import { revealedMovesPanel } from '../panels/proposals.ts';
import { codeFromLocation } from './code.ts';

const root = document.getElementById('app') ?? document.body;
document.documentElement.lang = lang();
document.title = `${t('appTitle')} — ${t('hostHeading')}`;
watchLanguages();

function top(): HTMLElement {
  return h('header', { class: 'top' }, h('h1', {}, h('a', { href: '/host' }, t('hostHeading'))), languagePicker());
}

async function createForm(): Promise<HTMLElement> {
  const defaults = defaultSettings();
  const scenario = h('select', { required: true });
  const rounds = h('input', { type: 'number', min: LIMITS.roundsMin, max: LIMITS.roundsMax, value: defaults.rounds, required: true });
  const reflection = h('input', { type: 'checkbox', checked: defaults.reflection });
  const seconds = Object.fromEntries(
    TIMED_PHASES.map((p) => [p, h('input', { type: 'number', min: LIMITS.phaseSecondsMin, max: LIMITS.phaseSecondsMax, value: defaults.phaseSeconds[p], required: true, name: `phase-${p}` })]),
  ) as Record<TimedPhase, HTMLInputElement>;
  const status = statusLine();
  try {
    const list = await listScenarios();
    replace(scenario, ...list.map((s) => h('option', { value: s.id }, s.title)));
  } catch (err) {
    status.error(errorText(err instanceof ApiError ? err.code : 'net/offline'));
  }
  return h(
    'form',
    { class: 'create-form', onsubmit: async (e: Event) => {
      e.preventDefault();
      status.clear();
      try {
        const phaseSeconds = Object.fromEntries(TIMED_PHASES.map((p) => [p, Number(seconds[p].value)])) as Record<TimedPhase, number>;
        const created = await createSession({ scenarioId: scenario.value, rounds: Number(rounds.value), phaseSeconds, reflection: reflection.checked });
        saveHost({ code: created.code, hostKey: created.hostKey, createdAt: Date.now() });
        location.assign(`/host?code=${created.code}`);
      } catch (err) {
        status.error(err instanceof ApiError ? `${errorText(err.code)} ${err.message}` : errorText('net/offline'));
      }
    } },
    field(t('scenario'), scenario),
    field(t('rounds'), rounds),
    h('fieldset', {}, h('legend', {}, t('phaseSeconds')), ...TIMED_PHASES.map((p) => field(term('phase', p), seconds[p]))),
    h('div', { class: 'field inline' }, reflection, h('label', {}, t('reflectionToggle'))),
    h('button', { type: 'submit', class: 'primary' }, t('create')),
    status.el,
  );
}

function sessionsList(): HTMLElement {
  const hosts = loadHosts();
  return section(
    t('yourSessions'),
    'sessions',
    hosts.length
      ? h('ul', {}, ...hosts.map((s) => h('li', {}, h('a', { href: `/host?code=${s.code}` }, `${t('open')} ${s.code}`), ' ', new Date(s.createdAt).toLocaleString(lang()), ' ', h('button', { type: 'button', onclick: () => (forgetHost(s.code), location.reload()) }, t('forget')))))
      : h('p', { class: 'empty' }, t('empty')),
  );
}

async function home(): Promise<void> {
  const form = await createForm();
  replace(root, top(), h('main', { class: 'host-home', id: 'main' }, section(t('createSession'), 'create', form), sessionsList()));
}

async function dashboard(code: string, hostKey: string): Promise<void> {
  const store = new Store();
  replace(root, top(), h('main', { id: 'main' }, h('p', { role: 'status' }, t('statusConnecting'))));
  let session;
  try {
    session = await connect({ join: { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey }, store });
  } catch (err) {
    replace(root, top(), h('main', { id: 'main' }, h('p', { role: 'alert', class: 'form-status error' }, errorText(errorCodeOf(err))), sessionsList()));
    return;
  }
  const ctx: PanelContext = { source: store, send: (intent) => session.request(intent) };
  const joinUrl = `${location.origin}/join/${code}`;
  const bar = statusBar(ctx);
  replace(
    root,
    top(),
    h(
      'main',
      { class: 'host', id: 'main' },
      h(
        'section',
        { class: 'panel join-info', 'aria-label': t('joinAt') },
        h('p', { class: 'big-code' }, h('span', { class: 'code', 'data-code': code }, code)),
        h('p', {}, `${t('joinAt')}: `, h('a', { href: joinUrl }, joinUrl)),
        h('img', { class: 'qr', src: qrUrl(code), alt: t('qrAlt'), width: 320, height: 320 }),
        h('p', {}, h('a', { href: `/projector/${code}`, target: '_blank' }, t('projectorLink')), ' · ', h('a', { href: `/review/${code}` }, t('reviewLink'))),
      ),
      h('div', { class: 'host-main' }, bar.el, hostControlsPanel(ctx), injectNewsPanel(ctx), rosterPanel(ctx), proposalsOverviewPanel(ctx), allChannelsPanel(ctx)),
      h('div', { class: 'host-board' }, boardPanel(ctx), metersTextPanel(ctx), causesPanel(ctx), revealedMovesPanel(ctx), newsPanel(ctx), scoresPanel(ctx)),
    ),
  );
}

function boot(): void {
  const code = codeFromLocation(location);
  if (!code) return void home();
  const key = hostKeyFor(code);
  if (!key) {
    replace(root, top(), h('main', { id: 'main' }, h('p', { role: 'alert', class: 'form-status error' }, t('hostKeyMissing')), sessionsList()));
    return;
  }
  void dashboard(code, key);
}

boot();
