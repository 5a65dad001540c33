// kill -9 while appending: SQLite (WAL, synchronous=NORMAL) loses no acknowledged row and gains no gap.
// Must not import PostgreSQL; spawns tests/server/store.crash-child.ts with tsx.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from '../../server/store/sqlite.ts';

const CHILD = fileURLToPath(new URL('./store.crash-child.ts', import.meta.url));
const CODE = 'CRA347';

/** Starts the child, lets it acknowledge at least `minAcks` appends, kills it with SIGKILL; returns the last ack. */
async function appendThenKill(filename: string, minAcks: number): Promise<{ first: number; lastAck: number }> {
  // node --import tsx (not the tsx CLI): one process, so SIGKILL hits the process that writes.
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, filename, CODE], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let first = -1;
  let lastAck = -1;
  let acks = 0;
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [kind, n] = line.split(' ');
      if (kind === 'ready') first = Number(n) + 1;
      if (kind === 'ack') {
        lastAck = Number(n);
        acks += 1;
      }
    }
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  try {
    // Starting tsx on a busy 2-core machine can take seconds: the wait is generous, the check is not.
    await vi.waitFor(() => expect(acks).toBeGreaterThanOrEqual(minAcks), { timeout: 60_000, interval: 5 });
  } finally {
    child.kill('SIGKILL');
  }
  expect(await exited).toBe('SIGKILL');
  return { first, lastAck };
}

describe('SQLite store under kill -9', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peninsula-crash-'));
  const filename = join(dir, 'peninsula.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, without gaps, across repeated crashes', { timeout: 180_000 }, async () => {
    let acknowledged = 0;
    for (let round = 0; round < 4; round++) {
      // Vary the moment of the kill so it lands at different points of a commit.
      const { first, lastAck } = await appendThenKill(filename, 300 + round * 137);
      expect(first).toBeGreaterThanOrEqual(acknowledged + 1);
      acknowledged = lastAck;
      const store = new SqliteStore({ filename });
      await store.init();
      const seqs = (await store.readEntries(CODE)).map((e) => e.seq);
      await store.close();
      expect(seqs.length).toBeGreaterThanOrEqual(acknowledged);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    }
  });
});
