// A store that writes many sessions' appends in one statement must still refuse a gapped append on its own,
// when nothing else in the batch fails (a duplicate elsewhere sends the batch to one-by-one writes and hides it).
// Runs on SQLite always and on PostgreSQL when it answers (loud skip otherwise, a failure in CI).
import { describe, expect, it } from 'vitest';
import { SeqConflictError } from '../../server/store/errors.ts';
import { openStore } from '../../server/store/index.ts';
import { newJoinCode } from '../../server/store/secrets.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import { postgresAvailable, withFreshSchema } from './store.postgres-env.ts';
import { chat, sessionRecord } from './store.suite.ts';

const pgReady = await postgresAvailable('the PostgreSQL batch test');

async function withPostgres(run: (store: TranscriptStore) => Promise<void>): Promise<void> {
  await withFreshSchema('peninsula_batch', async (url) => {
    const store = await openStore({ databaseUrl: url });
    try {
      await run(store);
    } finally {
      await store.close();
    }
  });
}

async function withSqlite(run: (store: TranscriptStore) => Promise<void>): Promise<void> {
  const store = await openStore({ dataDir: ':memory:' });
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

async function gappedInABatch(store: TranscriptStore): Promise<void> {
  const codes = Array.from({ length: 12 }, () => newJoinCode());
  for (const c of codes) await store.createSession(sessionRecord(c));
  const [gapped, gappedLong, ...rest] = codes as [string, string, ...string[]];
  for (const c of [gapped, gappedLong, ...rest]) await store.append(c, [chat(1, `first of ${c}`)]);
  const outcome = (p: Promise<void>) =>
    p.then(
      () => 'ok',
      (err: unknown) => (err instanceof SeqConflictError ? 'SeqConflictError' : String(err)),
    );
  // All in one tick, so a store that batches writes puts them in one statement; no duplicate anywhere.
  const results = await Promise.all([
    ...rest.map((c) => outcome(store.append(c, [chat(2, `second of ${c}`)]))),
    outcome(store.append(gapped, [chat(3, 'skips seq 2')])),
    outcome(store.append(gappedLong, [chat(3, 'skips seq 2'), chat(4, 'and goes on')])),
  ]);
  expect(results).toEqual([...rest.map(() => 'ok'), 'SeqConflictError', 'SeqConflictError']);
  for (const c of rest) expect((await store.readEntries(c)).map((e) => e.seq)).toEqual([1, 2]);
  expect(await store.readEntries(gapped)).toEqual([chat(1, `first of ${gapped}`)]);
  expect(await store.readEntries(gappedLong)).toEqual([chat(1, `first of ${gappedLong}`)]);
  // The refused sessions go on from where they really are.
  await store.append(gapped, [chat(2, 'the real second')]);
  expect((await store.readEntries(gapped)).map((e) => e.seq)).toEqual([1, 2]);
}

describe('a gapped append in a batch with nothing else wrong', () => {
  it('is refused on SQLite, and the rest of the batch is written', () => withSqlite(gappedInABatch));
  it.skipIf(!pgReady)('is refused on PostgreSQL, and the rest of the batch is written', () =>
    withPostgres(gappedInABatch),
  );
});
