// Runs the shared store suite on SQLite in a temporary file, plus SQLite-only checks (pragmas, openStore).
// Must not import PostgreSQL.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/index.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { chat, describeStoreSuite, sessionRecord } from './store.suite.ts';

describeStoreSuite('SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peninsula-store-'));
  const filename = join(dir, 'peninsula.sqlite');
  return {
    durable: true,
    async open(opts) {
      const store = new SqliteStore({ filename, ...(opts?.now ? { now: opts.now } : {}) });
      await store.init();
      return store;
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('openStore without a database URL', () => {
  it('creates peninsula.sqlite in the data folder, in WAL mode with synchronous=NORMAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peninsula-open-'));
    try {
      const dataDir = join(dir, 'nested', 'data');
      const store = await openStore({ dataDir });
      await store.createSession(sessionRecord('ACE347'));
      await store.append('ACE347', [chat(1)]);
      await store.close();
      const file = join(dataDir, 'peninsula.sqlite');
      expect(existsSync(file)).toBe(true);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
      const reopened = await openStore({ dataDir });
      expect((await reopened.readEntries('ACE347')).map((e) => e.seq)).toEqual([1]);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses synchronous=NORMAL, so a commit survives a process crash without an fsync per row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peninsula-sync-'));
    try {
      const store = new SqliteStore({ filename: join(dir, 'x.sqlite') });
      await store.init();
      // NORMAL is 1; reading it through the store's own connection (in its worker) is the only way it is visible.
      expect(await store.pragma('synchronous')).toBe(1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a ':memory:' store for tests, which works like any other", async () => {
    const store = await openStore({ dataDir: ':memory:' });
    await store.createSession(sessionRecord('MEM347'));
    await store.append('MEM347', [chat(1), chat(2)]);
    expect((await store.readEntries('MEM347')).length).toBe(2);
    await store.close();
  });
});
