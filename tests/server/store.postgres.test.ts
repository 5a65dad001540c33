// Runs the shared store suite on PostgreSQL in a fresh schema that is dropped afterwards.
// Skips loudly when PostgreSQL is down, except under PENINSULA_REQUIRE_POSTGRES=1 (CI), where it fails.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../server/store/index.ts';
import { PostgresStore } from '../../server/store/postgres.ts';
import { freshSchemaName, postgresAvailable, TEST_POSTGRES_URL } from './store.postgres-env.ts';
import { SeqConflictError } from '../../server/store/errors.ts';
import { newJoinCode } from '../../server/store/secrets.ts';
import { chat, describeStoreSuite, sessionRecord } from './store.suite.ts';

const available = await postgresAvailable('the PostgreSQL transcript store suite');

describeStoreSuite(
  'PostgreSQL (fresh schema)',
  async () => {
    const schema = freshSchemaName('peninsula_test');
    const handles: PostgresStore[] = [];
    return {
      durable: true,
      async open(opts) {
        const store = new PostgresStore({
          connectionString: TEST_POSTGRES_URL,
          schema,
          poolSize: 4,
          ...(opts?.now ? { now: opts.now } : {}),
        });
        await store.init();
        handles.push(store);
        return store;
      },
      async teardown() {
        const cleaner = new PostgresStore({ connectionString: TEST_POSTGRES_URL, schema, poolSize: 1 });
        await cleaner.dropSchema();
        await cleaner.close();
      },
    };
  },
  !available,
);

describe.skipIf(!available)('openStore with a postgres:// URL', () => {
  it('opens PostgreSQL and creates the tables on the search path', async () => {
    const schema = freshSchemaName('peninsula_open');
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA ${schema}`);
      const url = new URL(TEST_POSTGRES_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const store = await openStore({ databaseUrl: url.toString() });
      await store.createSession(sessionRecord('PGX347'));
      await store.append('PGX347', [chat(1)]);
      await store.close();
      const { rows } = await admin.query(`SELECT seq FROM ${schema}.entries WHERE code = 'PGX347'`);
      expect(rows).toEqual([{ seq: 1 }]);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});

describe.skipIf(!available)('PostgreSQL group commit', () => {
  it('settles each append on its own when another writer makes the shared statement fail', async () => {
    const schema = freshSchemaName('peninsula_group');
    const store = new PostgresStore({ connectionString: TEST_POSTGRES_URL, schema, poolSize: 4 });
    const rival = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path=${schema}` });
    try {
      await store.init();
      await rival.connect();
      const [warm1, warm2, contested, free1, free2] = Array.from({ length: 5 }, () => newJoinCode()) as [
        string,
        string,
        string,
        string,
        string,
      ];
      for (const c of [warm1, warm2, contested, free1, free2]) await store.createSession(sessionRecord(c));
      // Another process has written seq 1 of one session but not committed yet: it holds that key.
      await rival.query('BEGIN');
      await rival.query(`INSERT INTO entries (code, seq, command) VALUES ($1, 1, $2)`, [
        contested,
        JSON.stringify(chat(1, 'rival').command),
      ]);
      // Two appends take the two in-flight slots; the next three queue and go out as one statement.
      const outcome = (p: Promise<void>) =>
        p.then(
          () => 'ok',
          (err: unknown) => (err instanceof SeqConflictError ? 'conflict' : String(err)),
        );
      const results = Promise.all(
        [warm1, warm2, contested, free1, free2].map((c) => outcome(store.append(c, [chat(1, `ours in ${c}`)]))),
      );
      // Wait until our statement is blocked on the rival's uncommitted key, then let the rival commit.
      const rivalPid = (await rival.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await vi.waitFor(
        async () => {
          const { rows } = await rival.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))`,
            [rivalPid],
          );
          expect(rows[0]!.n).toBeGreaterThan(0);
        },
        { timeout: 10_000, interval: 20 },
      );
      await rival.query('COMMIT');
      expect(await results).toEqual(['ok', 'ok', 'conflict', 'ok', 'ok']);
      expect(await store.readEntries(contested)).toEqual([chat(1, 'rival')]);
      for (const c of [warm1, warm2, free1, free2])
        expect(await store.readEntries(c)).toEqual([chat(1, `ours in ${c}`)]);
    } finally {
      await rival.end().catch(() => undefined);
      await store.dropSchema().catch(() => undefined);
      await store.close();
    }
  });
});
