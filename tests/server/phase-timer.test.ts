// The room's phase clock (server/rooms/phase-timer.ts): one timer at the current deadline, re-armed when the
// deadline moves, none while the clock stands still, a retry when the store refused, and silence after disposal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhaseTimer, type Deadline, type FireOutcome } from '../../server/rooms/phase-timer.ts';
import type { GameState } from '../../shared/rules/types.ts';

function game(phase: GameState['phase'], round: number, endsAt: number | null): GameState {
  return { phase, round, clock: { endsAt, paused: false, remainingMs: null } } as unknown as GameState;
}

describe('phase timer', () => {
  let current: GameState;
  let fired: Deadline[];
  let outcome: FireOutcome;
  let timer: PhaseTimer;

  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    fired = [];
    outcome = 'done';
    current = game('deliberation', 1, 1_000);
    timer = new PhaseTimer(
      () => Date.now(),
      () => current,
      (deadline) => {
        fired.push(deadline);
        return Promise.resolve(outcome);
      },
      () => undefined,
    );
  });
  afterEach(() => {
    timer.dispose();
    vi.useRealTimers();
  });

  it('fires once, just after the deadline, with the deadline it was armed for', async () => {
    timer.arm();
    timer.arm(); // the same deadline: still one timer
    await vi.advanceTimersByTimeAsync(999);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(fired).toEqual([{ phase: 'deliberation', round: 1, endsAt: 1_000 }]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fired).toHaveLength(1);
  });

  it('follows a moved deadline and stays silent while the clock is stopped', async () => {
    timer.arm();
    current = game('deliberation', 1, 61_000); // "+60 s"
    timer.arm();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fired).toEqual([]);
    current = game('deliberation', 1, null); // paused
    timer.arm();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fired).toEqual([]);
  });

  it('tries again a second later when the firing could not be stored', async () => {
    outcome = 'retry';
    timer.arm();
    await vi.advanceTimersByTimeAsync(1_010);
    expect(fired).toHaveLength(1);
    outcome = 'done';
    await vi.advanceTimersByTimeAsync(1_010);
    expect(fired).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fired).toHaveLength(2);
  });

  it('does nothing once disposed, not even a pending retry', async () => {
    outcome = 'retry';
    timer.arm();
    await vi.advanceTimersByTimeAsync(1_010);
    timer.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fired).toHaveLength(1);
    timer.arm();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fired).toHaveLength(1);
  });
  it('never fires once disposed before its deadline (a closed room ends no phase)', async () => {
    timer.arm();
    timer.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fired).toEqual([]);
  });

  it('logs a firing that failed outright, under its own name, and fires no more', async () => {
    const logged: [string, unknown][] = [];
    const failing = new PhaseTimer(
      () => Date.now(),
      () => current,
      () => Promise.reject(new Error('store gone')),
      (message, error) => logged.push([message, error]),
    );
    failing.arm();
    await vi.advanceTimersByTimeAsync(1_010);
    expect(logged).toEqual([['phase timer failed', new Error('store gone')]]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(logged).toHaveLength(1);
    failing.dispose();
  });
});
