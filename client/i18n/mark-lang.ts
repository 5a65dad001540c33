// Marks text written in another language than the page's with its own `lang` (Korean in an English page,
// English scenario text or a Latin name in a Korean page), so screen readers switch voice and fonts fit.
// One observer per page: panels need not know which of their strings (student text, scenario text) are foreign.

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const LATIN_WORD = /[A-Za-z]{2,}/;
const AUTO = 'autoLang';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'CANVAS', 'svg']);

/** The language a piece of text is written in, by script: 'ko' for Hangul, 'en' for Latin words, null if mixed or neither. */
export function scriptLang(text: string): 'ko' | 'en' | null {
  const ko = HANGUL.test(text);
  const en = LATIN_WORD.test(text);
  if (ko === en) return null;
  return ko ? 'ko' : 'en';
}

function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text;
}

function inherited(el: Element): string {
  return el.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
}

/** Sets (or clears a `lang` it set before on) one element by the script of its own text. */
export function markElement(el: Element): void {
  if (SKIP.has(el.tagName) || el.closest('svg')) return;
  const auto = el instanceof HTMLElement && el.dataset[AUTO] !== undefined;
  if (el.hasAttribute('lang') && !auto) return; // code that knows better set it
  const detected = scriptLang(ownText(el));
  const around = inherited(el).split('-')[0];
  if (detected && detected !== around) {
    el.setAttribute('lang', detected);
    if (el instanceof HTMLElement) el.dataset[AUTO] = '';
  } else if (auto) {
    el.removeAttribute('lang');
    if (el instanceof HTMLElement) delete el.dataset[AUTO];
  }
}

function markTree(root: Element): void {
  markElement(root);
  for (const el of root.querySelectorAll('*')) markElement(el);
}

/** Marks everything under `root` now and whenever it changes; returns a stop function. */
export function watchLanguages(root: Element = document.body): () => void {
  markTree(root);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentElement) markElement(r.target.parentElement);
        continue;
      }
      if (r.target instanceof Element) markElement(r.target);
      for (const node of r.addedNodes) {
        if (node instanceof Element) markTree(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
