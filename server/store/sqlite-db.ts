// The SQLite connection itself (WAL, synchronous=NORMAL, prepared statements), synchronous: only the store's
// worker thread (sqlite-worker.ts) calls it, never the event loop that serves rooms. Must not import express or Colyseus.
import Database from 'better-sqlite3';
import type { TranscriptEntry } from '../../shared/transcript/types.ts';
import { checkContinuity, DuplicateSessionError, UnknownSessionError } from './errors.ts';
import {
  encodeRelease,
  entriesJsonFromRows,
  entryFromRow,
  sessionFromRow,
  type EntryRow,
  type SessionRow,
} from './rows.ts';
import type { ReleaseSettings, SeatTokenRecord, SessionRecord } from './types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  header TEXT NOT NULL,
  host_key_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  ended INTEGER NOT NULL DEFAULT 0,
  release TEXT,
  share_token TEXT UNIQUE
);
CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at);
CREATE TABLE IF NOT EXISTS entries (
  code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  command TEXT NOT NULL,
  PRIMARY KEY (code, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seat_tokens (
  code TEXT NOT NULL,
  seat_id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (code, seat_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS seat_tokens_by_hash ON seat_tokens (code, token_hash);
CREATE TABLE IF NOT EXISTS scenarios (
  hash TEXT PRIMARY KEY,
  content TEXT NOT NULL
) WITHOUT ROWID;
`;

/** One append of a batch: `at` is the caller's clock, written as the session's updatedAt. */
export interface BatchedAppend {
  code: string;
  entries: TranscriptEntry[];
  at: number;
}

/**
 * One connection. Appends run in IMMEDIATE transactions, so two handles on one file serialise; a batch of appends
 * is one transaction (one WAL write) with a savepoint per append, so one refused append leaves the others in.
 */
export class SqliteDb {
  readonly db: Database.Database;
  private statements: ReturnType<SqliteDb['prepare']> | null = null;
  private readonly appendTxn: Database.Transaction<(code: string, entries: TranscriptEntry[], at: number) => void>;
  private readonly batchTxn: Database.Transaction<(batch: BatchedAppend[]) => (unknown | null)[]>;
  private readonly deleteTxn: Database.Transaction<(code: string) => void>;
  private readonly deleteOlderTxn: Database.Transaction<(cutoff: number) => string[]>;

  /** `checkpointElsewhere`: another connection checkpoints the WAL, so commits never wait for its fsyncs. */
  constructor(filename: string, checkpointElsewhere = false) {
    this.db = new Database(filename);
    // WAL + NORMAL: a commit survives a process crash (kill -9); only power loss can drop the last ones.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    if (checkpointElsewhere) this.db.pragma('wal_autocheckpoint = 0');
    // Another process (or handle) holding the write lock makes us wait rather than fail.
    this.db.pragma('busy_timeout = 5000');
    this.appendTxn = this.db.transaction((code: string, entries: TranscriptEntry[], at: number) =>
      this.appendRows(code, entries, at),
    );
    this.batchTxn = this.db.transaction((batch: BatchedAppend[]) =>
      batch.map((request) => {
        if (request.entries.length === 0) return null;
        try {
          // Nested in the batch's transaction, this is a savepoint: a refused append rolls back alone.
          this.appendTxn(request.code, request.entries, request.at);
          return null;
        } catch (error) {
          return error;
        }
      }),
    );
    this.deleteTxn = this.db.transaction((code: string) => this.deleteRows(code));
    this.deleteOlderTxn = this.db.transaction((cutoff: number): string[] => {
      const codes = this.st.olderThan.all(cutoff).map((r) => r.code);
      for (const code of codes) this.deleteRows(code);
      return codes;
    });
  }

  init(): void {
    this.db.exec(SCHEMA);
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      insertSession: db.prepare(
        `INSERT INTO sessions (code, header, host_key_hash, created_at, updated_at, ended, release, share_token)
         VALUES (@code, @header, @hostKeyHash, @createdAt, @updatedAt, @ended, @release, @shareToken)`,
      ),
      getSession: db.prepare<[string], SessionRow>(`SELECT * FROM sessions WHERE code = ?`),
      bySharetoken: db.prepare<[string], SessionRow>(`SELECT * FROM sessions WHERE share_token = ?`),
      lastSeq: db.prepare<[string], { last: number }>(
        `SELECT coalesce(max(seq), 0) AS last FROM entries WHERE code = ?`,
      ),
      insertEntry: db.prepare(`INSERT INTO entries (code, seq, command) VALUES (?, ?, ?)`),
      touch: db.prepare(`UPDATE sessions SET updated_at = ? WHERE code = ?`),
      readAfter: db.prepare<[string, number], EntryRow>(
        `SELECT seq, command FROM entries WHERE code = ? AND seq > ? ORDER BY seq`,
      ),
      markEnded: db.prepare(`UPDATE sessions SET ended = ? WHERE code = ?`),
      setRelease: db.prepare(`UPDATE sessions SET release = ?, share_token = ? WHERE code = ?`),
      putSeat: db.prepare(
        `INSERT INTO seat_tokens (code, seat_id, token_hash) VALUES (@code, @seatId, @tokenHash)
         ON CONFLICT (code, seat_id) DO UPDATE SET token_hash = excluded.token_hash`,
      ),
      findSeat: db.prepare<[string, string], { code: string; seat_id: string; token_hash: string }>(
        `SELECT code, seat_id, token_hash FROM seat_tokens WHERE code = ? AND token_hash = ?`,
      ),
      putScenario: db.prepare(`INSERT INTO scenarios (hash, content) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING`),
      getScenario: db.prepare<[string], { content: string }>(`SELECT content FROM scenarios WHERE hash = ?`),
      deleteEntries: db.prepare(`DELETE FROM entries WHERE code = ?`),
      deleteSeats: db.prepare(`DELETE FROM seat_tokens WHERE code = ?`),
      deleteSession: db.prepare(`DELETE FROM sessions WHERE code = ?`),
      olderThan: db.prepare<[number], { code: string }>(`SELECT code FROM sessions WHERE updated_at < ? ORDER BY code`),
    };
  }

  private get st() {
    if (!this.statements) throw new Error('SqliteDb used before init()');
    return this.statements;
  }

  createSession(record: SessionRecord): void {
    try {
      this.st.insertSession.run({
        code: record.code,
        header: JSON.stringify(record.header),
        hostKeyHash: record.hostKeyHash,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        ended: record.ended ? 1 : 0,
        release: encodeRelease(record.release),
        shareToken: record.release?.shareToken ?? null,
      });
    } catch (err) {
      if (isConstraint(err)) throw new DuplicateSessionError(record.code);
      throw err;
    }
  }

  getSession(code: string): SessionRecord | null {
    const row = this.st.getSession.get(code);
    return row ? sessionFromRow(row) : null;
  }

  private appendRows(code: string, entries: TranscriptEntry[], at: number): void {
    if (!this.st.getSession.get(code)) throw new UnknownSessionError(code);
    const last = this.st.lastSeq.get(code)?.last ?? 0;
    checkContinuity(
      code,
      last,
      entries.map((e) => e.seq),
    );
    for (const entry of entries) this.st.insertEntry.run(code, entry.seq, JSON.stringify(entry.command));
    this.st.touch.run(at, code);
  }

  /** Appends a batch in one transaction; returns, per request, null or the error that refused it. */
  appendBatch(batch: BatchedAppend[]): (unknown | null)[] {
    // IMMEDIATE takes the write lock before reading the last seq, so no other handle can slip in between.
    return this.batchTxn.immediate(batch);
  }

  readEntries(code: string, afterSeq = 0): TranscriptEntry[] {
    return this.st.readAfter.all(code, afterSeq).map(entryFromRow);
  }

  readEntriesJson(code: string, afterSeq = 0): string {
    return entriesJsonFromRows(this.st.readAfter.all(code, afterSeq));
  }

  markEnded(code: string, ended: boolean): void {
    const { changes } = this.st.markEnded.run(ended ? 1 : 0, code);
    if (changes === 0) throw new UnknownSessionError(code);
  }

  setRelease(code: string, release: ReleaseSettings | null): void {
    const { changes } = this.st.setRelease.run(encodeRelease(release), release?.shareToken ?? null, code);
    if (changes === 0) throw new UnknownSessionError(code);
  }

  findByShareToken(token: string): SessionRecord | null {
    const row = this.st.bySharetoken.get(token);
    return row ? sessionFromRow(row) : null;
  }

  putSeatToken(record: SeatTokenRecord): void {
    if (!this.st.getSession.get(record.code)) throw new UnknownSessionError(record.code);
    this.st.putSeat.run(record);
  }

  findSeatByToken(code: string, tokenHash: string): SeatTokenRecord | null {
    const row = this.st.findSeat.get(code, tokenHash);
    return row ? { code: row.code, seatId: row.seat_id, tokenHash: row.token_hash } : null;
  }

  putScenario(hash: string, content: string): void {
    this.st.putScenario.run(hash, content);
  }

  getScenarioContent(hash: string): string | null {
    return this.st.getScenario.get(hash)?.content ?? null;
  }

  private deleteRows(code: string): void {
    this.st.deleteEntries.run(code);
    this.st.deleteSeats.run(code);
    this.st.deleteSession.run(code);
  }

  deleteSession(code: string): void {
    this.deleteTxn.immediate(code);
  }

  deleteOlderThan(cutoff: number): string[] {
    return this.deleteOlderTxn.immediate(cutoff);
  }

  /** Copies WAL pages into the database without waiting for readers or writers (the checkpointer's job). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function isConstraint(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'code' in err &&
    String((err as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT')
  );
}
