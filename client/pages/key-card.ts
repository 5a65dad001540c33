// The teacher's key, shown once after creating a session (code, key, review link, private teacher link) with
// copy and download, and the private link's fragment read back in another browser. Only /host imports this:
// the key never reaches a student or projector page, and a URL fragment is never sent to (or logged by) a server.
import { t } from '../i18n/index.ts';
import { h, handled, statusLine } from '../panels/dom.ts';

const PENDING = (code: string) => `peninsula.newKey.${code}`;

/** What the card shows. */
export interface KeyCardData {
  code: string;
  hostKey: string;
  joinUrl: string;
}

/** Remembers (for this tab only) that the card for a just-created session still has to be shown. */
export function rememberNewKey(data: KeyCardData): void {
  try {
    sessionStorage.setItem(PENDING(data.code), JSON.stringify(data));
  } catch {
    // No session storage: the card is simply not shown; the key is still saved in this browser.
  }
}

/** The card still to be shown for a code, if the session was just created in this tab. */
export function pendingKeyCard(code: string): KeyCardData | null {
  try {
    const raw = sessionStorage.getItem(PENDING(code));
    const data = raw ? (JSON.parse(raw) as KeyCardData) : null;
    return data && typeof data.hostKey === 'string' ? data : null;
  } catch {
    return null;
  }
}

/** The private teacher link: the key rides in the fragment, which browsers never send to the server. */
export function privateLink(origin: string, code: string, hostKey: string): string {
  return `${origin}/host?code=${code}#key=${encodeURIComponent(hostKey)}`;
}

/** A key carried in `#key=…`, if any (then the caller saves it and strips it from the address bar). */
export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key && /^[\w-]{8,200}$/.test(key) ? key : null;
}

/** The card's text as a file a teacher can keep. */
export function cardText(d: KeyCardData, origin: string): string {
  return [
    `Peninsula — ${t('keyCardTitle')}`,
    '',
    `${t('codeLabel')}: ${d.code}`,
    `${t('keyCardKey')}: ${d.hostKey}`,
    `${t('keyCardReview')}: ${origin}/review/${d.code}`,
    `${t('keyCardLink')}: ${privateLink(origin, d.code, d.hostKey)}`,
    `${t('joinAt')}: ${d.joinUrl}`,
    '',
    t('keyCardIntro'),
    '',
  ].join('\n');
}

/** The card itself; `onDone` removes it (and it is never shown again for this session). */
export function keyCard(d: KeyCardData, origin: string, onDone: () => void): HTMLElement {
  const status = statusLine();
  const text = cardText(d, origin);
  const copy = h('button', { type: 'button', class: 'key-copy' }, t('keyCardCopy'));
  copy.addEventListener(
    'click',
    handled(async () => {
      try {
        await navigator.clipboard.writeText(text);
        status.ok(t('keyCardCopied'));
      } catch {
        // Clipboard blocked (plain http on a LAN address): select the key so Ctrl+C works.
        const range = document.createRange();
        range.selectNodeContents(card.querySelector('.key-value') ?? card);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
    }),
  );
  const download = h(
    'a',
    {
      class: 'key-download',
      href: URL.createObjectURL(new Blob([text], { type: 'text/plain' })),
      download: `peninsula-${d.code}-teacher-key.txt`,
    },
    t('keyCardDownload'),
  );
  const done = h('button', { type: 'button', class: 'primary key-done' }, t('keyCardDone'));
  done.addEventListener('click', () => {
    try {
      sessionStorage.removeItem(PENDING(d.code));
    } catch {
      // Nothing to forget.
    }
    card.remove();
    onDone();
  });
  const card = h(
    'section',
    { class: 'panel key-card', 'aria-labelledby': 'key-card-title' },
    h('h2', { id: 'key-card-title', tabindex: -1 }, t('keyCardTitle')),
    h('p', { class: 'warn' }, t('keyCardIntro')),
    h(
      'dl',
      {},
      h('dt', {}, t('codeLabel')),
      h('dd', {}, d.code),
      h('dt', {}, t('keyCardKey')),
      h('dd', { class: 'key-value' }, d.hostKey),
      h('dt', {}, t('keyCardReview')),
      h('dd', {}, `${origin}/review/${d.code}`),
      h('dt', {}, t('keyCardLink')),
      h('dd', { class: 'key-link' }, privateLink(origin, d.code, d.hostKey)),
    ),
    h('div', { class: 'row' }, copy, download, done),
    status.el,
  );
  return card;
}
