// The tension curve and world meters over the rounds as hand-written SVG, with each move marked, plus the same
// numbers as a table (the chart's text equivalent). Must not import Phaser or the SDK.
import { rt, t, term } from '../i18n/index.ts';
import type { MeterPoint, MoveMarker, ReviewModel } from '../../shared/transcript/review-types.ts';
import { TALKS_LADDER, WORLD_METERS } from '../../shared/rules/types.ts';
import { h } from '../panels/dom.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 760;
const H = 300;
const PAD = { left: 40, right: 30, top: 40, bottom: 32 };
/** World meters are told apart by dash as well as colour (never colour alone). */
const SERIES_STYLE: Record<string, { color: string; dash: string; width: number }> = {
  tension: { color: '#fbbf24', dash: '', width: 4 },
  armsRace: { color: '#f87171', dash: '8 4', width: 2 },
  humanitarian: { color: '#34d399', dash: '2 4', width: 2 },
  sanctions: { color: '#a78bfa', dash: '12 4 2 4', width: 2 },
  polarization: { color: '#60a5fa', dash: '4 4', width: 2 },
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

export interface Chart {
  el: HTMLElement;
  /** Marks the round the scrubber shows. */
  highlight(round: number | null): void;
  /** Overlays reference tension curves (the what-if lab's policies), each with its label and dash. */
  references(curves: readonly { label: string; tension: readonly number[]; dash: string }[], title: string): void;
}

/** The short line beside a legend entry, drawn as its series is drawn. */
function legendSample(color: string, width: number, dash: string): SVGSVGElement {
  return svg(
    'svg',
    { width: 34, height: 10, 'aria-hidden': 'true' },
    svg('line', { x1: 0, x2: 34, y1: 5, y2: 5, stroke: color, 'stroke-width': width, 'stroke-dasharray': dash }),
  );
}

/** The chart section: SVG picture plus a data table with the same values. */
export function meterChart(review: ReviewModel): Chart {
  const series = review.series;
  const rounds = Math.max(1, series.length - 1);
  const x = (round: number) => PAD.left + (round / rounds) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / 100) * (H - PAD.top - PAD.bottom);
  const name = (id: string) => review.delegations.find((d) => d.id === id)?.name ?? id;

  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
    class: 'meter-chart',
  });
  const first = series[0]?.tension ?? 0;
  const last = series[series.length - 1]?.tension ?? 0;
  root.append(
    svg('title', { id: 'chart-title' }, rt('chartTitle')),
    svg('desc', { id: 'chart-desc' }, rt('chartDesc', { first, last, rounds, marks: review.markers.length })),
  );
  for (const v of [0, 25, 50, 75, 100]) {
    root.append(
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)),
    );
  }
  for (const p of series)
    root.append(
      svg(
        'text',
        { x: x(p.round), y: H - 10, 'text-anchor': 'middle', class: 'axis' },
        p.round === 0 ? rt('axisStart') : rt('roundShort', { n: p.round }),
      ),
    );

  const line = (key: string, value: (p: MeterPoint) => number) => {
    const style = SERIES_STYLE[key] ?? { color: '#ccc', dash: '', width: 2 };
    const d = series
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.round).toFixed(1)},${y(value(p)).toFixed(1)}`)
      .join(' ');
    root.append(
      svg('path', {
        d,
        fill: 'none',
        stroke: style.color,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
        class: `series series-${key}`,
      }),
    );
  };
  for (const m of WORLD_METERS) line(m, (p) => p.world[m]);
  line('tension', (p) => p.tension);
  for (const p of series)
    root.append(svg('circle', { cx: x(p.round), cy: y(p.tension), r: 4, fill: SERIES_STYLE.tension?.color ?? '#fff' }));

  // Moves: one row of marks per delegation above the plot; up triangles cooperate, down triangles threaten.
  const ids = review.delegations.map((d) => d.id);
  const byRound = new Map<string, MoveMarker[]>();
  for (const m of review.markers)
    byRound.set(`${m.round}|${m.delegation}`, [...(byRound.get(`${m.round}|${m.delegation}`) ?? []), m]);
  for (const [key, list] of byRound) {
    const [roundText, delegation] = key.split('|');
    const round = Number(roundText);
    const row = Math.max(0, ids.indexOf(delegation ?? ''));
    const cx = x(round) + (row - (ids.length - 1) / 2) * 7;
    const cy = 8 + row * 6;
    for (const m of list) {
      const color = review.delegations.find((d) => d.id === m.delegation)?.color ?? '#ccc';
      const points =
        m.goldstein >= 0
          ? `${cx},${cy - 4} ${cx - 4},${cy + 4} ${cx + 4},${cy + 4}`
          : `${cx},${cy + 4} ${cx - 4},${cy - 4} ${cx + 4},${cy - 4}`;
      const mark = svg('polygon', { points, fill: color, stroke: '#000', 'stroke-width': 0.5, class: 'move-mark' });
      mark.append(
        svg(
          'title',
          {},
          `${rt('markTitle', { round: m.round, who: name(m.delegation), label: m.label })}${m.to ? ` → ${name(m.to)}` : ''}${m.covert ? ` (${t('covert')})` : ''}`,
        ),
      );
      root.append(mark);
    }
  }
  const cursor = svg('line', {
    x1: 0,
    x2: 0,
    y1: PAD.top - 6,
    y2: H - PAD.bottom,
    class: 'cursor',
    visibility: 'hidden',
  });
  root.append(cursor);

  const legend = h(
    'ul',
    { class: 'legend' },
    ...['tension', ...WORLD_METERS].map((key) => {
      const style = SERIES_STYLE[key];
      return h(
        'li',
        {},
        legendSample(style?.color ?? '#ccc', style?.width ?? 2, style?.dash ?? ''),
        key === 'tension' ? rt('meterTension') : term('world', key),
      );
    }),
    h('li', {}, rt('legendMarks')),
  );

  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, rt('chartTableCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, rt('colRound')),
        h('th', { scope: 'col' }, rt('colTension')),
        ...WORLD_METERS.map((m) => h('th', { scope: 'col' }, term('world', m))),
        h('th', { scope: 'col' }, rt('colTalks')),
        h('th', { scope: 'col' }, rt('colMovesRevealed')),
      ),
    ),
    h(
      'tbody',
      {},
      ...series.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.round === 0 ? rt('rowStart') : String(p.round)),
          h('td', {}, String(p.tension)),
          ...WORLD_METERS.map((m) => h('td', {}, String(p.world[m]))),
          h('td', {}, term('talks', TALKS_LADDER[p.talks] ?? String(p.talks))),
          h(
            'td',
            {},
            review.markers
              .filter((m) => m.round === p.round)
              .map((m) => `${name(m.delegation)}: ${m.label}`)
              .join('; '),
          ),
        ),
      ),
    ),
  );

  const el = h(
    'div',
    { class: 'chart' },
    root as unknown as HTMLElement,
    legend,
    h('details', { class: 'chart-table' }, h('summary', {}, rt('chartAsTable')), table),
  );
  return {
    el,
    references(curves, title) {
      const items: HTMLElement[] = [];
      for (const c of curves) {
        const d = c.tension
          .map((v, round) => `${round === 0 ? 'M' : 'L'}${x(round).toFixed(1)},${y(v).toFixed(1)}`)
          .join(' ');
        const path = svg('path', {
          d,
          fill: 'none',
          stroke: '#e5e7eb',
          'stroke-width': 1.5,
          'stroke-dasharray': c.dash,
          opacity: 0.8,
          class: 'series series-reference',
        });
        path.append(svg('title', {}, `${c.label}: ${c.tension.join(' → ')}`));
        root.insertBefore(path, cursor);
        items.push(h('li', {}, legendSample('#e5e7eb', 1.5, c.dash), `${c.label} (${c.tension.join(' → ')})`));
      }
      if (items.length)
        el.insertBefore(
          h('div', { class: 'references' }, h('p', {}, title), h('ul', { class: 'legend' }, ...items)),
          legend.nextSibling,
        );
    },
    highlight(round) {
      if (round === null) return cursor.setAttribute('visibility', 'hidden');
      cursor.setAttribute('x1', String(x(round)));
      cursor.setAttribute('x2', String(x(round)));
      cursor.setAttribute('visibility', 'visible');
    },
  };
}
