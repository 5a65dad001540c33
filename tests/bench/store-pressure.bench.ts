// `npx tsx tests/bench/store-pressure.bench.ts [-- --seconds 20]`: the SQLite store on a busy disk, the old way
// (commits and checkpoints on the event loop) against the worker store, with the same light load: 100 classrooms
// appending 1,500 commands/s while another process writes 256 MB files with fsync. Prints the event loop's
// longest pause and how many reached 50 ms, and append latency. Numbers only; CPU use is low, so other work on
// the machine moves them less than the server bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SqliteDb } from '../../server/store/sqlite-db.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { chat, sessionRecord } from '../server/store.suite.ts';
import { startDiskPressure } from './disk-pressure.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '20' }, quiet: { type: 'boolean', default: false } },
});
const seconds = Number(values.seconds);
const ROOMS = 100;
const PER_SECOND = 1500;

interface Appender {
  append(code: string, seq: number): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(name: string, store: Appender, codes: string[]): Promise<void> {
  let longest = 0;
  let pauses = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    const gap = now - last - 10;
    last = now;
    if (gap > longest) longest = gap;
    if (gap >= 50) pauses++;
  }, 10);
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const every = (ROOMS / PER_SECOND) * 1000;
  await Promise.all(
    codes.map(async (code, i) => {
      await sleep((i / ROOMS) * every);
      for (let seq = 1; performance.now() < end; seq++) {
        const t = performance.now();
        await store.append(code, seq);
        latencies.push(performance.now() - t);
        await sleep(Math.max(0, every - (performance.now() - t)));
      }
    }),
  );
  clearInterval(ticker);
  latencies.sort((a, b) => a - b);
  console.log(
    `${name}: loop longest pause ${longest.toFixed(0)} ms, ${pauses} pauses ≥ 50 ms; ${latencies.length} appends, ` +
      `p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms ` +
      `(load average ${loadavg()[0]?.toFixed(1)})`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'peninsula-store-pressure-'));
const pressure = values.quiet ? null : startDiskPressure(dir, seconds * 2 + 30);
console.log(
  `store on a busy disk: ${ROOMS} classrooms, ${PER_SECOND} appends/s, ${seconds} s each${pressure ? ', a writer filling 256 MB files with fsync beside the database' : ', quiet disk'}`,
);
try {
  const codes = Array.from({ length: ROOMS }, (_, i) => `P${String(i).padStart(5, '0')}`);
  // Before: the connection on the event loop, as the store was (a commit, and sometimes a checkpoint, per append).
  const onLoop = new SqliteDb(join(dir, 'on-loop.sqlite'));
  onLoop.init();
  for (const code of codes) onLoop.createSession(sessionRecord(code));
  await run(
    'on the event loop',
    { append: async (code, seq) => void onLoop.appendBatch([{ code, entries: [chat(seq)], at: Date.now() }]) },
    codes,
  );
  onLoop.close();
  // After: the worker store.
  const worker = new SqliteStore({ filename: join(dir, 'worker.sqlite') });
  await worker.init();
  for (const code of codes) await worker.createSession(sessionRecord(code));
  await run('in the worker thread', { append: (code, seq) => worker.append(code, [chat(seq)]) }, codes);
  await worker.close();
} finally {
  pressure?.stop();
  rmSync(dir, { recursive: true, force: true });
}
