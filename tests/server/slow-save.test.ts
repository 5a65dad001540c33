// "Saving is slow, hold on": a class whose saves wait seconds is told once, and told again when it is over;
// a healthy save says nothing. Fake timers stand in for the disk (no real waiting).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLOW_SAVE_MS, SlowSaveNotice } from '../../server/rooms/slow-save.ts';
import type { ServerMessage } from '../../shared/protocol/messages.ts';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('the slow-save notice', () => {
  afterEach(() => vi.useRealTimers());

  it('says nothing when a save finishes in time', async () => {
    vi.useFakeTimers();
    const said: ServerMessage[] = [];
    const notice = new SlowSaveNotice((m) => said.push(m));
    const save = deferred();
    const watched = notice.watch(save.promise);
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS - 1);
    save.resolve();
    await watched;
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS * 2);
    expect(said).toEqual([]);
  });

  it('tells the class once when saving is slow, and once when it is over, even across several saves', async () => {
    vi.useFakeTimers();
    const said: ServerMessage[] = [];
    const notice = new SlowSaveNotice((m) => said.push(m));
    const first = deferred();
    const second = deferred();
    const a = notice.watch(first.promise);
    const b = notice.watch(second.promise);
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS * 3);
    expect(said).toEqual([{ type: 'saving', slow: true }]);
    expect(notice.slow).toBe(true);
    first.resolve();
    await a;
    expect(said).toHaveLength(1);
    second.resolve();
    await b;
    expect(said).toEqual([
      { type: 'saving', slow: true },
      { type: 'saving', slow: false },
    ]);
    expect(notice.slow).toBe(false);
  });

  it('passes a failed save through unchanged and still ends the notice', async () => {
    vi.useFakeTimers();
    const said: ServerMessage[] = [];
    const notice = new SlowSaveNotice((m) => said.push(m));
    const save = deferred();
    const watched = notice.watch(save.promise);
    const outcome = expect(watched).rejects.toThrow('disk gone');
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS);
    save.reject(new Error('disk gone'));
    await outcome;
    expect(said.at(-1)).toEqual({ type: 'saving', slow: false });
  });
  it('says it once per slow spell, even when another save starts after the class was told', async () => {
    vi.useFakeTimers();
    const said: ServerMessage[] = [];
    const notice = new SlowSaveNotice((m) => said.push(m));
    const first = deferred();
    const a = notice.watch(first.promise);
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS);
    const second = deferred();
    const b = notice.watch(second.promise);
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS * 3);
    expect(said).toEqual([{ type: 'saving', slow: true }]);
    first.resolve();
    second.resolve();
    await Promise.all([a, b]);
    expect(said).toEqual([
      { type: 'saving', slow: true },
      { type: 'saving', slow: false },
    ]);
  });

  it('says nothing after the room is disposed, even for a save still pending', async () => {
    vi.useFakeTimers();
    const said: ServerMessage[] = [];
    const notice = new SlowSaveNotice((m) => said.push(m));
    const save = deferred();
    void notice.watch(save.promise);
    notice.dispose();
    await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS * 3);
    expect(said).toEqual([]);
  });
});
