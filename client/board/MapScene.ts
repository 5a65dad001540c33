// Scene "MapScene": a capital per delegation and a line per pair of them, coloured, sized and dashed by tension,
// each with its number. Animates changes unless reduced motion is asked for. No rules, no DOM panels.
import * as Phaser from 'phaser';
import { capitals, HUD_X, labelledPairs, pairStyle, pairs, type CapitalModel } from './model.ts';
import { drawnFontPx, FONT, isCompact, setTextIfChanged, strokeLine } from './draw.ts';
import type { BoardSource } from './source.ts';
import { thresholdsOf } from '../state/view-models.ts';

const ANIMATION_MS = 900;

export class MapScene extends Phaser.Scene {
  private lines!: Phaser.GameObjects.Graphics;
  private dots!: Phaser.GameObjects.Graphics;
  private labels = new Map<string, Phaser.GameObjects.Text>();
  private names = new Map<string, Phaser.GameObjects.Text>();
  private places = new Map<string, CapitalModel>();
  private shown: Record<string, number> = {};
  private tween: Phaser.Tweens.Tween | null = null;
  private capitalsKey = '';

  constructor(
    private readonly source: BoardSource,
    private readonly reducedMotion: boolean,
  ) {
    super({ key: 'MapScene', active: true });
  }

  create(): void {
    this.lines = this.add.graphics();
    this.dots = this.add.graphics();
    const unsubscribe = this.source.subscribe(() => this.sync());
    // Labels keep at least 14 CSS px as drawn however small the board is shown (a phone, a narrow column).
    const onResize = () => this.resizeText();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      unsubscribe();
      this.tween?.stop();
      this.tween = null;
    });
    this.sync();
  }

  private sync(): void {
    const { view, scenario } = this.source.get();
    if (!view) return;
    const caps = capitals(view, scenario);
    const key = caps.map((c) => `${c.id}:${c.name}:${c.own}`).join(',');
    if (key !== this.capitalsKey) {
      this.capitalsKey = key;
      this.drawCapitals(caps);
    }
    const target = Object.fromEntries(pairs(view).map((p) => [p.key, p.value]));
    const from = { ...this.shown };
    const changed = Object.keys(target).some((k) => from[k] !== target[k]);
    if (!changed) return;
    this.tween?.stop();
    const first = Object.keys(from).length === 0;
    if (this.reducedMotion || first) {
      this.shown = target;
      this.drawPairs();
      return;
    }
    this.tween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: ANIMATION_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (tw) => {
        const k = tw.getValue() ?? 1;
        this.shown = Object.fromEntries(
          Object.entries(target).map(([key, v]) => [key, (from[key] ?? v) + (v - (from[key] ?? v)) * k]),
        );
        this.drawPairs();
      },
      onComplete: () => {
        this.shown = target;
        this.drawPairs();
      },
    });
  }

  private resizeText(): void {
    const ratio = this.scale.displayScale.x || 1;
    for (const [id, name] of this.names) {
      if (name.style.fontSize !== `${drawnFontPx(18, ratio)}px`) name.setFontSize(drawnFontPx(18, ratio));
      const place = this.places.get(id);
      if (place) keepInsideMap(name, place.x);
    }
    for (const label of this.labels.values())
      if (label.style.fontSize !== `${drawnFontPx(15, ratio)}px`) label.setFontSize(drawnFontPx(15, ratio));
    // Turning a phone or resizing a window may cross the compact width: the set of written numbers follows.
    this.drawPairs();
  }

  private drawCapitals(caps: CapitalModel[]): void {
    this.places = new Map(caps.map((c) => [c.id, c]));
    this.dots.clear();
    for (const c of caps) {
      this.dots.fillStyle(c.color, 1);
      this.dots.fillCircle(c.x, c.y, c.own ? 20 : 15);
      this.dots.lineStyle(c.own ? 5 : 2, 0xffffff, 1);
      this.dots.strokeCircle(c.x, c.y, c.own ? 20 : 15);
      let name = this.names.get(c.id);
      if (!name) {
        name = this.add
          .text(c.x, c.y + 26, '', {
            fontFamily: FONT,
            fontSize: `${drawnFontPx(18, this.scale.displayScale.x || 1)}px`,
            color: '#ffffff',
            fontStyle: 'bold',
            stroke: '#0f1722',
            strokeThickness: 4,
          })
          .setOrigin(0.5, 0)
          // Above the pair numbers: on a phone a shifted name may cross one, and the name is what orients.
          .setDepth(3);
        this.names.set(c.id, name);
      }
      setTextIfChanged(name, c.own ? `★ ${c.name}` : c.name);
      keepInsideMap(name, c.x);
    }
    this.drawPairs();
  }

  private drawPairs(): void {
    this.lines.clear();
    const written = labelledPairs(
      this.shown,
      this.source.get().view?.you?.delegation,
      isCompact(this.scale.displayScale.x || 1),
    );
    for (const [key, value] of Object.entries(this.shown)) {
      const [a = '', b = ''] = key.split('|');
      const pa = this.places.get(a);
      const pb = this.places.get(b);
      if (!pa || !pb) continue;
      const style = pairStyle(value, thresholdsOf(this.source.get().scenario));
      this.lines.lineStyle(style.width, style.color, 0.95);
      if (style.double) {
        const len = Math.hypot(pb.x - pa.x, pb.y - pa.y) || 1;
        const nx = (-(pb.y - pa.y) / len) * (style.width + 1);
        const ny = ((pb.x - pa.x) / len) * (style.width + 1);
        strokeLine(this.lines, pa.x + nx, pa.y + ny, pb.x + nx, pb.y + ny, null);
        strokeLine(this.lines, pa.x - nx, pa.y - ny, pb.x - nx, pb.y - ny, null);
      } else {
        strokeLine(this.lines, pa.x, pa.y, pb.x, pb.y, style.dash);
      }
      let label = this.labels.get(key);
      if (!label) {
        label = this.add
          .text((pa.x + pb.x) / 2, (pa.y + pb.y) / 2, '', {
            fontFamily: FONT,
            fontSize: `${drawnFontPx(15, this.scale.displayScale.x || 1)}px`,
            color: '#ffffff',
            backgroundColor: '#111827',
            padding: { x: 4, y: 1 },
          })
          .setOrigin(0.5)
          .setDepth(2);
        this.labels.set(key, label);
      }
      setTextIfChanged(label, String(Math.round(value)));
      if (label.visible !== written.has(key)) label.setVisible(written.has(key));
    }
  }
}

/** Centres a capital's name under it, shifted so it never runs off the map into the HUD column or the edge. */
function keepInsideMap(name: Phaser.GameObjects.Text, x: number): void {
  const half = name.width / 2;
  name.setX(Math.max(half + 4, Math.min(x, HUD_X - 8 - half)));
}
