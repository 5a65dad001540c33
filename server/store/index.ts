// Opens the transcript store the deployment asked for: PostgreSQL when a postgres:// URL is given, else SQLite.
// Must not import express or Colyseus; server/app.ts is the one caller in production.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { TranscriptStore } from './types.ts';

export type { ReleaseSettings, SeatTokenRecord, SessionRecord, TranscriptStore } from './types.ts';
export { DuplicateSessionError, SeqConflictError, UnknownSessionError } from './errors.ts';
export { SqliteStore } from './sqlite.ts';
export { PostgresStore } from './postgres.ts';

export interface OpenStoreOptions {
  /** postgres://… or postgresql://… selects PostgreSQL; anything else is ignored. */
  databaseUrl?: string;
  /** Folder for peninsula.sqlite (default ./data); ':memory:' keeps it in memory (tests). */
  dataDir?: string;
}

/** Opens and initialises the store (schema created if needed). */
export async function openStore(opts: OpenStoreOptions): Promise<TranscriptStore> {
  const store = createStore(opts);
  try {
    await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

function createStore(opts: OpenStoreOptions): TranscriptStore {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    return new PostgresStore({ connectionString: opts.databaseUrl });
  }
  if (opts.databaseUrl) {
    // Only the scheme is printed: the rest of a URL may hold a password.
    console.warn(`DATABASE_URL is not a postgres:// URL (${opts.databaseUrl.split(':')[0]}:…); using SQLite instead.`);
  }
  if (opts.dataDir === ':memory:') return new SqliteStore({ filename: ':memory:' });
  const dir = opts.dataDir ?? './data';
  mkdirSync(dir, { recursive: true });
  return new SqliteStore({ filename: join(dir, 'peninsula.sqlite') });
}
