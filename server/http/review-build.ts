// Builds reviews off the event loop: one worker thread per process, started on the first review and kept; jobs
// queue there, so a class of teachers opening reviews at once never pauses the rooms. Must not import a store.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../shared/i18n/index.ts';
import type { Scenario } from '../../shared/rules/types.ts';
import type { ReviewModel } from '../../shared/transcript/review-types.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { SessionUnplayable } from '../engines.ts';
import type { ReviewJob, ReviewJobReply } from './review-worker.ts';

const WORKER = new URL('./review-worker.ts', import.meta.url);
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (model: ReviewModel) => void; reject: (error: Error) => void }>();

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
    if (reply.ok) job.resolve(reply.model as ReviewModel);
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

/** The review of a transcript, built by the engine of its rules version in the review worker. */
export function buildReviewOffLoop(scenario: Scenario, transcript: Transcript, lang: Lang): Promise<ReviewModel> {
  const w = theWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (pending.size === 0) w.ref();
    pending.set(id, { resolve, reject });
    w.postMessage({ id, scenario, transcript, lang } satisfies ReviewJob);
  });
}
