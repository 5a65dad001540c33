// Tiny DOM helpers for the panels: element builder, list replacement, form error line.
// Must not import Phaser or the SDK. Text always goes in as text nodes (never innerHTML): no injection.

type Child = Node | string | number | null | undefined | false;
/** An event handler; an async one's failure is reported rather than lost as an unhandled rejection. */
type Handler = (e: Event) => unknown;
type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

/** Builds an element: h('button', { type: 'button', onclick: fn }, 'Approve'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), handled(v));
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Wraps a handler so a rejected promise from an async one is logged, never unhandled. */
export function handled(fn: Handler): (e: Event) => void {
  return (e) => {
    const result = fn(e);
    if (result instanceof Promise) result.catch((error: unknown) => console.error('handler failed', error));
  };
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Sets text only when it changed, so screen readers and layout are not disturbed for nothing. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

let idCounter = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form control: label above the control, hint and id wired for screen readers. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid('f');
  control.id = id;
  const hintEl = hint ? h('small', { id: `${id}-hint`, class: 'hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintEl);
}

/** How long a confirmation ("Sent.") stays before it clears itself. */
export const OK_FADE_MS = 5000;

/** A live line for a form's outcome: errors are read out at once, confirmations politely. */
export function statusLine(): { el: HTMLElement; error(text: string): void; ok(text: string): void; clear(): void } {
  const el = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  let fade: ReturnType<typeof setTimeout> | undefined;
  return {
    el,
    error(text) {
      clearTimeout(fade);
      el.className = 'form-status error';
      el.setAttribute('role', 'alert');
      setText(el, text);
    },
    ok(text) {
      clearTimeout(fade);
      el.className = 'form-status ok';
      el.setAttribute('role', 'status');
      setText(el, text);
      // A confirmation has done its job once read: "Sent." lingering made every later glance look like news.
      fade = setTimeout(() => {
        if (el.classList.contains('ok')) setText(el, '');
      }, OK_FADE_MS);
    },
    clear() {
      clearTimeout(fade);
      setText(el, '');
    },
  };
}

/** A titled section (region landmark) for a panel. */
export function section(title: string, cls: string, ...children: Child[]): HTMLElement {
  const headingId = uid('h');
  return h(
    'section',
    { class: `panel ${cls}`, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    ...children,
  );
}

const keyedNodes = new WeakMap<Element, Map<string, HTMLElement>>();

/**
 * Updates a list item by item: an item whose key was shown before keeps its element (updated in place), new
 * ones are inserted where they belong, gone ones removed. Nothing is rebuilt, so focus, an open editor and a
 * screen reader's place survive, and a live region hears only what is new. `empty` shows when there are none.
 */
export function syncList<T>(
  list: Element,
  items: readonly T[],
  keyOf: (item: T) => string,
  make: (item: T) => HTMLElement,
  update?: (el: HTMLElement, item: T) => void,
  empty?: () => HTMLElement,
): void {
  let nodes = keyedNodes.get(list);
  if (!nodes) {
    nodes = new Map();
    keyedNodes.set(list, nodes);
    list.replaceChildren();
  }
  const wanted = new Set(items.map(keyOf));
  for (const [key, el] of nodes) {
    if (wanted.has(key)) continue;
    el.remove();
    nodes.delete(key);
  }
  for (const child of [...list.children])
    if (child instanceof HTMLElement && child.dataset.empty === 'true' && items.length) child.remove();
  let ref: ChildNode | null = list.firstChild;
  for (const item of items) {
    const key = keyOf(item);
    let el = nodes.get(key);
    if (!el) {
      el = make(item);
      el.dataset.key = key;
      nodes.set(key, el);
    } else update?.(el, item);
    if (el === ref) ref = ref.nextSibling;
    else list.insertBefore(el, ref);
  }
  if (!items.length && empty && !list.querySelector('[data-empty="true"]')) {
    const placeholder = empty();
    placeholder.dataset.empty = 'true';
    list.append(placeholder);
  }
}
