// The worker thread that owns the SQLite connection: it commits appends in groups (all that arrived while the
// last commit ran go out as one transaction) and answers each only once committed. Must not import Colyseus.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteDb, type BatchedAppend } from './sqlite-db.ts';
import { BACKGROUND_NICE, lowerThisThread } from '../thread-priority.ts';
import { toWire, type Operations, type Reply, type Request } from './sqlite-wire.ts';

export interface SqliteWorkerData {
  filename: string;
  /** 'writer' owns the store; 'checkpointer' only copies the WAL into the database, on its own connection. */
  role: 'writer' | 'checkpointer';
  /** How often the checkpointer runs (ms). */
  checkpointEveryMs?: number;
}

const data = workerData as SqliteWorkerData;
const port = parentPort;
if (!port) throw new Error('sqlite-worker.ts runs as a worker thread');

if (data.role === 'checkpointer') {
  // A checkpoint fsyncs the WAL and the database: on a busy disk that takes seconds, so it runs here, where
  // it delays neither the event loop nor commits (in WAL mode writers keep appending while it copies).
  lowerThisThread(BACKGROUND_NICE.checkpointer);
  const db = new SqliteDb(data.filename);
  const timer = setInterval(() => {
    try {
      db.checkpoint();
    } catch {
      // Busy or locked: the next round catches up.
    }
  }, data.checkpointEveryMs ?? 1000);
  port.on('message', (message: { op: string }) => {
    if (message.op !== 'close') return;
    clearInterval(timer);
    db.close();
    port.postMessage({ closed: true });
  });
} else {
  // The writer does not checkpoint in a commit when a checkpointer runs; ':memory:' has no WAL to checkpoint.
  const db = new SqliteDb(data.filename, data.filename !== ':memory:');
  let batch: { request: Request<'append'>; append: BatchedAppend }[] = [];
  let flushScheduled = false;

  // Replies go out together, one message per turn: a structured clone per reply costs the rooms' thread too.
  let outbox: Reply[] = [];
  const reply = (message: Reply) => {
    if (outbox.length === 0) setImmediate(sendReplies);
    outbox.push(message);
  };
  const sendReplies = () => {
    const replies = outbox;
    outbox = [];
    if (replies.length > 0) port.postMessage(replies);
  };

  /** Commits every append that arrived since the last commit, in one transaction, then answers each. */
  const flush = () => {
    flushScheduled = false;
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    let outcomes: (unknown | null)[];
    try {
      outcomes = db.appendBatch(current.map((b) => b.append));
    } catch (error) {
      outcomes = current.map(() => error);
    }
    current.forEach(({ request }, i) => {
      const error = outcomes[i];
      reply(
        error ? { id: request.id, ok: false, error: toWire(error) } : { id: request.id, ok: true, value: undefined },
      );
    });
    sendReplies();
  };

  const run = (request: Request): unknown => {
    const a: unknown = request.args;
    switch (request.op) {
      case 'init':
        return db.init();
      case 'createSession':
        return db.createSession(...(a as Operations['createSession']['args']));
      case 'getSession':
        return db.getSession(...(a as Operations['getSession']['args']));
      case 'readEntries':
        return db.readEntries(...(a as Operations['readEntries']['args']));
      case 'readEntriesJson':
        return db.readEntriesJson(...(a as Operations['readEntriesJson']['args']));
      case 'markEnded':
        return db.markEnded(...(a as Operations['markEnded']['args']));
      case 'setRelease':
        return db.setRelease(...(a as Operations['setRelease']['args']));
      case 'findByShareToken':
        return db.findByShareToken(...(a as Operations['findByShareToken']['args']));
      case 'putSeatToken':
        return db.putSeatToken(...(a as Operations['putSeatToken']['args']));
      case 'findSeatByToken':
        return db.findSeatByToken(...(a as Operations['findSeatByToken']['args']));
      case 'putScenario':
        return db.putScenario(...(a as Operations['putScenario']['args']));
      case 'getScenarioContent':
        return db.getScenarioContent(...(a as Operations['getScenarioContent']['args']));
      case 'deleteSession':
        return db.deleteSession(...(a as Operations['deleteSession']['args']));
      case 'deleteOlderThan':
        return db.deleteOlderThan(...(a as Operations['deleteOlderThan']['args']));
      case 'pragma':
        return db.db.pragma((a as Operations['pragma']['args'])[0], { simple: true });
      case 'close':
        return db.close();
      case 'append':
        throw new Error('append is batched');
    }
  };

  const handle = (request: Request) => {
    if (request.op === 'append') {
      const [code, entries, at] = (request as Request<'append'>).args;
      batch.push({ request: request as Request<'append'>, append: { code, entries, at } });
      // Messages that are already waiting are delivered before setImmediate fires: they join this batch.
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
      return;
    }
    // Anything else runs after the appends sent before it, so the store keeps the caller's order.
    flush();
    try {
      reply({ id: request.id, ok: true, value: run(request) });
    } catch (error) {
      reply({ id: request.id, ok: false, error: toWire(error) });
    }
  };

  // The store sends its requests in batches (one message per turn of its loop), in the order they were made.
  port.on('message', (requests: Request[]) => {
    for (const request of requests) handle(request);
  });
}
