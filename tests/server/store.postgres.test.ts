// Runs the shared store suite on PostgreSQL in a fresh schema that is dropped afterwards.
// Skips loudly when PostgreSQL is down, except under PENINSULA_REQUIRE_POSTGRES=1 (CI), where it fails.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../server/store/index.ts';
import { PostgresStore } from '../../server/store/postgres.ts';
import { freshSchemaName, postgresAvailable, TEST_POSTGRES_URL, withFreshSchema } from './store.postgres-env.ts';
import { DuplicateSessionError, SeqConflictError, UnknownSessionError } from '../../server/store/errors.ts';
import { newJoinCode, newShareToken } from '../../server/store/secrets.ts';
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
    await withFreshSchema('peninsula_open', async (url, admin, schema) => {
      const store = await openStore({ databaseUrl: url });
      await store.createSession(sessionRecord('PGX347'));
      await store.append('PGX347', [chat(1)]);
      await store.close();
      const { rows } = await admin.query(`SELECT seq FROM ${schema}.entries WHERE code = 'PGX347'`);
      expect(rows).toEqual([{ seq: 1 }]);
    });
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

describe.skipIf(!available)('PostgreSQL store: what the shared suite does not reach', () => {
  /** A store on its own fresh schema, tagged so this test can find (and drop) its connections alone. */
  async function tagged(prefix: string, poolSize = 2) {
    const schema = freshSchemaName(prefix);
    const url = new URL(TEST_POSTGRES_URL);
    url.searchParams.set('application_name', `peninsula_${schema}`);
    const store = new PostgresStore({ connectionString: url.toString(), schema, poolSize });
    await store.init();
    return { store, schema, appName: `peninsula_${schema}` };
  }
  async function connectionsOf(admin: pg.Client, appName: string): Promise<number> {
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
      [appName],
    );
    return rows[0]!.n;
  }

  it('refuses a schema name that is not a plain identifier, before any SQL is built from it', () => {
    for (const schema of ['Peninsula', '1class', 'class-a', 'ok; DROP SCHEMA public CASCADE', ''])
      expect(() => new PostgresStore({ connectionString: TEST_POSTGRES_URL, schema })).toThrow(
        `schema name "${schema}" must be lower-case letters, digits and _`,
      );
    const store = new PostgresStore({ connectionString: TEST_POSTGRES_URL, schema: '_class_2b' });
    return store.close();
  });

  it('says which session is gone and where a refused append should have started, alone or in a batch', async () => {
    const { store } = await tagged('peninsula_verdicts');
    try {
      const [live, other, third] = [newJoinCode(), newJoinCode(), newJoinCode()];
      for (const c of [live, other, third]) await store.createSession(sessionRecord(c));
      await store.append(live, [chat(1), chat(2), chat(3)]);
      // A room appending to a session its teacher deleted learns that it is gone, at whatever seq it was.
      await expect(store.append('NOPE99', [chat(7)])).rejects.toBeInstanceOf(UnknownSessionError);
      await expect(store.setRelease('NOPE99', null)).rejects.toBeInstanceOf(UnknownSessionError);
      await expect(store.putSeatToken({ code: 'NOPE99', seatId: 's1', tokenHash: 'h' })).rejects.toBeInstanceOf(
        UnknownSessionError,
      );
      await expect(store.append(live, [chat(3, 'again')])).rejects.toMatchObject({ expected: 4, got: 3 });
      // The first two appends of a tick go out alone; the rest share one statement.
      const outcomes = await Promise.allSettled([
        store.append(other, [chat(1)]),
        store.append(third, [chat(1)]),
        store.append(other, [chat(2)]),
        store.append(live, [chat(6)]),
        store.append('NOPE99', [chat(3)]),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
      expect((outcomes[3] as PromiseRejectedResult).reason).toMatchObject({ expected: 4, got: 6 });
      expect((outcomes[4] as PromiseRejectedResult).reason).toBeInstanceOf(UnknownSessionError);
      expect((await store.readEntries(live)).map((e) => e.seq)).toEqual([1, 2, 3]);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });

  it('finds a session by the share link it was created with', async () => {
    const { store } = await tagged('peninsula_created_shared');
    try {
      const c = newJoinCode();
      const release = { level: 'public' as const, pseudonyms: true, shareToken: newShareToken() };
      await store.createSession({ ...sessionRecord(c), release });
      expect((await store.findByShareToken(release.shareToken))?.code).toBe(c);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });

  it('reports a database it cannot reach as a failure, never as a taken code or a deleted session', async () => {
    const { store } = await tagged('peninsula_unreachable');
    await store.dropSchema();
    await store.close();
    const created = store.createSession(sessionRecord(newJoinCode()));
    await expect(created).rejects.toThrow();
    await expect(created).rejects.not.toBeInstanceOf(DuplicateSessionError);
    const appended = store.append('ABCDEF', [chat(1)]);
    await expect(appended).rejects.toThrow();
    await expect(appended).rejects.not.toBeInstanceOf(UnknownSessionError);
    await expect(appended).rejects.not.toBeInstanceOf(SeqConflictError);
  });

  it('survives the database dropping an idle connection, and answers the next request', async () => {
    const { store, appName } = await tagged('peninsula_idle', 1);
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    const crashes: unknown[] = [];
    const record = (err: unknown) => void crashes.push(err);
    process.on('uncaughtException', record);
    try {
      await admin.connect();
      const c = newJoinCode();
      await store.createSession(sessionRecord(c));
      expect(await connectionsOf(admin, appName)).toBe(1);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        appName,
      ]);
      // The pool notices and lets go of the dead connection.
      const pool = (store as unknown as { pool: pg.Pool }).pool;
      await vi.waitFor(() => expect(pool.totalCount).toBe(0), { timeout: 10_000, interval: 20 });
      expect(crashes).toEqual([]);
      expect((await store.getSession(c))?.code).toBe(c);
    } finally {
      process.off('uncaughtException', record);
      await store.dropSchema();
      await store.close();
      await admin.end();
    }
  });

  it('lets go of its connections when closed, so a restarted server does not use up the database', async () => {
    const { store, appName } = await tagged('peninsula_close', 3);
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await Promise.all([store.getSession('ABCDEF'), store.getSession('ABCDEG'), store.readEntries('ABCDEF')]);
      expect(await connectionsOf(admin, appName)).toBeGreaterThan(0);
      await store.dropSchema();
      await store.close();
      await vi.waitFor(async () => expect(await connectionsOf(admin, appName)).toBe(0), {
        timeout: 10_000,
        interval: 50,
      });
    } finally {
      await admin.end();
    }
  });

  it('drops the schema it was opened on, and refuses to drop one it was not given', async () => {
    const { store, schema } = await tagged('peninsula_drop');
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const unnamed = new PostgresStore({ connectionString: TEST_POSTGRES_URL });
    try {
      await store.dropSchema();
      const { rows } = await admin.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
      expect(rows).toEqual([]);
      await expect(unnamed.dropSchema()).rejects.toThrow('no schema was given');
    } finally {
      await unnamed.close();
      await store.close();
      await admin.end();
    }
  });

  it('lets several server processes start together on an empty database', async () => {
    await withFreshSchema('peninsula_start', async (url) => {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openStore({ databaseUrl: url })));
      const c = newJoinCode();
      await stores[0]!.createSession(sessionRecord(c));
      await stores[3]!.append(c, [chat(1)]);
      expect(await stores[1]!.readEntries(c)).toEqual([chat(1)]);
      await Promise.all(stores.map((s) => s.close()));
    });
  });
});
