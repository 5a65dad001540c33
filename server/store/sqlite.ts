// The default transcript store: one SQLite file, owned by a worker thread so that commits and WAL checkpoints
// never run on the event loop that serves rooms. This side only posts requests and settles promises.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TranscriptEntry } from '../../shared/transcript/types.ts';
import { fromWire, type OperationName, type Operations, type Reply, type Request } from './sqlite-wire.ts';
import type { SqliteWorkerData } from './sqlite-worker.ts';
import type { ReleaseSettings, SeatTokenRecord, SessionRecord, TranscriptStore } from './types.ts';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for tests. */
  filename: string;
  /** Clock for updatedAt on append (tests pass a fake one); read on the caller's thread. */
  now?: () => number;
  /** How often the WAL is checkpointed on its own thread (ms, default 1000). */
  checkpointEveryMs?: number;
}

const WORKER = new URL('./sqlite-worker.ts', import.meta.url);
/** The worker is TypeScript: it loads through tsx, as the server does, whoever started this process. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Replies settled per turn of the event loop. After a disk stall the worker answers a whole backlog at once; each
 * answer lets a room fan its command out to thirty sockets, so settling a thousand in one turn would itself be a
 * pause of hundreds of milliseconds. In slices, sockets and timers get their turn in between.
 */
const SETTLE_SLICE = 16;

interface Pending {
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

/** SQLite store. Appends are group-committed by the worker; each resolves only once its commit is done. */
export class SqliteStore implements TranscriptStore {
  private readonly now: () => number;
  private worker: Worker | null = null;
  private checkpointer: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private readonly replies: Reply[] = [];
  /** Requests made this turn of the loop, posted together after its I/O (one message instead of one per request). */
  private outbox: Request[] = [];
  private draining = false;
  /** Set when the worker died: every later call fails with it (the room resyncs or closes, as on a DB outage). */
  private failure: Error | null = null;

  constructor(private readonly opts: SqliteStoreOptions) {
    this.now = opts.now ?? Date.now;
  }

  async init(): Promise<void> {
    this.worker = this.spawn('writer');
    await this.call('init');
    if (this.opts.filename !== ':memory:') this.checkpointer = this.spawn('checkpointer');
  }

  private spawn(role: SqliteWorkerData['role']): Worker {
    const workerData: SqliteWorkerData = {
      filename: this.opts.filename,
      role,
      checkpointEveryMs: this.opts.checkpointEveryMs,
    };
    const worker = new Worker(WORKER, { workerData, execArgv: ['--import', TSX], name: `sqlite-${role}` });
    worker.unref();
    if (role === 'writer') {
      worker.on('message', (replies: Reply[]) => this.receive(replies));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`the SQLite worker exited (code ${code})`));
      });
    } else {
      // A failed checkpointer costs only WAL growth until the next start; it must not take the store down.
      worker.on('error', (error) => console.error('SQLite checkpointer failed', error));
    }
    return worker;
  }

  private receive(replies: Reply[]): void {
    for (const reply of replies) this.replies.push(reply);
    if (this.draining) return;
    this.draining = true;
    setImmediate(this.drain);
  }

  private readonly drain = (): void => {
    for (const reply of this.replies.splice(0, SETTLE_SLICE)) this.settle(reply);
    if (this.replies.length > 0) setImmediate(this.drain);
    else this.draining = false;
  };

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    // Idle, the worker must not keep the process alive; busy, it must (a caller is waiting on it).
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.ok) pending.resolve(reply.value as never);
    else pending.reject(fromWire(reply.error));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private call<K extends OperationName>(op: K, ...args: Operations[K]['args']): Promise<Operations[K]['result']> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.worker;
    if (!worker || this.closed)
      return Promise.reject(new Error(this.closed ? 'SqliteStore is closed' : 'SqliteStore used before init()'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      // After this turn's I/O: every socket's command read in this turn goes in one message.
      if (this.outbox.length === 0) setImmediate(this.post);
      this.outbox.push({ id, op, args } as Request);
    });
  }

  private readonly post = (): void => {
    const requests = this.outbox;
    this.outbox = [];
    if (requests.length > 0) this.worker?.postMessage(requests);
  };

  createSession(record: SessionRecord): Promise<void> {
    return this.call('createSession', record);
  }

  getSession(code: string): Promise<SessionRecord | null> {
    return this.call('getSession', code);
  }

  async append(code: string, entries: TranscriptEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.call('append', code, entries, this.now());
  }

  readEntries(code: string, afterSeq = 0): Promise<TranscriptEntry[]> {
    return this.call('readEntries', code, afterSeq);
  }

  readEntriesJson(code: string, afterSeq = 0): Promise<string> {
    return this.call('readEntriesJson', code, afterSeq);
  }

  markEnded(code: string, ended: boolean): Promise<void> {
    return this.call('markEnded', code, ended);
  }

  setRelease(code: string, release: ReleaseSettings | null): Promise<void> {
    return this.call('setRelease', code, release);
  }

  findByShareToken(token: string): Promise<SessionRecord | null> {
    return this.call('findByShareToken', token);
  }

  putSeatToken(record: SeatTokenRecord): Promise<void> {
    return this.call('putSeatToken', record);
  }

  findSeatByToken(code: string, tokenHash: string): Promise<SeatTokenRecord | null> {
    return this.call('findSeatByToken', code, tokenHash);
  }

  putScenario(hash: string, content: string): Promise<void> {
    return this.call('putScenario', hash, content);
  }

  getScenarioContent(hash: string): Promise<string | null> {
    return this.call('getScenarioContent', hash);
  }

  deleteSession(code: string): Promise<void> {
    return this.call('deleteSession', code);
  }

  deleteOlderThan(cutoff: number): Promise<string[]> {
    return this.call('deleteOlderThan', cutoff);
  }

  /** A pragma of the worker's connection, e.g. 'synchronous' (for tests and diagnostics). */
  pragma(name: string): Promise<unknown> {
    return this.call('pragma', name);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const checkpointer = this.checkpointer;
    if (checkpointer) {
      // Stop checkpointing before the writer closes (its close checkpoints the WAL one last time).
      await new Promise<void>((resolve) => {
        checkpointer.once('message', () => resolve());
        checkpointer.once('exit', () => resolve());
        checkpointer.ref();
        checkpointer.postMessage({ op: 'close' });
      });
      await checkpointer.terminate();
    }
    if (this.worker && !this.failure) await this.call('close').catch(() => undefined);
    this.closed = true;
    await this.worker?.terminate();
    this.worker = null;
    this.checkpointer = null;
  }
}
