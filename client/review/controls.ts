// Host-only controls on the review page: exports, the release to the class, and deleting the session.
// Must not import Phaser or the SDK.
import type { HostReviewReply, ReleaseInfo, ReleaseLevel } from '../../shared/transcript/review-types.ts';
import { CATALOGUES, LANGS, lang, rt, type ReviewKey } from '../i18n/index.ts';
import { h, replace } from '../panels/dom.ts';
import { reviewApi } from './api.ts';

const LEVELS: [ReleaseLevel | 'none', ReviewKey, ReviewKey][] = [
  ['none', 'levelNone', 'levelNoneHint'],
  ['public', 'levelPublic', 'levelPublicHint'],
  ['diplomatic', 'levelDiplomatic', 'levelDiplomaticHint'],
  ['team', 'levelTeam', 'levelTeamHint'],
];

/** Export buttons (fetch with the host key, then save), with the language of the Markdown and the CSV's text. */
export function exportControls(code: string, key: string): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const language = h(
    'select',
    { id: 'export-lang' },
    ...LANGS.map((l) => h('option', { value: l, lang: CATALOGUES[l].tag, selected: l === lang() }, CATALOGUES[l].name)),
  );
  const button = (format: 'json' | 'csv' | 'md', label: string) => {
    const b = h('button', { type: 'button' }, label);
    b.addEventListener('click', () => {
      status.textContent = rt('preparing');
      reviewApi.download(code, key, format, language.value).then(
        () => (status.textContent = rt('savedFile', { label })),
        (e: Error) => (status.textContent = e.message),
      );
    });
    return b;
  };
  return h(
    'div',
    {},
    h('div', { class: 'field inline' }, h('label', { for: 'export-lang' }, rt('exportLang')), language),
    h(
      'div',
      { class: 'row' },
      button('json', rt('exportJson')),
      button('csv', rt('exportCsv')),
      button('md', rt('exportMd')),
      h('button', { type: 'button', onclick: () => print() }, rt('print')),
    ),
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
    const input = h('input', {
      type: 'radio',
      name: 'release-level',
      id,
      value,
      checked: value === current,
      'aria-describedby': `${id}-hint`,
    });
    return h(
      'div',
      { class: 'field inline' },
      input,
      h('label', { for: id }, rt(label)),
      h('small', { id: `${id}-hint`, class: 'hint' }, rt(hint)),
    );
  });
  const pseudo = h('input', {
    type: 'checkbox',
    id: 'release-pseudonyms',
    checked: initial ? initial.pseudonyms : true,
  });
  const save = h('button', { type: 'submit', class: 'primary' }, rt('saveRelease'));
  const showLink = (info: ReleaseInfo | null) => {
    if (!info) return replace(linkBox, h('p', {}, rt('nothingShared')));
    const url = `${location.origin}${info.path}`;
    const copy = h('button', { type: 'button' }, rt('copyLink'));
    copy.addEventListener(
      'click',
      () => void navigator.clipboard?.writeText(url).then(() => (status.textContent = rt('linkCopied'))),
    );
    replace(linkBox, h('p', {}, rt('readOnlyLink'), h('a', { href: info.path, id: 'share-url' }, url), ' ', copy));
  };
  showLink(initial);
  const form = h(
    'form',
    { class: 'release-form' },
    h('fieldset', {}, h('legend', {}, rt('whatMaySee')), ...radios),
    h('div', { class: 'field inline' }, pseudo, h('label', { for: 'release-pseudonyms' }, rt('pseudonymsLabel'))),
    save,
    status,
    linkBox,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked =
      (form.querySelector('input[name="release-level"]:checked') as HTMLInputElement | null)?.value ?? 'none';
    const choice = picked === 'none' ? null : { level: picked as ReleaseLevel, pseudonyms: pseudo.checked };
    save.disabled = true;
    reviewApi
      .release(code, key, choice)
      .then(
        ({ release }) => {
          showLink(release);
          const level = LEVELS.find((l) => l[0] === release?.level)?.[1];
          status.textContent = release
            ? rt('sharedStatus', {
                level: level ? rt(level) : release.level,
                pseudonyms: release.pseudonyms ? rt('withPseudonyms') : '',
              })
            : rt('withdrawn');
        },
        (e: Error) => (status.textContent = e.message),
      )
      .finally(() => (save.disabled = false));
  });
  return form;
}

/** Delete with a confirmation step: removes the session from the store entirely. */
export function deleteControl(code: string, key: string, onDeleted: () => void): HTMLElement {
  const box = h('div', { class: 'delete-box' });
  const start = h('button', { type: 'button', class: 'danger' }, rt('deleteStart'));
  const ask = () => {
    const yes = h('button', { type: 'button', class: 'danger' }, rt('deleteYes'));
    const no = h('button', { type: 'button' }, rt('cancel'));
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
    replace(
      box,
      h('p', { id: 'delete-warning' }, rt('deleteWarning', { code })),
      h('div', { class: 'row' }, yes, no),
      status,
    );
    no.focus();
  };
  start.addEventListener('click', ask);
  replace(box, start);
  return box;
}
