// Phaser drawing helpers shared by the board scenes: dashed lines, text that updates only on change.
// Imports Phaser types only; must not import the SDK or the DOM panels.
import type Phaser from 'phaser';

/** Phaser 4 re-uploads a Text texture on every setText: only touch it when the string changed. */
export function setTextIfChanged(text: Phaser.GameObjects.Text, value: string): void {
  if (text.text !== value) text.setText(value);
}

/** A straight line, dashed when `dash` is given ([dash, gap] in px). */
export function strokeLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: readonly [number, number] | null,
): void {
  if (!dash) {
    g.lineBetween(x1, y1, x2, y2);
    return;
  }
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) return;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  for (let at = 0; at < length; at += dash[0] + dash[1]) {
    const end = Math.min(length, at + dash[0]);
    g.lineBetween(x1 + ux * at, y1 + uy * at, x1 + ux * end, y1 + uy * end);
  }
}

/** Whether the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export const FONT = 'system-ui, "Noto Sans KR", "Apple SD Gothic Neo", sans-serif';

/** The smallest text a reader gets on the board, in CSS pixels as drawn (WCAG-minded: 14 px). */
export const MIN_DRAWN_PX = 14;

/**
 * A font size in board pixels that draws at least MIN_DRAWN_PX CSS pixels at the board's current scale
 * (`displayScale` is board pixels per CSS pixel: 960 / the canvas's width on the page).
 */
export function drawnFontPx(designPx: number, boardPxPerCssPx: number): number {
  return Math.max(designPx, Math.ceil(MIN_DRAWN_PX * boardPxPerCssPx));
}

/** Whether the board is drawn so small (a phone) that the side panel's rows would not fit at a readable size. */
export function isCompact(boardPxPerCssPx: number): boolean {
  return boardPxPerCssPx > 1.6;
}
