// The language picker every page shows: one option per language in shared/i18n, each named in itself.
// Choosing one remembers it in this browser and reloads, so every string (and the game's canvas) redraws.
import { h } from '../panels/dom.ts';
import { CATALOGUES, LANGS, lang, setLang, t } from './index.ts';

/** A labelled `<select>` over every language; `onPick` defaults to reloading the page. */
export function languagePicker(onPick: () => void = () => location.reload()): HTMLLabelElement {
  const select = h(
    'select',
    {
      class: 'lang-picker',
      onchange: () => {
        const next = LANGS.find((l) => l === select.value);
        if (!next || next === lang()) return;
        setLang(next);
        onPick();
      },
    },
    ...LANGS.map((l) => h('option', { value: l, lang: CATALOGUES[l].tag, selected: l === lang() }, CATALOGUES[l].name)),
  );
  return h('label', { class: 'lang' }, t('language'), ' ', select);
}
