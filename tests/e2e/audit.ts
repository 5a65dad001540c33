// In-page audits the screen tests share: horizontal overflow, overlapping or small controls, whether an
// element sits on the first screen, and axe-core (WCAG 2.1 A/AA) injected through playwright-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Widths every page must fit without scrolling sideways: phone to 4K-ish projector. */
export const WIDTHS = [360, 390, 768, 1024, 1366, 1920] as const;

export interface LayoutProblem {
  kind: 'overflow' | 'overlap' | 'small-target' | 'ragged';
  detail: string;
}

/**
 * Layout problems of the page as drawn now: the document wider than the window, two visible controls whose
 * boxes intersect, (when `minTarget` is given) a visible control smaller than that in height, or a ragged column:
 * in a page of one column of panels (a phone), a panel that ends short of the others.
 */
export async function layoutProblems(page: Page, minTarget = 0): Promise<LayoutProblem[]> {
  return page.evaluate((min) => {
    const out: { kind: 'overflow' | 'overlap' | 'small-target' | 'ragged'; detail: string }[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push({ kind: 'overflow', detail: `page ${doc.scrollWidth}px wide in a ${window.innerWidth}px window` });
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 24)}"`;
    const controls = [
      ...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, summary, a.button'),
    ].filter((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const closedDetails = el.closest('details:not([open])');
      const inClosed = closedDetails !== null && el.tagName !== 'SUMMARY';
      return (
        r.width > 0 &&
        r.height > 0 &&
        style.visibility !== 'hidden' &&
        !inClosed &&
        !el.closest('[hidden]') &&
        !el.closest('.skip-link')
      );
    });
    const boxes = controls.map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      if (a.r.right > window.innerWidth + 1)
        out.push({ kind: 'overflow', detail: `${name(a.el)} ends at ${Math.round(a.r.right)}px` });
      if (min && a.r.height < min && (a.el as HTMLInputElement).type !== 'checkbox')
        out.push({ kind: 'small-target', detail: `${name(a.el)} ${Math.round(a.r.height)}px tall` });
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const hgt = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && hgt > 2) out.push({ kind: 'overlap', detail: `${name(a.el)} over ${name(b.el)}` });
      }
    }
    // One column of panels (a phone): each spans it. Several columns are a grid whose spans are its own design.
    const panels = [...document.querySelectorAll('.panel')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      return r.width === 0 || el.parentElement?.closest('.panel') || el.closest('[hidden]') ? [] : [{ el, r }];
    });
    if (panels.length >= 3 && new Set(panels.map((p) => Math.round(p.r.left))).size === 1) {
      const right = Math.max(...panels.map((p) => p.r.right));
      for (const p of panels)
        if (p.r.right < right - 2)
          out.push({
            kind: 'ragged',
            detail: `${name(p.el)} ends at ${Math.round(p.r.right)}px, the column at ${Math.round(right)}px`,
          });
    }
    return out;
  }, minTarget);
}

/** Where an element's top sits, in px from the top of the page (scrolled to the top first); null if hidden. */
export async function topOf(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((sel) => {
    window.scrollTo(0, 0);
    const el = [...document.querySelectorAll(sel)].find((e) => e.getBoundingClientRect().height > 0);
    return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
  }, selector);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
  sample: string;
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: unknown,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      help: v.help,
      sample: JSON.stringify(v.nodes[0]?.target ?? ''),
    }));
  });
}

/** Serious and critical violations only (what the accessibility test fails on), with their node counts. */
export function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
