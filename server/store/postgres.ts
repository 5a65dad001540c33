// The scaled-out transcript store: PostgreSQL through a pg Pool, same schema and semantics as SQLite.
// Must not import express, Colyseus or the rules: it stores what it is given.
import pg from 'pg';
import type { TranscriptEntry } from '../../shared/transcript/types.ts';
import { checkContinuity, DuplicateSessionError, SeqConflictError, UnknownSessionError } from './errors.ts';
import { GroupCommit, type AppendRequest } from './group-commit.ts';
import { encodeRelease, entryFromRow, sessionFromRow, type EntryRow, type SessionRow } from './rows.ts';
import type { ReleaseSettings, SeatTokenRecord, SessionRecord, TranscriptStore } from './types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  header TEXT NOT NULL,
  host_key_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  ended BOOLEAN NOT NULL DEFAULT FALSE,
  release TEXT,
  share_token TEXT UNIQUE
);
CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at);
CREATE TABLE IF NOT EXISTS entries (
  code TEXT NOT NULL REFERENCES sessions (code) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  command TEXT NOT NULL,
  PRIMARY KEY (code, seq)
);
CREATE TABLE IF NOT EXISTS seat_tokens (
  code TEXT NOT NULL REFERENCES sessions (code) ON DELETE CASCADE,
  seat_id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (code, seat_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS seat_tokens_by_hash ON seat_tokens (code, token_hash);
CREATE TABLE IF NOT EXISTS scenarios (
  hash TEXT PRIMARY KEY,
  content TEXT NOT NULL
);
`;

export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema to create tables in (tests use a fresh one per run); default: the connection's search_path. */
  schema?: string;
  /** Clock for updatedAt on append (tests pass a fake one). */
  now?: () => number;
  poolSize?: number;
}

/**
 * PostgreSQL store. Appends from many sessions share one statement and commit (group commit); the primary key
 * (code, seq) and the last+1 check make a second apply or a gap impossible.
 */
export class PostgresStore implements TranscriptStore {
  private readonly pool: pg.Pool;
  private readonly now: () => number;
  private readonly schema: string | undefined;
  private readonly groupCommit = new GroupCommit((batch) => this.writeBatch(batch));

  constructor(opts: PostgresStoreOptions) {
    if (opts.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) {
      throw new Error(`PostgresStore: schema name "${opts.schema}" must be lower-case letters, digits and _`);
    }
    this.schema = opts.schema;
    this.now = opts.now ?? Date.now;
    this.pool = new pg.Pool({
      connectionString: opts.connectionString,
      max: opts.poolSize ?? 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async init(): Promise<void> {
    if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
    // Two processes starting together may race on CREATE TABLE IF NOT EXISTS; a lock makes it one at a time.
    await this.tx(async (c) => {
      await c.query(`SELECT pg_advisory_xact_lock(727274)`);
      await c.query(SCHEMA);
    });
  }

  private async tx<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async createSession(record: SessionRecord): Promise<void> {
    try {
      await this.pool.query(
        `INSERT INTO sessions (code, header, host_key_hash, created_at, updated_at, ended, release, share_token)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          record.code,
          JSON.stringify(record.header),
          record.hostKeyHash,
          record.createdAt,
          record.updatedAt,
          record.ended,
          encodeRelease(record.release),
          record.release?.shareToken ?? null,
        ],
      );
    } catch (err) {
      if (pgCode(err) === '23505') throw new DuplicateSessionError(record.code);
      throw err;
    }
  }

  async getSession(code: string): Promise<SessionRecord | null> {
    const { rows } = await this.pool.query<SessionRow>(`SELECT * FROM sessions WHERE code = $1`, [code]);
    return rows[0] ? sessionFromRow(rows[0]) : null;
  }

  async append(code: string, entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    checkContinuity(
      code,
      entries[0]!.seq - 1,
      entries.map((e) => e.seq),
    );
    return this.groupCommit.submit(code, entries);
  }

  /** Settles every request of a batch: one statement for all, or each on its own when that statement fails. */
  private async writeBatch(batch: AppendRequest[]): Promise<void> {
    if (batch.length === 1) return settle(batch[0]!, this.appendOne(batch[0]!.code, batch[0]!.entries));
    let rows: { code: string; found: boolean; last: number; ok: boolean }[];
    try {
      ({ rows } = await this.pool.query(
        `WITH req AS (SELECT * FROM unnest($1::text[], $2::int[]) AS r (code, first)),
              state AS (
                SELECT req.code, req.first,
                       EXISTS (SELECT 1 FROM sessions s WHERE s.code = req.code) AS found,
                       (SELECT coalesce(max(e.seq), 0) FROM entries e WHERE e.code = req.code)::int AS last
                FROM req),
              ok AS (SELECT code FROM state WHERE found AND last = first - 1),
              ins AS (
                INSERT INTO entries (code, seq, command)
                SELECT t.code, t.seq, t.command FROM unnest($3::text[], $4::int[], $5::text[]) AS t (code, seq, command)
                WHERE t.code IN (SELECT code FROM ok)
                RETURNING 1),
              touch AS (UPDATE sessions SET updated_at = $6 WHERE code IN (SELECT code FROM ok) RETURNING 1)
         SELECT code, found, last, code IN (SELECT code FROM ok) AS ok FROM state`,
        [
          batch.map((r) => r.code),
          batch.map((r) => r.entries[0]!.seq),
          batch.flatMap((r) => r.entries.map(() => r.code)),
          batch.flatMap((r) => r.entries.map((e) => e.seq)),
          batch.flatMap((r) => r.entries.map((e) => JSON.stringify(e.command))),
          this.now(),
        ],
      ));
    } catch {
      // Usually another process wrote one of these sessions at the same moment (a primary-key conflict aborts the
      // whole statement): the statement wrote nothing, so each append is retried alone for its own verdict.
      await Promise.all(batch.map((r) => settle(r, this.appendOne(r.code, r.entries))));
      return;
    }
    const verdicts = new Map(rows.map((row) => [row.code, row]));
    for (const request of batch) {
      const row = verdicts.get(request.code);
      if (row?.ok) request.resolve();
      else if (!row?.found) request.reject(new UnknownSessionError(request.code));
      else request.reject(new SeqConflictError(request.code, row.last + 1, request.entries[0]!.seq));
    }
  }

  /** One append in one statement (and one implicit transaction). */
  private async appendOne(code: string, entries: TranscriptEntry[]): Promise<void> {
    const first = entries[0]!.seq;
    // The batch goes in only if it starts right after the last stored seq. Against a concurrent appender the
    // snapshot may be stale, but then our first seq is already taken and the primary key refuses it (23505):
    // never a duplicate, never a gap.
    let result: pg.QueryResult<{ found: boolean; last: number; inserted: number }>;
    try {
      result = await this.pool.query(
        `WITH last AS (SELECT coalesce(max(seq), 0)::int AS last FROM entries WHERE code = $1),
              ins AS (
                INSERT INTO entries (code, seq, command)
                SELECT $1, t.s, t.c FROM unnest($2::int[], $3::text[]) AS t (s, c)
                WHERE (SELECT last FROM last) = $4::int - 1
                RETURNING seq),
              touch AS (UPDATE sessions SET updated_at = $5 WHERE code = $1 AND EXISTS (SELECT 1 FROM ins) RETURNING 1)
         SELECT EXISTS (SELECT 1 FROM sessions WHERE code = $1) AS found,
                (SELECT last FROM last) AS last,
                (SELECT count(*) FROM ins)::int AS inserted`,
        [code, entries.map((e) => e.seq), entries.map((e) => JSON.stringify(e.command)), first, this.now()],
      );
    } catch (err) {
      if (pgCode(err) === '23505') throw new SeqConflictError(code, NaN, first);
      if (pgCode(err) === '23503') throw new UnknownSessionError(code);
      throw err;
    }
    const row = result.rows[0]!;
    if (!row.found) throw new UnknownSessionError(code);
    if (row.inserted !== entries.length) throw new SeqConflictError(code, row.last + 1, first);
  }

  async readEntries(code: string, afterSeq = 0): Promise<TranscriptEntry[]> {
    const { rows } = await this.pool.query<EntryRow>(
      `SELECT seq, command FROM entries WHERE code = $1 AND seq > $2 ORDER BY seq`,
      [code, afterSeq],
    );
    return rows.map(entryFromRow);
  }

  async readEntriesJson(code: string, afterSeq = 0): Promise<string> {
    // Joined by the database: one text value reaches this process, not 5,000 rows to parse on the rooms' loop.
    const { rows } = await this.pool.query<{ json: string | null }>(
      `SELECT '[' || string_agg('{"seq":' || seq || ',"command":' || command || '}', ',' ORDER BY seq) || ']' AS json
         FROM entries WHERE code = $1 AND seq > $2`,
      [code, afterSeq],
    );
    return rows[0]?.json ?? '[]';
  }

  async markEnded(code: string, ended: boolean): Promise<void> {
    const { rowCount } = await this.pool.query(`UPDATE sessions SET ended = $2 WHERE code = $1`, [code, ended]);
    if (rowCount === 0) throw new UnknownSessionError(code);
  }

  async setRelease(code: string, release: ReleaseSettings | null): Promise<void> {
    const { rowCount } = await this.pool.query(`UPDATE sessions SET release = $2, share_token = $3 WHERE code = $1`, [
      code,
      encodeRelease(release),
      release?.shareToken ?? null,
    ]);
    if (rowCount === 0) throw new UnknownSessionError(code);
  }

  async findByShareToken(token: string): Promise<SessionRecord | null> {
    const { rows } = await this.pool.query<SessionRow>(`SELECT * FROM sessions WHERE share_token = $1`, [token]);
    return rows[0] ? sessionFromRow(rows[0]) : null;
  }

  async putSeatToken(record: SeatTokenRecord): Promise<void> {
    try {
      await this.pool.query(
        `INSERT INTO seat_tokens (code, seat_id, token_hash) VALUES ($1, $2, $3)
         ON CONFLICT (code, seat_id) DO UPDATE SET token_hash = excluded.token_hash`,
        [record.code, record.seatId, record.tokenHash],
      );
    } catch (err) {
      if (pgCode(err) === '23503') throw new UnknownSessionError(record.code);
      throw err;
    }
  }

  async findSeatByToken(code: string, tokenHash: string): Promise<SeatTokenRecord | null> {
    const { rows } = await this.pool.query<{ code: string; seat_id: string; token_hash: string }>(
      `SELECT code, seat_id, token_hash FROM seat_tokens WHERE code = $1 AND token_hash = $2`,
      [code, tokenHash],
    );
    const row = rows[0];
    return row ? { code: row.code, seatId: row.seat_id, tokenHash: row.token_hash } : null;
  }

  async putScenario(hash: string, content: string): Promise<void> {
    await this.pool.query(`INSERT INTO scenarios (hash, content) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING`, [
      hash,
      content,
    ]);
  }

  async getScenarioContent(hash: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ content: string }>(`SELECT content FROM scenarios WHERE hash = $1`, [
      hash,
    ]);
    return rows[0]?.content ?? null;
  }

  async deleteSession(code: string): Promise<void> {
    // Entries and seat tokens go with it (ON DELETE CASCADE).
    await this.pool.query(`DELETE FROM sessions WHERE code = $1`, [code]);
  }

  async deleteOlderThan(cutoff: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ code: string }>(
      `DELETE FROM sessions WHERE updated_at < $1 RETURNING code`,
      [cutoff],
    );
    return rows.map((r) => r.code).sort();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Drops the schema this store was opened on (tests clean up after themselves). */
  async dropSchema(): Promise<void> {
    if (!this.schema) throw new Error('PostgresStore.dropSchema: no schema was given');
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }
}

function settle(request: AppendRequest, outcome: Promise<void>): Promise<void> {
  return outcome.then(request.resolve, request.reject);
}

function pgCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}
