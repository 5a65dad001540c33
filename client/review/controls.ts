// Host-only controls on the review page: exports, the release to the class, and deleting the session.
// Must not import Phaser or the SDK.
import type { HostReviewReply, ReleaseInfo, ReleaseLevel } from '../../shared/transcript/review-types.ts';
import { h, replace } from '../panels/dom.ts';
import { reviewApi } from './api.ts';

const LEVELS: [ReleaseLevel | 'none', string, string][] = [
  ['none', 'Not shared', 'Only you can see this review.'],
  ['public', 'Public statements', 'Statements, news, moves revealed, meters and their causes.'],
  ['diplomatic', 'Plus diplomatic messages', 'Also the messages delegations sent each other.'],
  ['team', 'Plus team channels', 'Also team chat, proposals, private briefs and reflections.'],
];

/** Export buttons (fetch with the host key, then save). */
export function exportControls(code: string, key: string): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const button = (format: 'json' | 'csv' | 'md', label: string) => {
    const b = h('button', { type: 'button' }, label);
    b.addEventListener('click', () => {
      status.textContent = 'Preparing…';
      reviewApi.download(code, key, format).then(
        () => (status.textContent = `${label} saved.`),
        (e: Error) => (status.textContent = e.message),
      );
    });
    return b;
  };
  return h(
    'div',
    {},
    h('div', { class: 'row' }, button('json', 'JSON (complete, replayable)'), button('csv', 'CSV (one row per event)'), button('md', 'Markdown transcript'), h('button', { type: 'button', onclick: () => print() }, 'Print or save as PDF')),
    status,
  );
}

/** The release form: level (radio group) and pseudonyms, with the share link once released. */
export function releaseControls(code: string, key: string, initial: HostReviewReply['release']): HTMLElement {
  const linkBox = h('div', { class: 'share-link' });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const current = initial?.level ?? 'none';
  const radios = LEVELS.map(([value, label, hint]) => {
    const id = `release-${value}`;
    const input = h('input', { type: 'radio', name: 'release-level', id, value, checked: value === current, 'aria-describedby': `${id}-hint` });
    return h('div', { class: 'field inline' }, input, h('label', { for: id }, label), h('small', { id: `${id}-hint`, class: 'hint' }, hint));
  });
  const pseudo = h('input', { type: 'checkbox', id: 'release-pseudonyms', checked: initial ? initial.pseudonyms : true });
  const save = h('button', { type: 'submit', class: 'primary' }, 'Save what the class may see');
  const showLink = (info: ReleaseInfo | null) => {
    if (!info) return replace(linkBox, h('p', {}, 'Nothing is shared with the class.'));
    const url = `${location.origin}${info.path}`;
    const copy = h('button', { type: 'button' }, 'Copy link');
    copy.addEventListener('click', () => void navigator.clipboard?.writeText(url).then(() => (status.textContent = 'Link copied.')));
    replace(linkBox, h('p', {}, 'Read-only link for the class: ', h('a', { href: info.path, id: 'share-url' }, url), ' ', copy));
  };
  showLink(initial);
  const form = h(
    'form',
    { class: 'release-form' },
    h('fieldset', {}, h('legend', {}, 'What may the class see?'), ...radios),
    h('div', { class: 'field inline' }, pseudo, h('label', { for: 'release-pseudonyms' }, 'Replace nicknames with pseudonyms (“Seoul delegate 2”)')),
    save,
    status,
    linkBox,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = (form.querySelector('input[name="release-level"]:checked') as HTMLInputElement | null)?.value ?? 'none';
    const choice = picked === 'none' ? null : { level: picked as ReleaseLevel, pseudonyms: pseudo.checked };
    save.disabled = true;
    reviewApi.release(code, key, choice).then(
      ({ release }) => {
        showLink(release);
        status.textContent = release ? `Shared: ${LEVELS.find((l) => l[0] === release.level)?.[1] ?? release.level}${release.pseudonyms ? ', with pseudonyms' : ''}.` : 'The class link is withdrawn.';
      },
      (e: Error) => (status.textContent = e.message),
    ).finally(() => (save.disabled = false));
  });
  return form;
}

/** Delete with a confirmation step: removes the session from the store entirely. */
export function deleteControl(code: string, key: string, onDeleted: () => void): HTMLElement {
  const box = h('div', { class: 'delete-box' });
  const start = h('button', { type: 'button', class: 'danger' }, 'Delete this session…');
  const ask = () => {
    const yes = h('button', { type: 'button', class: 'danger' }, 'Yes, delete it for good');
    const no = h('button', { type: 'button' }, 'Cancel');
    const status = h('p', { class: 'form-status', role: 'alert' });
    yes.addEventListener('click', () => {
      yes.disabled = true;
      reviewApi.remove(code, key).then(onDeleted, (e: Error) => {
        status.textContent = e.message;
        yes.disabled = false;
      });
    });
    no.addEventListener('click', () => {
      replace(box, start);
      start.focus();
    });
    replace(box, h('p', { id: 'delete-warning' }, `Session ${code}, its transcript, its shared link and every student's seat will be deleted. This cannot be undone.`), h('div', { class: 'row' }, yes, no), status);
    no.focus();
  };
  start.addEventListener('click', ask);
  replace(box, start);
  return box;
}
