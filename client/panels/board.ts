// The board's place in the page: a labelled container that loads Phaser on demand (its own chunk).
// Must not statically import Phaser: the import below is what keeps it out of the page's entry chunk.
import { t } from '../i18n/index.ts';
import { h, section } from './dom.ts';
import type { PanelContext } from './context.ts';

/** A section with the situation board; the canvas is a picture, the meters' words are in the text panel. */
export function boardPanel(ctx: PanelContext): HTMLElement {
  const holder = h('div', { class: 'board', role: 'img', 'aria-label': t('boardAlt') });
  void import('../board/mount.ts').then(({ mountBoard }) => {
    const board = mountBoard(holder, ctx.source);
    // The page never unmounts the board except by navigating away; free WebGL then.
    addEventListener('pagehide', () => board.destroy(), { once: true });
  });
  return section(t('board'), 'board-panel', holder);
}
