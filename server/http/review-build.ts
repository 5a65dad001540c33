// Builds reviews and their response bodies off the event loop: one worker thread per process, started on the first
// review and kept; jobs queue there, so a class of teachers opening reviews at once never pauses the rooms.
// Must not import a store.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SessionUnplayable } from '../engines.ts';
import type { ReviewJob, ReviewJobReply } from './review-worker.ts';

/** Below this a body goes out as is; above, gzip pays for itself on a school's shared line. */
export const GZIP_FROM_BYTES = 16 * 1024;

const WORKER = new URL('./review-worker.ts', import.meta.url);
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let worker: Worker | null = null;
let nextId = 1;
/** A response body the worker built: JSON, gzipped or not. */
export interface ReviewBody {
  body: Buffer;
  gzipped: boolean;
}

const pending = new Map<number, { resolve: (body: ReviewBody) => void; reject: (error: Error) => void }>();

function rejectAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER, { execArgv: ['--import', TSX], name: 'review-builder' });
  w.unref();
  w.on('message', (reply: ReviewJobReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (reply.ok) job.resolve({ body: Buffer.from(reply.body), gzipped: reply.gzipped });
    else job.reject(rebuild(reply.name, reply.message));
  });
  w.on('error', (error) => rejectAll(error));
  // A worker that died is replaced on the next review.
  w.on('exit', () => {
    if (worker === w) worker = null;
    rejectAll(new Error('the review worker stopped'));
  });
  worker = w;
  return w;
}

/** The error as the route expects it: ReplayError by name (engines bring their own class), SessionUnplayable by class. */
function rebuild(name: string, message: string): Error {
  if (name === 'SessionUnplayable') return new SessionUnplayable(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * The response body of a review (the host's, or the class's released view), built by the engine of the session's
 * rules version in the review worker, from the store's JSON text of the entries.
 */
export function reviewBodyOffLoop(job: Omit<ReviewJob, 'id'>): Promise<ReviewBody> {
  const w = theWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (pending.size === 0) w.ref();
    pending.set(id, { resolve, reject });
    w.postMessage({ ...job, id } satisfies ReviewJob);
  });
}
