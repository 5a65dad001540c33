// What the board reads: a View, its ScenarioView and recent causes, plus change notifications.
// The game's Store satisfies it; the review page can feed a replayed View through createViewSource.
// Must not import Phaser, the SDK or the DOM.
import type { View } from '../../shared/rules/view-types.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';

export interface BoardState {
  view: View | null;
  scenario: ScenarioView | null;
  /** Causes of the latest changes, newest last. */
  captions: readonly string[];
  /** Server clock minus this browser's clock, so countdowns follow the server's deadlines. */
  clockOffsetMs?: number;
}

/** A store-like source of BoardState. */
export interface BoardSource {
  get(): BoardState;
  subscribe(listener: () => void): () => void;
}

/** A settable source for a View that does not come from a live room (e.g. a replayed transcript). */
export function createViewSource(initial: BoardState): BoardSource & { set(next: Partial<BoardState>): void } {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = { ...state, ...next };
      for (const l of listeners) l();
    },
  };
}
