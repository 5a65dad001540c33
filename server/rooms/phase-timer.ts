// The clock of one room: one timer at the current phase's deadline, re-armed whenever the phase, the round or
// the deadline changes, and a retry a second later when the store refused the "time is up" command (an outage;
// otherwise the phase would never end). Owns only its timer; it decides nothing: the room's `fire` submits
// `phaseTimeUp` through the rules, which refuse a stale one. Must not import Colyseus or the store.
import type { GameState } from '../../shared/rules/types.ts';

/** The deadline a timer was armed for; `fire` gets it back so it can check it still holds. */
export interface Deadline {
  phase: GameState['phase'];
  round: number;
  endsAt: number;
}

/** What firing did: 'retry' when the command could not be stored and the deadline still stands. */
export type FireOutcome = 'done' | 'retry';

/** How long after a refused firing the timer tries again. */
const RETRY_MS = 1_000;
/** Fires a little after the deadline, so the rules never see a "time is up" before the time. */
const AFTER_DEADLINE_MS = 5;

export class PhaseTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private armedFor = '';
  private disposed = false;

  constructor(
    private readonly now: () => number,
    /** The room's game as it is now. */
    private readonly game: () => GameState,
    /** Runs the firing in the room's queue; resolves with whether to retry. */
    private readonly fire: (deadline: Deadline) => Promise<FireOutcome>,
    private readonly log: (message: string, error: unknown) => void,
  ) {}

  /** Arms (or keeps) the timer for the game's current deadline; none while the clock is stopped. */
  arm(): void {
    if (this.disposed) return;
    const game = this.game();
    const { phase, round } = game;
    const { endsAt } = game.clock;
    const key = `${phase}|${round}|${endsAt}`;
    if (key === this.armedFor) return;
    this.armedFor = key;
    this.clear();
    if (endsAt === null) return;
    const deadline: Deadline = { phase, round, endsAt };
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.fire(deadline).then(
          (outcome) => {
            if (outcome === 'retry') this.retry();
          },
          (error: unknown) => this.log('phase timer failed', error),
        );
      },
      Math.max(0, endsAt - this.now()) + AFTER_DEADLINE_MS,
    );
  }

  /** Stops the timer (room disposal). */
  dispose(): void {
    this.disposed = true;
    this.clear();
  }

  private retry(): void {
    if (this.disposed) return;
    this.clear();
    this.armedFor = '';
    this.timer = setTimeout(() => {
      this.timer = null;
      this.arm();
    }, RETRY_MS);
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
