// What the SQLite store's thread and its worker say to each other: requests by id, replies, and errors that
// cross the thread boundary as plain data and come back as the store's own error classes. No driver here.
import type { TranscriptEntry } from '../../shared/transcript/types.ts';
import { DuplicateSessionError, SeqConflictError, UnknownSessionError } from './errors.ts';
import type { ReleaseSettings, SeatTokenRecord, SessionRecord } from './types.ts';

/** Every operation of the store, with its arguments and result; `append` is batched by the worker. */
export interface Operations {
  init: { args: []; result: void };
  createSession: { args: [SessionRecord]; result: void };
  getSession: { args: [string]; result: SessionRecord | null };
  append: { args: [code: string, entries: TranscriptEntry[], at: number]; result: void };
  readEntries: { args: [code: string, afterSeq: number]; result: TranscriptEntry[] };
  readEntriesJson: { args: [code: string, afterSeq: number]; result: string };
  markEnded: { args: [code: string, ended: boolean]; result: void };
  setRelease: { args: [code: string, release: ReleaseSettings | null]; result: void };
  findByShareToken: { args: [string]; result: SessionRecord | null };
  putSeatToken: { args: [SeatTokenRecord]; result: void };
  findSeatByToken: { args: [code: string, tokenHash: string]; result: SeatTokenRecord | null };
  putScenario: { args: [hash: string, content: string]; result: void };
  getScenarioContent: { args: [hash: string]; result: string | null };
  deleteSession: { args: [string]; result: void };
  deleteOlderThan: { args: [number]; result: string[] };
  pragma: { args: [string]; result: unknown };
  close: { args: []; result: void };
}
export type OperationName = keyof Operations;

export interface Request<K extends OperationName = OperationName> {
  id: number;
  op: K;
  args: Operations[K]['args'];
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** An error as data (structured cloning keeps neither the class nor our fields). */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  sessionCode?: string;
  expected?: number;
  got?: number;
}

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & Partial<Omit<WireError, 'name' | 'message'>> & { code?: unknown };
  return {
    name: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: String(e.code) } : {}),
    ...(typeof e.sessionCode === 'string' ? { sessionCode: e.sessionCode } : {}),
    ...(typeof e.expected === 'number' ? { expected: e.expected } : {}),
    ...(typeof e.got === 'number' ? { got: e.got } : {}),
  };
}

/** The store's error classes come back as themselves, so callers' `instanceof` checks keep working. */
export function fromWire(wire: WireError): Error {
  switch (wire.code) {
    case 'store/seq-conflict':
      return new SeqConflictError(wire.sessionCode ?? '', wire.expected ?? NaN, wire.got ?? NaN);
    case 'store/unknown-session':
      return new UnknownSessionError(wire.sessionCode ?? '');
    case 'store/duplicate-session':
      return new DuplicateSessionError(wire.sessionCode ?? '');
  }
  const error = new Error(wire.message) as Error & { code?: string };
  error.name = wire.name;
  if (wire.code !== undefined) error.code = wire.code;
  return error;
}
