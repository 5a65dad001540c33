// `npx tsx tests/bench/store.bench.ts`: prints what the transcript stores cost.
// Numbers only, no assertion on speed. PostgreSQL parts run when it answers (PENINSULA_TEST_POSTGRES_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PostgresStore } from '../../server/store/postgres.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import { freshSchemaName, TEST_POSTGRES_URL } from '../server/store.postgres-env.ts';
import { chat, sessionRecord } from '../server/store.suite.ts';

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
};
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

/** One command per append, as the room does: rows/s and latency percentiles. */
async function appendBench(name: string, store: TranscriptStore, count: number): Promise<void> {
  const code = `B${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
  await store.createSession(sessionRecord(code));
  const latencies: number[] = [];
  const start = performance.now();
  for (let seq = 1; seq <= count; seq++) {
    const t = performance.now();
    await store.append(code, [chat(seq, `a message of ordinary classroom length, number ${seq}`)]);
    latencies.push(performance.now() - t);
  }
  const total = performance.now() - start;
  console.log(
    `${name}: ${count} single-command appends in ${total.toFixed(0)} ms = ${Math.round((count / total) * 1000)} commits/s; ` +
      `p50 ${fmt(pct(latencies, 50))}, p99 ${fmt(pct(latencies, 99))}`,
  );
  const t = performance.now();
  const entries = await store.readEntries(code);
  console.log(`${name}: readEntries of ${entries.length} entries: ${fmt(performance.now() - t)}`);
}

/** Many classrooms at once, as one server process sees them: each session appends its own commands in turn. */
async function concurrentBench(
  name: string,
  store: TranscriptStore,
  sessions: number,
  perSession: number,
): Promise<void> {
  const run = Math.random().toString(36).slice(2, 6).toUpperCase();
  const codes = Array.from({ length: sessions }, (_, i) => `K${run}${i}`);
  for (const code of codes) await store.createSession(sessionRecord(code));
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    codes.map(async (code) => {
      for (let seq = 1; seq <= perSession; seq++) {
        const t = performance.now();
        await store.append(code, [chat(seq)]);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const total = performance.now() - start;
  console.log(
    `${name}: ${sessions} sessions appending at once, ${sessions * perSession} commands: ${Math.round(((sessions * perSession) / total) * 1000)} commits/s; ` +
      `p50 ${fmt(pct(latencies, 50))}, p99 ${fmt(pct(latencies, 99))}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'peninsula-bench-'));
try {
  const sqlite = new SqliteStore({ filename: join(dir, 'bench.sqlite') });
  await sqlite.init();
  await appendBench('SQLite (WAL, NORMAL)', sqlite, 20_000);
  await concurrentBench('SQLite (WAL, NORMAL)', sqlite, 100, 30);
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const schema = freshSchemaName('peninsula_bench');
const pg = new PostgresStore({ connectionString: TEST_POSTGRES_URL, schema, poolSize: 10 });
try {
  await pg.init();
  await appendBench('PostgreSQL', pg, 3_000);
  await concurrentBench('PostgreSQL (pool of 10, the default)', pg, 100, 30);
  await pg.dropSchema();
} catch (err) {
  console.log(`PostgreSQL: skipped (${err instanceof Error ? err.message : String(err)})`);
} finally {
  await pg.close();
}
