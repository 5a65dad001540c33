// The board's pure drawing model: where capitals sit, how each pair line looks (colour, width, dash, label)
// and what the HUD shows. Must not import Phaser or the DOM: unit-tested in Node.
import { BANDS, TALKS_LADDER, WORLD_METERS } from '../../shared/rules/types.ts';
import type { DelegationId } from '../../shared/scenario/types.ts';
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import { delegationName, levelOf, pairEntries, thresholdsOf } from '../state/view-models.ts';

export const BOARD_WIDTH = 960;
export const BOARD_HEIGHT = 540;
/** Where the HUD column starts: the map and its labels stay left of it. */
export const HUD_X = 620;

/** Rough geography on a 600×540 map area; unknown delegations go on a circle. */
const PLACES: Record<string, { x: number; y: number }> = {
  moscow: { x: 150, y: 100 },
  beijing: { x: 120, y: 320 },
  pyongyang: { x: 360, y: 230 },
  seoul: { x: 400, y: 390 },
  washington: { x: 560, y: 140 },
};

/** The board's background, and the track a meter's bar fills (outlined in BAR_OUTLINE so it reads on the background). */
export const BOARD_BG = 0x0f1722;
export const BAR_TRACK = 0x111827;
export const BAR_OUTLINE = 0x9ca3af;
/** Fill of a meter bar that is not a level (world meters, talks reached). */
export const BAR_FILLS = [0x60a5fa, 0x34d399] as const;

/** Level colours (blue → red, distinguishable in common colour-blindness); never the only signal. */
export const LEVEL_COLORS = [0x2b83ba, 0x66bd63, 0xfdae61, 0xf46d43, 0xd7191c] as const;
/** Dash patterns per level as [dash, gap]; null is a solid line. Brink is drawn doubled. */
export const LEVEL_DASHES: readonly ([number, number] | null)[] = [[4, 10], [14, 8], null, null, null];

export interface CapitalModel {
  id: DelegationId;
  name: string;
  color: number;
  x: number;
  y: number;
  own: boolean;
}

export interface PairModel {
  key: string;
  a: DelegationId;
  b: DelegationId;
  value: number;
  level: number;
  color: number;
  width: number;
  dash: [number, number] | null;
  double: boolean;
}

/** Parses "#c0ffee" to 0xc0ffee (grey when malformed). */
export function hexColor(css: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(css.trim());
  return m?.[1] ? parseInt(m[1], 16) : 0x888888;
}

/** Where each delegation's capital sits. */
export function capitals(view: View, scenario: ScenarioView | null): CapitalModel[] {
  const ids = scenario?.delegations.map((d) => d.id) ?? [...new Set(pairEntries(view).flatMap((p) => [p.a, p.b]))];
  return ids.map((id, i) => {
    const angle = (i / Math.max(1, ids.length)) * Math.PI * 2 - Math.PI / 2;
    const place = PLACES[id] ?? { x: 300 + Math.cos(angle) * 200, y: 260 + Math.sin(angle) * 190 };
    return {
      id,
      name: delegationName(scenario, id),
      color: hexColor(scenario?.delegations.find((d) => d.id === id)?.color ?? ''),
      ...place,
      own: view.you?.delegation === id,
    };
  });
}

/** How one pair line looks for a value: colour, width and dash all encode the level. */
export function pairStyle(
  value: number,
  thresholds?: readonly number[],
): Pick<PairModel, 'level' | 'color' | 'width' | 'dash' | 'double'> {
  const level = levelOf(value, thresholds);
  return {
    level,
    color: LEVEL_COLORS[level] ?? 0x888888,
    width: 2 + level * 2,
    dash: LEVEL_DASHES[level] ?? null,
    double: level === BANDS.length - 1,
  };
}

/** One line per pair of delegations. */
export function pairs(view: View, scenario: ScenarioView | null = null): PairModel[] {
  return pairEntries(view).map((p) => ({ ...p, ...pairStyle(p.value, thresholdsOf(scenario)) }));
}

/** How many pair numbers a phone-sized board writes: four stay readable where ten overlap around Pyongyang. */
export const COMPACT_PAIR_LABELS = 4;

/**
 * The pairs whose number is written on the board (keys as `a|b`). Every pair on a wide board. On a compact one (a
 * phone) only the reader's own delegation's pairs, or for a reader with none (the teacher) the hottest, hottest
 * first, up to COMPACT_PAIR_LABELS: every line still shows its level by colour, width and dash, and the page's meters
 * list gives every number in words.
 */
export function labelledPairs(
  values: Readonly<Record<string, number>>,
  own: DelegationId | null | undefined,
  compact: boolean,
): Set<string> {
  const keys = Object.keys(values);
  if (!compact) return new Set(keys);
  const mine = own ? keys.filter((k) => k.split('|').includes(own)) : [];
  const hottest = (mine.length > 0 ? mine : keys).sort((x, y) => (values[y] ?? 0) - (values[x] ?? 0));
  return new Set(hottest.slice(0, COMPACT_PAIR_LABELS));
}

export interface HudModel {
  tension: number;
  band: number;
  ownRow: { to: DelegationId; name: string; value: number }[];
  world: { id: (typeof WORLD_METERS)[number]; value: number }[];
  talks: number;
  rungs: readonly string[];
}

/** Gauge, own threat row, world meters and talks ladder. */
export function hud(view: View, scenario: ScenarioView | null): HudModel {
  const own = view.you?.delegation;
  const row = own ? (view.meters.threat[own] ?? {}) : {};
  return {
    tension: view.meters.tension,
    band: view.meters.band,
    ownRow: Object.entries(row).map(([to, value]) => ({ to, name: delegationName(scenario, to), value })),
    world: WORLD_METERS.map((id) => ({ id, value: view.meters.world[id] })),
    talks: view.meters.talks,
    rungs: TALKS_LADDER,
  };
}

/** WCAG contrast ratio of two 0xRRGGBB colours (1 to 21). */
export function contrast(a: number, b: number): number {
  const lum = (c: number) => {
    const [r, g, bl] = [16, 8, 0].map((shift) => {
      const v = ((c >> shift) & 255) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
