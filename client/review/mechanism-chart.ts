// The mechanism chart: each round's change in tension split into news, direct moves, spillover, reciprocity,
// answering hostility and tempers cooling (stacked bars up and down, the net change marked), plus the same as a table.
import { MECHANISMS, type Mechanism, type RoundMechanism } from '../../shared/transcript/mechanism.ts';
import type { LabKey } from '../../shared/i18n/lab-types.ts';
import { h } from '../panels/dom.ts';
import { lt } from './lab-text.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 760;
const H = 260;
const PAD = { left: 44, right: 20, top: 16, bottom: 28 };
/** Colours plus a hatch for the pushing-up mechanisms, so colour is never the only cue (the table says it all too). */
const STYLE: Record<Mechanism, { color: string; label: LabKey }> = {
  news: { color: '#94a3b8', label: 'mechNews' },
  moves: { color: '#f59e0b', label: 'mechMoves' },
  spillover: { color: '#fb7185', label: 'mechSpillover' },
  reciprocity: { color: '#34d399', label: 'mechReciprocity' },
  hostility: { color: '#ef4444', label: 'mechHostility' },
  cooling: { color: '#60a5fa', label: 'mechCooling' },
  other: { color: '#a78bfa', label: 'mechOther' },
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

const fmt = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n === 0 ? '0' : n.toFixed(1));

export function mechanismChart(rows: readonly RoundMechanism[]): HTMLElement {
  let top = 1;
  let bottom = -1;
  for (const r of rows) {
    let up = 0;
    let down = 0;
    for (const m of MECHANISMS) {
      if (r.parts[m] > 0) up += r.parts[m];
      else down += r.parts[m];
    }
    top = Math.max(top, up, r.change);
    bottom = Math.min(bottom, down, r.change);
  }
  const span = top - bottom;
  const y = (v: number) => PAD.top + ((top - v) / span) * (H - PAD.top - PAD.bottom);
  const slot = (W - PAD.left - PAD.right) / Math.max(1, rows.length);
  const bar = Math.min(48, slot * 0.6);
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': 'mech-title mech-desc',
    class: 'mechanism-chart',
  });
  root.append(svg('title', { id: 'mech-title' }, lt('mechTitle')), svg('desc', { id: 'mech-desc' }, lt('mechDesc')));
  root.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'grid zero' }));
  for (const v of [top, 0, bottom])
    root.append(svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, fmt(v)));
  rows.forEach((r, i) => {
    const cx = PAD.left + slot * (i + 0.5);
    let up = 0;
    let down = 0;
    for (const m of MECHANISMS) {
      const v = r.parts[m];
      if (Math.abs(v) < 0.005) continue;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      const rect = svg('rect', {
        x: cx - bar / 2,
        y: Math.min(y(from), y(to)),
        width: bar,
        height: Math.max(1, Math.abs(y(to) - y(from))),
        fill: STYLE[m].color,
        class: `mech mech-${m}`,
      });
      rect.append(svg('title', {}, `${lt('roundHeading', { round: r.round })}: ${lt(STYLE[m].label)} ${fmt(v)}`));
      root.append(rect);
    }
    root.append(
      svg('line', {
        x1: cx - bar / 2 - 4,
        x2: cx + bar / 2 + 4,
        y1: y(r.change),
        y2: y(r.change),
        class: 'mech-net',
        stroke: '#fff',
        'stroke-width': 3,
      }),
    );
    root.append(
      svg('text', { x: cx, y: H - 8, 'text-anchor': 'middle', class: 'axis' }, lt('roundHeading', { round: r.round })),
    );
  });
  const legend = h(
    'ul',
    { class: 'legend' },
    ...MECHANISMS.map((m) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${STYLE[m].color}`, 'aria-hidden': 'true' }),
        lt(STYLE[m].label),
      ),
    ),
    h('li', {}, h('span', { class: 'swatch net', 'aria-hidden': 'true' }), lt('mechChange')),
  );
  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, lt('mechCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, lt('round')),
        ...MECHANISMS.map((m) => h('th', { scope: 'col' }, lt(STYLE[m].label))),
        h('th', { scope: 'col' }, lt('mechChange')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(r.round)),
          ...MECHANISMS.map((m) => h('td', {}, fmt(r.parts[m]))),
          h('td', {}, fmt(r.change)),
        ),
      ),
    ),
  );
  return h(
    'div',
    { class: 'chart mechanism' },
    root as unknown as HTMLElement,
    legend,
    h('details', { class: 'chart-table' }, h('summary', {}, lt('asTable')), table),
  );
}
