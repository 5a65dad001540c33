// kill -9 while twenty classrooms append and another process floods the disk with fsynced writes: the SQLite
// store (worker thread, group commits) loses no acknowledged append and gains no gap. Spawns store.pressure-child.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { startDiskPressure } from '../bench/disk-pressure.ts';

const CHILD = fileURLToPath(new URL('./store.pressure-child.ts', import.meta.url));

/** Runs the child until it acknowledged `minAcks` appends in all, kills it; returns the last ack per session. */
async function appendThenKill(filename: string, minAcks: number): Promise<Map<string, number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, filename], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acked = new Map<string, number>();
  let acks = 0;
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [kind, code, n] = line.split(' ');
      if (kind === 'ack' && code) {
        acked.set(code, Math.max(acked.get(code) ?? 0, Number(n)));
        acks += 1;
      }
    }
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  try {
    await vi.waitFor(() => expect(acks).toBeGreaterThanOrEqual(minAcks), { timeout: 90_000, interval: 5 });
  } finally {
    child.kill('SIGKILL');
  }
  expect(await exited).toBe('SIGKILL');
  return acked;
}

describe('SQLite store under kill -9 on a busy disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peninsula-pressure-'));
  const filename = join(dir, 'peninsula.sqlite');
  // 64 MB files with fsync, again and again, beside the database: the stalls a backup or an install causes.
  const pressure = startDiskPressure(dir, 150, 64);
  afterAll(() => {
    pressure.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'keeps every acknowledged append of every classroom, without gaps, across crashes',
    { timeout: 240_000 },
    async () => {
      const acknowledged = new Map<string, number>();
      for (let round = 0; round < 3; round++) {
        // Vary the moment of the kill so it lands at different points of a group commit.
        const acked = await appendThenKill(filename, 400 + round * 173);
        for (const [code, seq] of acked) acknowledged.set(code, seq);
        const store = new SqliteStore({ filename });
        await store.init();
        for (const [code, last] of acknowledged) {
          const seqs = (await store.readEntries(code)).map((e) => e.seq);
          expect(seqs.length, code).toBeGreaterThanOrEqual(last);
          expect(seqs, code).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
        }
        await store.close();
      }
      expect(acknowledged.size).toBe(20);
    },
  );
});
