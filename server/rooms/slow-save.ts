// Tells a class when saving is slow (a busy disk, a database far away) instead of letting it look frozen:
// a save pending longer than a client would wait calmly announces "saving is slow", and its end says so.
// Must not import Colyseus or the store; the room passes how to announce.
import type { ServerMessage } from '../../shared/protocol/messages.ts';

/**
 * After this long the class is told: well before the client's 10 s request timeout, and far beyond a healthy
 * commit (about a millisecond), so a quiet disk never shows it.
 */
export const SLOW_SAVE_MS = 2_000;

type SavingMessage = Extract<ServerMessage, { type: 'saving' }>;

/** Watches one room's saves; at most one announcement per slow spell, and one when it is over. */
export class SlowSaveNotice {
  private pending = 0;
  private announced = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly announce: (message: SavingMessage) => void,
    private readonly afterMs = SLOW_SAVE_MS,
  ) {}

  /** Whether the class was told saving is slow and has not been told it is over (for a fresh snapshot). */
  get slow(): boolean {
    return this.announced;
  }

  /** Resolves or rejects exactly as `save` does. */
  async watch<T>(save: Promise<T>): Promise<T> {
    this.pending++;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      if (this.pending > 0 && !this.announced) {
        this.announced = true;
        this.announce({ type: 'saving', slow: true });
      }
    }, this.afterMs);
    try {
      return await save;
    } finally {
      this.pending--;
      if (this.pending === 0) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        if (this.announced) {
          this.announced = false;
          this.announce({ type: 'saving', slow: false });
        }
      }
    }
  }

  /** Stops the timer (room disposal). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
