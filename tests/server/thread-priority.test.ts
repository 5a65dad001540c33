// The threads beside the rooms' event loop give way to it: the review builder and the WAL checkpointer run at a
// lower priority than the loop, and lowering theirs never lowers the loop's (Linux keeps a nice value per thread).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewBodyOffLoop } from '../../server/http/review-build.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { BACKGROUND_NICE } from '../../server/thread-priority.ts';

const linux = process.platform === 'linux';

/** This process's threads by name (the kernel keeps 15 characters of it), with their nice values. */
function threads(): { name: string; nice: number; tid: number }[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    // Field 19 of stat is the nice value; `fields` starts at field 3.
    return { name, nice: Number(fields[16]), tid: Number(tid) };
  });
}

async function until<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('not found in time');
}

describe.runIf(linux)('background threads yield to the rooms', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peninsula-priority-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the WAL checkpointer below the loop and the SQLite writer beside it', async () => {
    const store = new SqliteStore({ filename: join(dir, 'sessions.db') });
    await store.init();
    try {
      const checkpointer = await until(() =>
        threads().find((t) => t.name === 'sqlite-checkpoi' && t.nice === BACKGROUND_NICE.checkpointer),
      );
      expect(checkpointer.nice).toBe(10);
      const main = threads().find((t) => t.tid === process.pid)!;
      expect(main.nice).toBe(0);
      // Commits answer students: the writer keeps the loop's priority.
      expect(threads().find((t) => t.name === 'sqlite-writer')?.nice).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('runs the review builder at the lowest priority, and the loop stays where it was', async () => {
    // A job that fails still starts the worker, which lowers itself first.
    await expect(
      reviewBodyOffLoop({
        session: 'NOSUCH',
        scenario: {} as never,
        header: { rulesVersion: 999 } as never,
        entriesJson: '[]',
        lang: 'en',
        body: { kind: 'host', release: null },
        gzip: false,
      }),
    ).rejects.toThrow();
    const builder = await until(() => threads().find((t) => t.name === 'review-builder'));
    expect(builder.nice).toBe(19);
    expect(threads().find((t) => t.tid === process.pid)!.nice).toBe(0);
  });
});
