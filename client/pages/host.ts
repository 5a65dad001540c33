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
import { keyCard, keyFromHash, pendingKeyCard, rememberNewKey } from './key-card.ts';
import { nowLine } from '../panels/now.ts';
import { announcer } from '../panels/announcer.ts';

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
  const rounds = h('input', {
    type: 'number',
    min: LIMITS.roundsMin,
    max: LIMITS.roundsMax,
    value: defaults.rounds,
    required: true,
  });
  const reflection = h('input', {
    type: 'checkbox',
    checked: defaults.reflection,
    id: 'reflection-toggle',
    name: 'reflection',
  });
  const seconds = Object.fromEntries(
    TIMED_PHASES.map((p) => [
      p,
      h('input', {
        type: 'number',
        min: LIMITS.phaseSecondsMin,
        max: LIMITS.phaseSecondsMax,
        value: defaults.phaseSeconds[p],
        required: true,
        name: `phase-${p}`,
      }),
    ]),
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
    {
      class: 'create-form',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        status.clear();
        try {
          const phaseSeconds = Object.fromEntries(TIMED_PHASES.map((p) => [p, Number(seconds[p].value)])) as Record<
            TimedPhase,
            number
          >;
          const created = await createSession({
            scenarioId: scenario.value,
            rounds: Number(rounds.value),
            phaseSeconds,
            reflection: reflection.checked,
          });
          saveHost({ code: created.code, hostKey: created.hostKey, createdAt: Date.now() });
          rememberNewKey({ code: created.code, hostKey: created.hostKey, joinUrl: created.joinUrl });
          location.assign(`/host?code=${created.code}`);
        } catch (err) {
          status.error(err instanceof ApiError ? `${errorText(err.code)} ${err.message}` : errorText('net/offline'));
        }
      },
    },
    field(t('scenario'), scenario),
    field(t('rounds'), rounds),
    h(
      'fieldset',
      {},
      h('legend', {}, t('phaseSeconds')),
      ...TIMED_PHASES.map((p) => field(term('phase', p), seconds[p])),
    ),
    h('div', { class: 'field inline' }, reflection, h('label', { for: reflection.id }, t('reflectionToggle'))),
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
      ? h(
          'ul',
          {},
          ...hosts.map((s) =>
            h(
              'li',
              {},
              h('a', { href: `/host?code=${s.code}` }, `${t('open')} ${s.code}`),
              ' ',
              new Date(s.createdAt).toLocaleString(lang()),
              ' ',
              h('button', { type: 'button', onclick: () => (forgetHost(s.code), location.reload()) }, t('forget')),
            ),
          ),
        )
      : h('p', { class: 'empty' }, t('empty')),
  );
}

async function home(): Promise<void> {
  const form = await createForm();
  replace(
    root,
    h('a', { class: 'skip-link', href: '#main' }, t('skipMain')),
    top(),
    h('main', { class: 'host-home', id: 'main' }, section(t('createSession'), 'create', form), sessionsList()),
  );
}

/** Asks for the teacher key (from the card saved at creation) when this browser does not hold it. */
function askForKey(code: string, problem?: string): void {
  const input = h('input', {
    id: 'host-key',
    name: 'hostKey',
    type: 'password',
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'host-key-hint',
    'aria-invalid': problem ? 'true' : null,
  });
  const error = problem ? h('p', { role: 'alert', class: 'form-status error', id: 'host-key-error' }, problem) : null;
  if (error) input.setAttribute('aria-describedby', 'host-key-error host-key-hint');
  const form = h(
    'form',
    {
      class: 'panel key-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const key = input.value.trim();
        if (!key) return;
        saveHost({ code, hostKey: key, createdAt: Date.now() });
        void dashboard(code, key);
      },
    },
    h('h2', {}, `${t('hostHeading')} · ${code}`),
    error,
    h('p', { class: 'form-status error' }, t('hostKeyMissing')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'host-key' }, t('keyCardKey')),
      input,
      h('small', { id: 'host-key-hint', class: 'hint' }, t('keyEnterHint')),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('keyEnterSubmit')),
  );
  replace(
    root,
    h('a', { class: 'skip-link', href: '#main' }, t('skipMain')),
    top(),
    h('main', { id: 'main', class: 'host-home' }, form, sessionsList()),
  );
  input.focus();
}

/** The address students type and the QR encodes (the server's public address, not this browser's). */
async function joinAddress(code: string): Promise<string> {
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(code)}`);
    const body = (await res.json()) as { joinUrl?: string };
    if (typeof body.joinUrl === 'string') return body.joinUrl;
  } catch {
    // Fall back to this browser's own address below.
  }
  return `${location.origin}/join/${code}`;
}

async function dashboard(code: string, hostKey: string): Promise<void> {
  const store = new Store();
  replace(root, top(), h('main', { id: 'main' }, h('p', { role: 'status' }, t('statusConnecting'))));
  let session;
  try {
    session = await connect({ join: { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey, lang: lang() }, store });
  } catch (err) {
    const failure = errorCodeOf(err);
    if (failure === 'protocol/unauthorized') {
      forgetHost(code);
      askForKey(code, errorText(failure));
      return;
    }
    replace(
      root,
      top(),
      h(
        'main',
        { id: 'main' },
        h('p', { role: 'alert', class: 'form-status error' }, errorText(failure)),
        sessionsList(),
      ),
    );
    return;
  }
  const ctx: PanelContext = { source: store, send: (intent) => session.request(intent) };
  const joinUrl = await joinAddress(code);
  const bar = statusBar(ctx);
  const pending = pendingKeyCard(code);
  const card = pending
    ? keyCard(pending, location.origin, () => document.querySelector<HTMLElement>('.ctl-start, .ctl-skip')?.focus())
    : null;
  const header = top();
  header.append(
    h('div', { class: 'host-status' }, bar.el),
    nowLine(ctx, 'host', undefined, `${t('hostHeading')} ${code}`),
  );
  const controls = hostControlsPanel(ctx, code);
  controls.id = 'controls';
  controls.tabIndex = -1;
  const roster = rosterPanel(ctx);
  roster.id = 'roster';
  roster.tabIndex = -1;
  replace(
    root,
    h(
      'nav',
      { class: 'skip-links', 'aria-label': t('skipMain') },
      h('a', { class: 'skip-link', href: '#controls' }, t('skipControls')),
      h('a', { class: 'skip-link', href: '#roster' }, t('skipRoster')),
    ),
    header,
    announcer(ctx, 'host'),
    h(
      'main',
      { class: 'host', id: 'main' },
      h(
        'section',
        { class: 'panel join-info', 'aria-label': t('joinAt') },
        h('p', { class: 'big-code' }, h('span', { class: 'code', 'data-code': code }, code)),
        h('p', {}, `${t('joinAt')}: `, h('a', { href: joinUrl, class: 'join-url' }, joinUrl)),
        h('img', { class: 'qr', src: qrUrl(code), alt: t('qrAlt'), width: 320, height: 320 }),
        h(
          'p',
          {},
          h('a', { href: `/projector/${code}`, target: '_blank', class: 'projector-link' }, t('projectorOpen')),
          ' · ',
          h('a', { href: `/review/${code}` }, t('reviewLink')),
        ),
      ),
      h(
        'div',
        { class: 'host-main' },
        card,
        controls,
        roster,
        injectNewsPanel(ctx),
        proposalsOverviewPanel(ctx),
        allChannelsPanel(ctx),
      ),
      h(
        'div',
        { class: 'host-board' },
        boardPanel(ctx),
        revealedMovesPanel(ctx),
        causesPanel(ctx),
        newsPanel(ctx),
        scoresPanel(ctx),
        metersTextPanel(ctx),
      ),
    ),
  );
  card?.querySelector<HTMLElement>('h2')?.focus();
}

function boot(): void {
  const code = codeFromLocation(location);
  if (!code) return void home();
  // The private teacher link carries the key in the fragment: keep it in this browser, then take it out of
  // the address bar (and so out of the history, bookmarks and anything projected).
  const fromLink = keyFromHash(location.hash);
  if (fromLink) {
    saveHost({ code, hostKey: fromLink, createdAt: Date.now() });
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  const key = hostKeyFor(code);
  if (!key) return askForKey(code);
  void dashboard(code, key);
}

boot();
