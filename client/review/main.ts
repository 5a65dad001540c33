// Entry of `/review/CODE` (the teacher's full review, host key from this browser or pasted) and `/shared/TOKEN`
// (the class's read-only released view). Must not import Phaser statically (the board loads on request).
import '../styles/app.css';
import './review.css';
import type { HostReplayReply, HostReviewReply, ReviewModel } from '../../shared/transcript/review-types.ts';
import { forgetHost, hostKeyFor, saveHost } from '../net/storage.ts';
import { h, replace, section } from '../panels/dom.ts';
import { CODE_PATTERN, normalizeCode } from '../pages/code.ts';
import { ApiError, reviewApi } from './api.ts';
import { meterChart } from './chart.ts';
import { deleteControl, exportControls, releaseControls } from './controls.ts';
import { scrubber } from './scrubber.ts';
import { commitmentsTable, delegationsList, offersTable, participationTable, promptsList, reflectionsList, roundSummaries, scoresList } from './sections.ts';
import { timeline } from './timeline.ts';

const root = document.getElementById('app') ?? document.body;
document.documentElement.lang = 'en';

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
  replace(root, h('main', { id: 'main', class: 'review-main' }, h('h1', {}, 'Session review'), h('p', { role, class: role === 'alert' ? 'form-status error' : '' }, text)));
}

/** Asks for the host key when this browser does not hold one for the code. */
function askForKey(code: string, problem?: string): void {
  const input = h('input', { id: 'host-key', type: 'password', autocomplete: 'off', required: true, 'aria-describedby': 'host-key-hint' });
  const form = h(
    'form',
    { class: 'panel key-form' },
    h('h1', {}, `Review of session ${code}`),
    problem ? h('p', { role: 'alert', class: 'form-status error' }, problem) : null,
    h('div', { class: 'field' }, h('label', { for: 'host-key' }, 'Teacher key for this session'), input, h('small', { id: 'host-key-hint', class: 'hint' }, 'This browser does not remember a teacher key for this session. Paste the key you were given when you created it.')),
    h('button', { type: 'submit', class: 'primary' }, 'Open the review'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) void openHost(code, key, true);
  });
  replace(root, h('main', { id: 'main', class: 'review-main' }, form));
  input.focus();
}

async function openHost(code: string, key: string, remember: boolean): Promise<void> {
  message('Loading the review…', 'status');
  let review;
  try {
    review = await reviewApi.hostReview(code, key);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      if (!remember) forgetHost(code);
      return askForKey(code, 'That key does not open this session.');
    }
    return message(err instanceof ApiError && err.status === 404 ? `There is no session ${code} (it may have been deleted).` : (err as Error).message);
  }
  if (remember) saveHost({ code, hostKey: key, createdAt: review.createdAt });
  // The scrubber's exact replay needs the transcript; the rest of the page does not wait for it.
  const replayData = await reviewApi.replayData(code, key).catch(() => null);
  render(review, { code, key, replayData, release: review.release });
}

interface HostExtras {
  code: string;
  key: string;
  replayData: HostReplayReply | null;
  release: HostReviewReply['release'];
}

/** Builds the whole page for a review model; host extras add replay, exports, release and delete. */
function render(review: ReviewModel, host: HostExtras | null): void {
  const title = `${review.scenario.title}: session review`;
  document.title = `${title} — Peninsula`;
  const levelText =
    review.level === 'host'
      ? 'Teacher view: everything, including private channels.'
      : `Shared with the class: ${review.level === 'public' ? 'public statements' : review.level === 'diplomatic' ? 'public and diplomatic messages' : 'public, diplomatic and team channels'}${review.pseudonyms ? ', with pseudonyms' : ''}. Read-only.`;
  const chart = meterChart(review);
  const scrub = scrubber({ review, replayData: host?.replayData ?? null, onRound: (r) => chart.highlight(r) });
  // From a timeline entry to the replay at that moment: the exact step for the host, its round otherwise.
  const exact = Boolean(host?.replayData);
  const last = review.series[review.series.length - 1];
  const parts: [string, string, HTMLElement | null][] = [
    ['overview', 'Overview', h('div', {}, h('p', {}, `${review.roundsPlayed} round${review.roundsPlayed === 1 ? '' : 's'} played${review.ended ? '' : ' (the session had not ended)'}. Tension ${review.series[0]?.tension ?? '?'} at the start, ${last?.tension ?? '?'} at the end.`), scoresList(review))],
    ['chart', 'Tension and world meters', chart.el],
    ['replay', 'Replay', scrub.el],
    ['rounds', 'Round by round', roundSummaries(review)],
    ['promises', 'Promise against action', commitmentsTable(review)],
    ['offers', 'Offers answered and ignored', offersTable(review)],
    ['participation', 'Participation', participationTable(review)],
    ['reflections', 'Reflections', reflectionsList(review)],
    ['prompts', 'Debrief prompts', promptsList(review)],
    ['delegations', 'Delegations and their briefs', delegationsList(review)],
    ['timeline', 'Timeline', timeline(review, (item) => scrub.goTo(exact ? item.seq : item.round))],
  ];
  if (host) {
    parts.push(
      ['exports', 'Exports', exportControls(host.code, host.key)],
      ['share', 'Share with the class', releaseControls(host.code, host.key, host.release)],
      ['delete', 'Delete', deleteControl(host.code, host.key, () => {
        forgetHost(host.code);
        message(`Session ${host.code} was deleted.`, 'status');
      })],
    );
  }
  const present = parts.filter((p): p is [string, string, HTMLElement] => p[2] !== null);
  replace(
    root,
    h('a', { href: '#main', class: 'skip-link' }, 'Skip to the review'),
    h('header', { class: 'top' }, h('h1', {}, title), host ? h('span', { class: 'badge' }, `Session ${host.code}`) : null, h('p', { class: 'level-note' }, levelText)),
    h('nav', { class: 'toc', 'aria-label': 'Sections' }, h('ul', {}, ...present.map(([id, label]) => h('li', {}, h('a', { href: `#${id}` }, label))))),
    h('main', { id: 'main', class: 'review-main' }, ...present.map(([id, label, body]) => {
      const s = section(label, `review-${id}`, body);
      s.id = id;
      return s;
    })),
  );
}

async function boot(): Promise<void> {
  const route = routeOf(location.pathname);
  if (route.kind === 'none') return message('This address does not name a review. Open /review/CODE as the teacher, or the link your teacher shared.');
  if (route.kind === 'shared') {
    message('Loading the review…', 'status');
    try {
      render(await reviewApi.shared(route.token), null);
    } catch (err) {
      message(err instanceof ApiError && err.status === 404 ? 'This review is not shared (or the link was withdrawn). Ask your teacher for the current link.' : (err as Error).message);
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
