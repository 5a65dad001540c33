// Entry of `/` and `/join/CODE`: the light join form (code + nickname). The SDK, the game panels and
// Phaser are imported only on submit (or straight away when this browser already holds a seat).
// Must not statically import @colyseus/sdk, phaser, zod or anything that pulls them in.
import '../styles/app.css';
import { errorText, lang, t } from '../i18n/index.ts';
import { watchLanguages } from '../i18n/mark-lang.ts';
import { languagePicker } from '../i18n/picker.ts';
import { loadSeat } from '../net/storage.ts';
import { h, field, replace, statusLine } from '../panels/dom.ts';
import { LIMITS } from '../../shared/rules/commands.ts';
import { normalizeName } from '../../shared/rules/seats.ts';
import { suggestNickname } from './nickname.ts';
import { CODE_PATTERN, codeFromLocation, normalizeCode } from './code.ts';

const root = document.getElementById('app') ?? document.body;
/** `maxlength` counts UTF-16 units: room for a name of emoji; the check on submit counts characters. */
const NAME_UNITS_MAX = LIMITS.nameMax * 2;
document.documentElement.lang = lang();
document.title = t('appTitle');
watchLanguages();

function renderForm(initialCode: string): void {
  const code = h('input', {
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: 6,
    required: true,
    value: initialCode,
    pattern: CODE_PATTERN.source.replace(/^\^|\$$/g, ''),
  });
  const name = h('input', { name: 'name', autocomplete: 'nickname', maxlength: NAME_UNITS_MAX, required: true });
  const status = statusLine();
  status.el.id = 'join-error';
  // The error names the field it is about: that field is marked invalid and described by the error line.
  const markInvalid = (bad: HTMLInputElement | null) => {
    for (const input of [code, name]) {
      const hint = `${input.id}-hint`;
      input.setAttribute('aria-invalid', String(input === bad));
      input.setAttribute('aria-describedby', input === bad ? `join-error ${hint}` : hint);
    }
  };
  const submit = h('button', { type: 'submit', class: 'primary' }, t('joinButton'));
  const generate = h(
    'button',
    { type: 'button', onclick: () => ((name.value = suggestNickname(lang())), name.focus()) },
    t('nameGenerate'),
  );
  const form = h(
    'form',
    {
      class: 'join-form',
      novalidate: true,
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const c = normalizeCode(code.value);
        const n = normalizeName(name.value);
        const chars = [...n].length; // characters as the rules count them (code points), not UTF-16 units
        markInvalid(null);
        if (!CODE_PATTERN.test(c)) return (status.error(errorText('form/code')), markInvalid(code), code.focus());
        if (chars < LIMITS.nameMin || chars > LIMITS.nameMax)
          return (status.error(errorText('form/name')), markInvalid(name), name.focus());
        submit.disabled = true;
        status.ok(t('joining'));
        const failure = await enterGame({ code: c, name: n });
        submit.disabled = false;
        if (failure) {
          status.error(errorText(failure));
          const wrong = failure === 'protocol/unknown-session' ? code : name;
          markInvalid(wrong);
          wrong.focus();
        }
      },
    },
    field(t('codeLabel'), code, t('codeHint')),
    h('div', { class: 'name-row' }, field(t('nameLabel'), name, t('nameHint')), generate),
    submit,
    status.el,
  );
  replace(
    root,
    h('a', { class: 'skip-link', href: '#main' }, t('skipMain')),
    h('header', { class: 'top' }, h('h1', {}, t('appTitle')), languagePicker()),
    h(
      'main',
      { class: 'join', id: 'main' },
      h('p', { class: 'tagline' }, t('tagline')),
      h('h2', {}, t('joinHeading')),
      form,
    ),
  );
  (initialCode ? name : code).focus();
}

/** Loads the game chunk and joins; resolves with an error code when the join failed (form stays). */
async function enterGame(opts: { code: string; name?: string }): Promise<string | null> {
  try {
    const game = await import('./game.ts');
    return await game.startGame(root, opts);
  } catch {
    return 'net/offline';
  }
}

async function boot(): Promise<void> {
  const code = codeFromLocation(location);
  // A browser that already holds a seat for this code goes straight back to it (reload, new tab).
  if (code && loadSeat(code)) {
    replace(root, h('main', { class: 'join', id: 'main' }, h('p', { role: 'status' }, t('joining'))));
    const failure = await enterGame({ code });
    if (!failure) return;
    renderForm(code);
    return;
  }
  renderForm(code ?? '');
}

void boot();
