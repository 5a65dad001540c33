// The room's single writer: every intent, join and timer firing goes through one SerialQueue, so commands reach
// the transcript in the order they were taken and seq never forks. Held jobs wait at gates the test opens.
import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../server/rooms/serial-queue.ts';

function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('SerialQueue', () => {
  it('runs one job at a time, in the order they came, however long the first one takes', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const slow = gate();
    const first = queue.run(async () => {
      log.push('first starts');
      await slow.opened;
      log.push('first ends');
      return 1;
    });
    const second = queue.run(() => {
      log.push('second');
      return 2;
    });
    const third = queue.run(async () => {
      log.push('third');
      return 3;
    });
    // The second job has not started while the first one waits on its write.
    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    expect(queue.size).toBe(3);
    slow.open();
    expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
    expect(log).toEqual(['first starts', 'first ends', 'second', 'third']);
  });

  it('lets a failing job fail its own caller only; the jobs behind it still run', async () => {
    const queue = new SerialQueue();
    const held = gate();
    const failing = queue.run(async () => {
      await held.opened;
      throw new Error('the store refused');
    });
    const throwing = queue.run(() => {
      throw new Error('the rules threw');
    });
    const next = queue.run(() => 'applied');
    expect(queue.size).toBe(3);
    held.open();
    await expect(failing).rejects.toThrow('the store refused');
    await expect(throwing).rejects.toThrow('the rules threw');
    expect(await next).toBe('applied');
  });

  it('counts the jobs waiting or running, down to none once each has settled, failed or not', async () => {
    const queue = new SerialQueue();
    expect(queue.size).toBe(0);
    const held = gate();
    const jobs = [
      queue.run(() => held.opened),
      queue.run(() => Promise.reject(new Error('refused'))),
      queue.run(() => 'done'),
    ];
    expect(queue.size).toBe(3);
    held.open();
    await Promise.allSettled(jobs);
    // The count drops just after each job settles.
    await queue.run(() => undefined);
    expect(queue.size).toBe(0);
  });
});
