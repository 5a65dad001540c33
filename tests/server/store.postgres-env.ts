// Decides whether PostgreSQL-backed tests run: they skip loudly when it is down, and fail when CI requires it.
// Must not import a store: only the pg driver to probe the server.
import pg from 'pg';

/** The database the tests use (a fresh schema per run is created inside it). */
export const TEST_POSTGRES_URL = process.env.PENINSULA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REQUIRED = process.env.PENINSULA_REQUIRE_POSTGRES === '1';

/** True when PostgreSQL answers; false (with a loud warning) when it does not; throws when it is required. */
export async function postgresAvailable(what: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (REQUIRED)
      throw new Error(
        `PENINSULA_REQUIRE_POSTGRES=1 but PostgreSQL at ${redact(TEST_POSTGRES_URL)} is unreachable: ${reason}`,
      );
    console.warn(
      `\n${'!'.repeat(100)}\n!! SKIPPING ${what}: PostgreSQL at ${redact(TEST_POSTGRES_URL)} is unreachable (${reason}).\n` +
        `!! Start it, or set PENINSULA_TEST_POSTGRES_URL. CI sets PENINSULA_REQUIRE_POSTGRES=1 so this cannot pass silently.\n${'!'.repeat(100)}\n`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name nobody else uses, for one test run. */
export function freshSchemaName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The test database's URL with `schema` first on the search path: a store opened on it keeps its tables there. */
export function schemaUrl(schema: string): URL {
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url;
}

/**
 * Runs `test` with a schema of its own (created first, dropped after, whatever happens): the URL a store opens on
 * it, and an admin connection to look at its rows.
 */
export async function withFreshSchema(
  prefix: string,
  test: (url: string, admin: pg.Client, schema: string) => Promise<void>,
): Promise<void> {
  const schema = freshSchemaName(prefix);
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    await test(schemaUrl(schema).toString(), admin, schema);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
