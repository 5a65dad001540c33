// The transcript store's contract: sessions, hashed host keys, seat tokens and the append-only command log.
// SQLite (default) and PostgreSQL implement it; one shared test suite runs against both.
import type { TranscriptEntry, TranscriptHeader } from '../../shared/transcript/types.ts';

export interface SessionRecord {
  code: string;
  header: TranscriptHeader;
  /** scrypt/sha-256 hash of the host key; the key itself is never stored. */
  hostKeyHash: string;
  createdAt: number;
  /** Last time anything was appended (for retention). */
  updatedAt: number;
  /** True once the session has ended. */
  ended: boolean;
  /** What the teacher released to the class for review; null = nothing released. */
  release: ReleaseSettings | null;
}

export interface ReleaseSettings {
  /** public: statements only; diplomatic: plus diplomatic; team: plus team chat. */
  level: 'public' | 'diplomatic' | 'team';
  pseudonyms: boolean;
  /** Opt-ins at level 'team' (absent = no): students' reflections, and each delegation's private brief. */
  reflections?: boolean;
  briefs?: boolean;
  /** Random token for the read-only shared link. */
  shareToken: string;
}

export interface SeatTokenRecord {
  code: string;
  seatId: string;
  /** sha-256 of the token handed to the student. */
  tokenHash: string;
}

export interface TranscriptStore {
  /** Creates the schema if needed. */
  init(): Promise<void>;
  createSession(record: SessionRecord): Promise<void>;
  getSession(code: string): Promise<SessionRecord | null>;
  /**
   * Appends entries durably before resolving. Fails (rejects) if any seq is not exactly the next one,
   * so a command can never be applied twice.
   */
  append(code: string, entries: TranscriptEntry[]): Promise<void>;
  readEntries(code: string, afterSeq?: number): Promise<TranscriptEntry[]>;
  /**
   * The same entries as one JSON array text, `[{"seq":1,"command":…},…]`, joined from the stored text without
   * parsing it: what a worker thread parses, so a 5,000-entry read costs the rooms' loop one string, not a tree.
   */
  readEntriesJson(code: string, afterSeq?: number): Promise<string>;
  markEnded(code: string, ended: boolean): Promise<void>;
  setRelease(code: string, release: ReleaseSettings | null): Promise<void>;
  findByShareToken(token: string): Promise<SessionRecord | null>;
  putSeatToken(record: SeatTokenRecord): Promise<void>;
  findSeatByToken(code: string, tokenHash: string): Promise<SeatTokenRecord | null>;
  /**
   * Keeps a scenario's exact content under its content hash (a session header names the hash), once however many
   * sessions play it. Idempotent; never deleted with a session, since other sessions may share it.
   */
  putScenario(hash: string, content: string): Promise<void>;
  /** The content stored under a scenario hash, or null. */
  getScenarioContent(hash: string): Promise<string | null>;
  /** Removes the session, its entries and its seat tokens entirely. */
  deleteSession(code: string): Promise<void>;
  /** Deletes sessions whose updatedAt is before `cutoff`; returns their codes. */
  deleteOlderThan(cutoff: number): Promise<string[]>;
  close(): Promise<void>;
}
