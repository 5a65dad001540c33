// Runs the shared store suite on PostgreSQL in a fresh schema that is dropped afterwards.
// Skips loudly when PostgreSQL is down, except under PENINSULA_REQUIRE_POSTGRES=1 (CI), where it fails.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/index.ts';
import { PostgresStore } from '../../server/store/postgres.ts';
import { freshSchemaName, postgresAvailable, TEST_POSTGRES_URL } from './store.postgres-env.ts';
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
        const store = new PostgresStore({ connectionString: TEST_POSTGRES_URL, schema, poolSize: 4, ...(opts?.now ? { now: opts.now } : {}) });
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
