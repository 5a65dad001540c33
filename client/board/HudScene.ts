// Scene "HudScene": round and phase clock, peninsula tension gauge with its band, the viewer's own threat
// row, world meters, talks ladder, and the latest cause as a caption. Text is touched only on change.
import * as Phaser from 'phaser';
import { t, term } from '../i18n/index.ts';
import { bandWord, clockLine, levelOf, thresholdsOf } from '../state/view-models.ts';
import { BAR_FILLS, BAR_OUTLINE, BAR_TRACK, BOARD_HEIGHT, hud, HUD_X, LEVEL_COLORS, type HudModel } from './model.ts';
import { drawnFontPx, FONT, isCompact, setTextIfChanged } from './draw.ts';
import type { BoardSource } from './source.ts';

const X = HUD_X;
const W = 320;
const ANIMATION_MS = 900;

export class HudScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private texts = new Map<string, Phaser.GameObjects.Text>();
  private caption!: Phaser.GameObjects.Text;
  private shownTension: number | null = null;
  private model: HudModel | null = null;
  private tween: Phaser.Tweens.Tween | null = null;
  private shownCaptions: readonly string[] | null = null;
  /** Text objects written in the current draw; the others (e.g. an old delegation's row) are hidden. */
  private used = new Set<string>();

  constructor(
    private readonly source: BoardSource,
    private readonly reducedMotion: boolean,
  ) {
    super({ key: 'HudScene', active: true });
  }

  create(): void {
    this.g = this.add.graphics();
    this.caption = this.add
      .text(X / 2, BOARD_HEIGHT - 12, '', {
        fontFamily: FONT,
        fontSize: `${drawnFontPx(17, this.scale.displayScale.x || 1)}px`,
        color: '#fef3c7',
        backgroundColor: '#111827cc',
        padding: { x: 8, y: 4 },
        wordWrap: { width: X - 30 },
        align: 'center',
      })
      .setOrigin(0.5, 1)
      .setDepth(3);
    const unsubscribe = this.source.subscribe(() => this.sync());
    // Text keeps at least 14 CSS px as drawn: on a resize, redraw at the new scale (rows that no longer fit are
    // left to the "Meters in words" list, the side panel as page text).
    const onResize = () => {
      this.caption.setFontSize(drawnFontPx(17, this.ratio()));
      this.draw();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    const clock = this.time.addEvent({ delay: 250, loop: true, callback: () => this.tickClock() });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      clock.remove();
      this.tween?.stop();
    });
    this.sync();
  }

  private text(key: string, x: number, y: number, size = 15, color = '#e5e7eb'): Phaser.GameObjects.Text {
    let text = this.texts.get(key);
    const px = drawnFontPx(size, this.ratio());
    if (!text) {
      text = this.add.text(x, y, '', { fontFamily: FONT, fontSize: `${px}px`, color, wordWrap: { width: W } });
      this.texts.set(key, text);
    } else if (text.style.fontSize !== `${px}px`) text.setFontSize(px);
    this.used.add(key);
    // Rows move when the viewer's own row changes (a reassignment): place every text where it is drawn now.
    if (text.x !== x || text.y !== y) text.setPosition(x, y);
    return text.setVisible(true);
  }

  /** Board pixels per CSS pixel as the canvas is shown now (960 / its width on the page). */
  private ratio(): number {
    return this.scale.displayScale.x || 1;
  }

  private tickClock(): void {
    const { view, clockOffsetMs } = this.source.get();
    // On a phone the clock is in the line above the board (page text); the canvas keeps the gauge.
    if (view && !isCompact(this.ratio()))
      setTextIfChanged(this.text('clock', X, 12, 20, '#ffffff'), clockLine(view, Date.now() + (clockOffsetMs ?? 0)));
  }

  private sync(): void {
    const { view, scenario, captions } = this.source.get();
    if (!view) return;
    this.model = hud(view, scenario);
    this.tickClock();
    // By identity: the store makes a new list for each batch that carries causes, so the caption follows
    // the latest round even once the list is at its bound (counting lengths left it a round stale).
    if (captions !== this.shownCaptions) {
      this.shownCaptions = captions;
      setTextIfChanged(this.caption, captions.slice(-2).join('\n'));
      if (!this.reducedMotion && captions.length) {
        this.caption.setAlpha(0);
        this.tweens.add({ targets: this.caption, alpha: 1, duration: 400 });
      }
    }
    const target = this.model.tension;
    const from = this.shownTension;
    this.tween?.stop();
    if (from === null || from === target || this.reducedMotion) {
      this.shownTension = target;
      this.draw();
      return;
    }
    this.tween = this.tweens.addCounter({
      from,
      to: target,
      duration: ANIMATION_MS,
      onUpdate: (tw) => {
        this.shownTension = tw.getValue() ?? target;
        this.draw();
      },
      onComplete: () => {
        this.shownTension = target;
        this.draw();
      },
    });
  }

  private bar(y: number, value: number, color: number, height = 12): void {
    this.g.fillStyle(BAR_TRACK, 1);
    this.g.fillRect(X, y, W, height);
    this.g.fillStyle(color, 1);
    this.g.fillRect(X, y, (W * Math.max(0, Math.min(100, value))) / 100, height);
    this.g.lineStyle(1, BAR_OUTLINE, 1);
    this.g.strokeRect(X, y, W, height);
  }

  private draw(): void {
    const m = this.model;
    if (!m) return;
    const g = this.g;
    g.clear();
    const ratio = this.ratio();
    this.used = new Set(isCompact(ratio) ? [] : ['clock']);
    // On a phone the caption would cover half the map at a readable size; the same lines are page text in
    // "What changed and why" right under the board.
    this.caption.setVisible(!isCompact(ratio));
    let y = isCompact(ratio) ? 12 : 16 + drawnFontPx(20, ratio) * 1.4;
    const tension = this.shownTension ?? m.tension;
    const thresholds = thresholdsOf(this.source.get().scenario);
    // The label names the rules' band; when hysteresis keeps it above where the value now sits, say so, so
    // the words and the marker's segment never disagree silently.
    const easing = levelOf(tension, thresholds) < m.band ? ` (${t('easing')})` : '';
    const label = this.text('tension', X, y, 17, '#ffffff');
    setTextIfChanged(label, `${t('tension')}: ${Math.round(tension)} — ${bandWord(m.band)}${easing}`);
    y += label.height + 12;
    // Band segments at the scenario's own thresholds, with tick marks: position and words carry the band,
    // not colour alone, and the marker sits in the segment the label names.
    const edges = [0, ...thresholds, 100];
    LEVEL_COLORS.forEach((c, i) => {
      const a = edges[i] ?? 100;
      const b = edges[i + 1] ?? 100;
      g.fillStyle(c, i === m.band ? 0.6 : 0.3);
      g.fillRect(X + (W * a) / 100, y, (W * (b - a)) / 100, 26);
    });
    g.fillStyle(LEVEL_COLORS[m.band] ?? 0xffffff, 1);
    g.fillRect(X, y + 8, (W * tension) / 100, 10);
    g.lineStyle(1, 0xffffff, 1);
    for (const edge of thresholds) g.lineBetween(X + (W * edge) / 100, y, X + (W * edge) / 100, y + 26);
    g.strokeRect(X, y, W, 26);
    g.fillStyle(0xffffff, 1);
    g.fillTriangle(
      X + (W * tension) / 100 - 7,
      y - 8,
      X + (W * tension) / 100 + 7,
      y - 8,
      X + (W * tension) / 100,
      y + 2,
    );
    y += 40;
    // Each row needs its text at a readable size plus its bar; a row that would run off the board is left
    // out (every value is also in "Meters in words" below the board).
    const fits = (h: number) => y + h <= BOARD_HEIGHT - 8;
    const row = (key: string, text: string, size: number, value: number | null, color: number): boolean => {
      const px = drawnFontPx(size, ratio);
      const need = px * 1.3 + (value === null ? 4 : 14);
      if (!fits(need)) return false;
      const obj = this.text(key, X, y, size, value === null ? '#ffffff' : '#e5e7eb');
      setTextIfChanged(obj, text);
      y += obj.height + 2;
      if (value !== null) {
        this.bar(y, value, color, 6);
        y += 12;
      } else y += 2;
      return true;
    };
    const scenario = this.source.get().scenario;
    if (m.ownRow.length && !isCompact(ratio) && fits(drawnFontPx(15, ratio) * 1.3 * 2 + 30)) {
      row('ownTitle', t('threatRow'), 15, null, 0);
      for (const r of m.ownRow)
        row(
          `own:${r.to}`,
          `${r.name} ${Math.round(r.value)}`,
          13,
          r.value,
          LEVEL_COLORS[levelOf(r.value, thresholdsOf(scenario))] ?? 0xffffff,
        );
      y += 4;
    }
    const talksNeed = drawnFontPx(15, ratio) * 1.3 + 48;
    if (!isCompact(ratio) && y + talksNeed <= BOARD_HEIGHT - 8) {
      const worldRoom = BOARD_HEIGHT - 8 - talksNeed;
      const worldRowH = drawnFontPx(13, ratio) * 1.3 + 14;
      if (y + drawnFontPx(15, ratio) * 1.3 + 4 + worldRowH * m.world.length <= worldRoom) {
        row('worldTitle', t('world'), 15, null, 0);
        for (const w of m.world)
          row(`world:${w.id}`, `${term('world', w.id)} ${Math.round(w.value)}`, 13, w.value, BAR_FILLS[0]);
        y += 4;
      }
      if (row('talksTitle', `${t('talksLadder')}: ${term('talks', m.rungs[m.talks] ?? 'frozen')}`, 15, null, 0)) {
        const rungW = W / m.rungs.length;
        m.rungs.forEach((_, i) => {
          const reached = i <= m.talks;
          g.fillStyle(reached ? BAR_FILLS[1] : BAR_TRACK, 1);
          g.fillRect(X + i * rungW + 2, y + (m.rungs.length - i) * 4, rungW - 4, 20 + i * 4);
          g.lineStyle(i === m.talks ? 3 : 1, 0xffffff, 1);
          g.strokeRect(X + i * rungW + 2, y + (m.rungs.length - i) * 4, rungW - 4, 20 + i * 4);
        });
      }
    }
    for (const [key, text] of this.texts) if (!this.used.has(key)) text.setVisible(false);
  }
}
