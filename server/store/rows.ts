// How records become rows and back, shared by the SQLite and PostgreSQL stores (one place for the encoding).
// Must not import a database driver.
import type { TranscriptEntry, TranscriptHeader } from '../../shared/transcript/types.ts';
import type { ReleaseSettings, SessionRecord } from './types.ts';

/** A session row as both drivers return it (PostgreSQL BIGINTs arrive as strings). */
export interface SessionRow {
  code: string;
  header: string;
  host_key_hash: string;
  created_at: number | string;
  updated_at: number | string;
  ended: number | boolean;
  release: string | null;
}

export interface EntryRow {
  seq: number;
  command: string;
}

export function sessionFromRow(row: SessionRow): SessionRecord {
  return {
    code: row.code,
    header: JSON.parse(row.header) as TranscriptHeader,
    hostKeyHash: row.host_key_hash,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    ended: Boolean(row.ended),
    release: row.release === null ? null : (JSON.parse(row.release) as ReleaseSettings),
  };
}

export function entryFromRow(row: EntryRow): TranscriptEntry {
  return { seq: Number(row.seq), command: JSON.parse(row.command) as TranscriptEntry['command'] };
}

/** Entry rows as one JSON array text: `{"seq":…,"command":…}` each, the command's stored text as is. */
export function entriesJsonFromRows(rows: EntryRow[]): string {
  return `[${rows.map((row) => `{"seq":${Number(row.seq)},"command":${row.command}}`).join(',')}]`;
}

export function encodeRelease(release: ReleaseSettings | null): string | null {
  return release === null ? null : JSON.stringify(release);
}
