// The board's drawing model: colour is never the only signal, and capitals do not overlap.
import { describe, expect, it } from 'vitest';
import {
  capitals,
  COMPACT_PAIR_LABELS,
  hexColor,
  hud,
  labelledPairs,
  pairStyle,
  pairs,
} from '../../client/board/model.ts';
import { makeScenarioView, makeView } from './fixtures.ts';

describe('board model', () => {
  it('encodes each tension level in width and line pattern as well as colour', () => {
    const styles = [5, 25, 45, 65, 95].map((v) => pairStyle(v));
    expect(styles.map((s) => s.level)).toEqual([0, 1, 2, 3, 4]);
    const widths = styles.map((s) => s.width);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(new Set(widths).size).toBe(5);
    const patterns = styles.map((s) => `${s.dash?.join('-') ?? 'solid'}${s.double ? '-double' : ''}`);
    expect(new Set(patterns).size).toBeGreaterThanOrEqual(4);
    expect(new Set(styles.map((s) => s.color)).size).toBe(5);
  });

  it('draws ten pair lines and five separated capitals, marking the viewer’s own', () => {
    const view = makeView();
    expect(pairs(view)).toHaveLength(10);
    const caps = capitals(view, makeScenarioView());
    expect(caps).toHaveLength(5);
    expect(caps.filter((c) => c.own).map((c) => c.id)).toEqual(['seoul']);
    for (const a of caps)
      for (const b of caps) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(80);
  });

  it('writes every pair number on a wide board, and on a phone only the reader’s own pairs or the hottest', () => {
    const values = { 'a|b': 10, 'a|c': 70, 'b|c': 40, 'b|d': 90, 'c|d': 20, 'a|d': 55, 'c|e': 65, 'd|e': 5 };
    expect([...labelledPairs(values, 'a', false)].sort()).toEqual(Object.keys(values).sort());
    // A student on a phone reads the numbers of her own delegation's pairs.
    expect([...labelledPairs(values, 'a', true)].sort()).toEqual(['a|b', 'a|c', 'a|d']);
    // The teacher on a phone reads the hottest pairs, as many as stay readable.
    expect([...labelledPairs(values, null, true)]).toEqual(['b|d', 'a|c', 'c|e', 'a|d']);
    expect(COMPACT_PAIR_LABELS).toBe(4);
    // A delegation with more partners than fit keeps its hottest ones.
    expect([...labelledPairs(values, 'c', true)]).toEqual(['a|c', 'c|e', 'b|c', 'c|d']);
    expect([...labelledPairs(values, 'd', true)]).toEqual(['b|d', 'a|d', 'c|d', 'd|e']);
  });

  it('gives the HUD the own threat row only to a seat', () => {
    expect(hud(makeView(), makeScenarioView()).ownRow.map((r) => r.to)).toEqual([
      'washington',
      'pyongyang',
      'beijing',
      'moscow',
    ]);
    expect(hud(makeView({ you: null }), makeScenarioView()).ownRow).toEqual([]);
  });

  it('reads scenario colours and survives a malformed one', () => {
    expect(hexColor('#336699')).toBe(0x336699);
    expect(hexColor('blue')).toBe(0x888888);
  });
});

describe('board graphics contrast (WCAG 1.4.11: 3:1 for meaningful graphics)', () => {
  it('every level colour and bar fill stands out 3:1 from the board and from the bar track; the track’s outline from the board', async () => {
    const { BAR_FILLS, BAR_OUTLINE, BAR_TRACK, BOARD_BG, LEVEL_COLORS, contrast } =
      await import('../../client/board/model.ts');
    const low: string[] = [];
    for (const c of [...LEVEL_COLORS, ...BAR_FILLS]) {
      for (const [name, against] of [
        ['board', BOARD_BG],
        ['track', BAR_TRACK],
      ] as const) {
        if (contrast(c, against) < 3) low.push(`${c.toString(16)} on ${name}: ${contrast(c, against).toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
    expect(contrast(BAR_OUTLINE, BOARD_BG)).toBeGreaterThanOrEqual(3);
    expect(contrast(0xffffff, 0x000000)).toBeCloseTo(21, 5);
  });

  it('text keeps 14 CSS px as drawn at any scale, and phones get the compact board', async () => {
    const { drawnFontPx, isCompact } = await import('../../client/board/draw.ts');
    for (const ratio of [0.5, 1, 1.3, 2.6])
      for (const design of [13, 15, 18]) expect(drawnFontPx(design, ratio) / ratio).toBeGreaterThanOrEqual(14);
    expect(isCompact(960 / 370)).toBe(true);
    expect(isCompact(960 / 740)).toBe(false);
  });
});
