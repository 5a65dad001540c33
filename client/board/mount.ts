// The situation board's one entry point: mountBoard(container, source) starts Phaser in a container and
// returns a handle to destroy it. Imported dynamically so Phaser lands in its own chunk.
import * as Phaser from 'phaser';
import { BOARD_HEIGHT, BOARD_WIDTH } from './model.ts';
import { prefersReducedMotion } from './draw.ts';
import { HudScene } from './HudScene.ts';
import { MapScene } from './MapScene.ts';
import type { BoardSource } from './source.ts';

export type { BoardSource, BoardState } from './source.ts';
export { createViewSource } from './source.ts';

export interface BoardHandle {
  destroy(): void;
}

/** Starts the board in `container`, drawing whatever `source` holds and redrawing on each change. */
export function mountBoard(container: HTMLElement, source: BoardSource): BoardHandle {
  const reduced = prefersReducedMotion();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: container,
    width: BOARD_WIDTH,
    height: BOARD_HEIGHT,
    backgroundColor: '#0f1722',
    banner: false,
    audio: { noAudio: true },
    // The DOM panels own the keyboard; the board is a picture with a text equivalent beside it.
    input: { keyboard: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    // A mostly still picture: a capped frame rate spares school Chromebooks' batteries and CPUs;
    // without animations (reduced motion) a few frames a second keep the clock current.
    fps: { limit: reduced ? 8 : 30 },
    scene: [new MapScene(source, reduced), new HudScene(source, reduced)],
  });
  return {
    destroy: () => game.destroy(true),
  };
}
