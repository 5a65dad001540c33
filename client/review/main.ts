// Entry of `/review/CODE` (the teacher's full review, host key from this browser or pasted) and `/shared/TOKEN`
// (the class's read-only released view). Must not import Phaser statically (the board loads on request).
import '../styles/app.css';
import './review.css';
import type { HostReviewReply, ReviewModel } from '../../shared/transcript/review-types.ts';
import { CATALOGUES, lang, rt } from '../i18n/index.ts';
import { watchLanguages } from '../i18n/mark-lang.ts';
import { languagePicker } from '../i18n/picker.ts';
import { forgetHost, hostKeyFor, saveHost } from '../net/storage.ts';
import { h, replace, section } from '../panels/dom.ts';
import { CODE_PATTERN, normalizeCode } from '../pages/code.ts';
import { ApiError, reviewApi } from './api.ts';
import { meterChart } from './chart.ts';
import { deleteControl, exportControls, releaseControls } from './controls.ts';
import { scrubber, type ReplayData } from './scrubber.ts';
import { loadEngine } from '../../shared/engines/registry.ts';
import {
  commitmentsTable,
  delegationsList,
  offersTable,
  participationTable,
  promptsList,
  reflectionsList,
  roundSummaries,
  scoresList,
} from './sections.ts';
import { timeline } from './timeline.ts';
import { lt } from './lab-text.ts';
import { whatIfSections } from './whatif-sections.ts';

const root = document.getElementById('app') ?? document.body;
/** The class's share token on /shared/TOKEN (the what-if lab asks through it). */
let sharedToken: string | null = null;
document.documentElement.lang = CATALOGUES[lang()].tag;
watchLanguages();

type Route = { kind: 'host'; code: string } | { kind: 'shared'; token: string } | { kind: 'none' };

/** Which review this page shows, from its path. */
export function routeOf(pathname: string): Route {
  const review = /^\/review\/([^/?#]+)/.exec(pathname)?.[1];
  if (review) {
    const code = normalizeCode(decodeURIComponent(review));
    if (CODE_PATTERN.test(code)) return { kind: 'host', code };
  }
  const shared = /^\/shared\/([A-Za-z0-9_-]+)/.exec(pathname)?.[1];
  if (shared) return { kind: 'shared', token: shared };
  return { kind: 'none' };
}

function message(text: string, role: 'alert' | 'status' = 'alert'): void {
  replace(
    root,
    h(
      'main',
      { id: 'main', class: 'review-main' },
      h('h1', {}, rt('heading')),
      h('p', { role, class: role === 'alert' ? 'form-status error' : '' }, text),
    ),
  );
}

/**
 * Asks for the host key when this browser does not hold one for the code. A refused key comes back here with
 * `problem`: the field is marked invalid and described by the error, and focus lands on it, so a screen reader
 * hears the field, that it is invalid and why, and the key can be typed again at once.
 */
function askForKey(code: string, problem?: string): void {
  const input = h('input', {
    id: 'host-key',
    type: 'password',
    autocomplete: 'off',
    required: true,
    'aria-describedby': problem ? 'host-key-error host-key-hint' : 'host-key-hint',
    'aria-invalid': problem ? 'true' : null,
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, rt('openReview'));
  // While the review loads, the form stays (focus stays on the button) and says so here.
  const status = h('p', { role: 'status', class: 'form-status' });
  const form = h(
    'form',
    { class: 'panel key-form' },
    h('h1', {}, rt('headingOf', { code })),
    problem ? h('p', { role: 'alert', id: 'host-key-error', class: 'form-status error' }, problem) : null,
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'host-key' }, rt('keyLabel')),
      input,
      h('small', { id: 'host-key-hint', class: 'hint' }, rt('keyHint')),
    ),
    submit,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (!key || submit.getAttribute('aria-disabled') === 'true') return;
    submit.setAttribute('aria-disabled', 'true');
    status.textContent = rt('loading');
    void openHost(code, key, true);
  });
  replace(root, h('main', { id: 'main', class: 'review-main' }, form));
  input.focus();
}

/**
 * Opens the teacher's review with a key: `remember` is true when the teacher just typed it (it is then saved,
 * and focus moves to the review's heading once drawn), false for the key this browser already held.
 */
async function openHost(code: string, key: string, remember: boolean): Promise<void> {
  if (!remember) message(rt('loading'), 'status');
  let review;
  try {
    review = await reviewApi.hostReview(code, key);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      if (!remember) forgetHost(code);
      return askForKey(code, rt('wrongKey'));
    }
    return message(err instanceof ApiError && err.status === 404 ? rt('noSession', { code }) : (err as Error).message);
  }
  if (remember) saveHost({ code, hostKey: key, createdAt: review.createdAt });
  // The scrubber's exact replay needs the transcript; the rest of the page does not wait for it.
  // It runs through the engine of the session's own rules version (a frozen one loads on demand).
  const replayData = await reviewApi
    .replayData(code, key)
    .then(async (data) => {
      const engine = await loadEngine(data.transcript.header.rulesVersion);
      return engine ? { ...data, engine } : null;
    })
    .catch(() => null);
  render(review, { code, key, replayData, release: review.release });
  // The form the teacher typed in is gone: start them at the top of what they asked for, not at the page's start.
  if (remember) document.querySelector<HTMLElement>('header.top h1')?.focus();
}

interface HostExtras {
  code: string;
  key: string;
  replayData: ReplayData | null;
  release: HostReviewReply['release'];
}

/** Builds the whole page for a review model; host extras add replay, exports, release and delete. */
function render(review: ReviewModel, host: HostExtras | null): void {
  const title = rt('title', { title: review.scenario.title });
  document.title = `${title} — ${CATALOGUES[lang()].text.appTitle}`;
  const shared = { public: rt('sharedPublic'), diplomatic: rt('sharedDiplomatic'), team: rt('sharedTeam') };
  const levelText =
    review.level === 'host'
      ? rt('levelHost')
      : rt('levelShared', { what: shared[review.level], pseudonyms: review.pseudonyms ? rt('withPseudonyms') : '' });
  const chart = meterChart(review);
  const scrub = scrubber({ review, replayData: host?.replayData ?? null, onRound: (r) => chart.highlight(r) });
  // From a timeline entry to the replay at that moment: the exact step for the host, its round otherwise.
  const exact = Boolean(host?.replayData);
  const last = review.series[review.series.length - 1];
  // The what-if lab, reference curves and mechanism chart arrive from the server after the page is drawn.
  const lab = whatIfSections(
    host
      ? { kind: 'host', code: host.code, key: host.key }
      : sharedToken
        ? { kind: 'shared', token: sharedToken }
        : null,
    chart,
  );
  const parts: [string, string, HTMLElement | null][] = [
    [
      'overview',
      rt('secOverview'),
      h(
        'div',
        {},
        h(
          'p',
          {},
          `${rt('roundsPlayed', { n: review.roundsPlayed })}${review.ended ? '' : rt('notEnded')} ${rt('tensionStartEnd', { start: review.series[0]?.tension ?? '?', end: last?.tension ?? '?' })}`,
        ),
        scoresList(review),
      ),
    ],
    ['chart', rt('secChart'), chart.el],
    ['mechanism', lt('secMechanism'), lab.mechanism],
    ['replay', rt('secReplay'), scrub.el],
    ['whatif', lt('secWhatIf'), lab.whatIf],
    ['rounds', rt('secRounds'), roundSummaries(review)],
    ['promises', rt('secPromises'), commitmentsTable(review)],
    ['offers', rt('secOffers'), offersTable(review)],
    ['participation', rt('secParticipation'), participationTable(review)],
    ['reflections', rt('secReflections'), reflectionsList(review)],
    ['prompts', rt('secPrompts'), promptsList(review)],
    ['delegations', rt('secDelegations'), delegationsList(review)],
    ['timeline', rt('secTimeline'), timeline(review, (item) => scrub.goTo(exact ? item.seq : item.round))],
  ];
  if (host) {
    parts.push(
      ['exports', rt('secExports'), exportControls(host.code, host.key)],
      ['share', rt('secShare'), releaseControls(host.code, host.key, host.release)],
      [
        'delete',
        rt('secDelete'),
        deleteControl(host.code, host.key, () => {
          forgetHost(host.code);
          message(rt('deleted', { code: host.code }), 'status');
        }),
      ],
    );
  }
  const present = parts.filter((p): p is [string, string, HTMLElement] => p[2] !== null);
  replace(
    root,
    h('a', { href: '#main', class: 'skip-link' }, rt('skipLink')),
    h(
      'header',
      { class: 'top' },
      // Focusable by script only: the key form hands focus here once the review is drawn.
      h('h1', { tabindex: '-1' }, title),
      host ? h('span', { class: 'badge' }, rt('sessionBadge', { code: host.code })) : null,
      h('p', { class: 'level-note' }, levelText),
      languagePicker(),
    ),
    h(
      'nav',
      { class: 'toc', 'aria-label': rt('sectionsNav') },
      h('ul', {}, ...present.map(([id, label]) => h('li', {}, h('a', { href: `#${id}` }, label)))),
    ),
    h(
      'main',
      { id: 'main', class: 'review-main' },
      ...present.map(([id, label, body]) => {
        const s = section(label, `review-${id}`, body);
        s.id = id;
        return s;
      }),
    ),
  );
}

async function boot(): Promise<void> {
  const route = routeOf(location.pathname);
  if (route.kind === 'none') return message(rt('noRoute'));
  if (route.kind === 'shared') {
    sharedToken = route.token;
    message(rt('loading'), 'status');
    try {
      render(await reviewApi.shared(route.token), null);
    } catch (err) {
      message(err instanceof ApiError && err.status === 404 ? rt('notShared') : (err as Error).message);
    }
    return;
  }
  const key = hostKeyFor(route.code);
  if (!key) return askForKey(route.code);
  await openHost(route.code, key, false);
}

// A printed review shows every round: open the collapsed blocks for the printout, then restore them.
let closedForPrint: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  closedForPrint = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
  for (const d of closedForPrint) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of closedForPrint) d.open = false;
  closedForPrint = [];
});

void boot();
