// The worker thread that builds reviews and their response bodies: a 12-round, 35-student session takes tens of
// milliseconds to replay and describe, and its review is megabytes of JSON to write and gzip, none of which may
// pause every live room in the process. The transcript arrives as one JSON text and the body leaves as one
// transferred buffer, so the rooms' loop neither clones nor walks an object tree. Pure computation; must not
// import a store.
import { parentPort } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { upcastReview } from '../../shared/engines/upcast.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import { releaseReview, type ReleaseChoice } from '../../shared/transcript/release.ts';
import type { ReleaseInfo, ReviewModel } from '../../shared/transcript/review-types.ts';
import type { TranscriptEntry, TranscriptHeader } from '../../shared/transcript/types.ts';
import { sessionEngine } from '../engines.ts';
import { BACKGROUND_NICE, lowerThisThread } from '../thread-priority.ts';
import { GZIP_FROM_BYTES } from './review-build.ts';

export interface ReviewJob {
  id: number;
  /** The session and its creation time: a built model is reused while its transcript has not grown. */
  session: string;
  scenario: Scenario;
  header: TranscriptHeader;
  /** The transcript's entries as the store's JSON array text. */
  entriesJson: string;
  lang: Lang;
  /** The host's whole review with its release info, or what the class's shared link shows. */
  body: { kind: 'host'; release: ReleaseInfo | null } | { kind: 'shared'; choice: ReleaseChoice };
  /** Gzip the body when it is large enough to pay for it. */
  gzip: boolean;
}

export type ReviewJobReply =
  | { id: number; ok: true; body: ArrayBuffer; gzipped: boolean }
  | { id: number; ok: false; name: string; message: string };

/** Built reviews kept, by session and language; rebuilt when the transcript grew. */
const CACHE_SIZE = 16;

const port = parentPort;
if (!port) throw new Error('review-worker.ts runs as a worker thread');
// A review's seconds of CPU must not take a core the rooms' loop is waiting for.
lowerThisThread(BACKGROUND_NICE.reviewBuilder);

const cache = new Map<string, { entriesLength: number; model: ReviewModel }>();

async function modelOf(job: ReviewJob): Promise<ReviewModel> {
  const key = `${job.session}|${job.lang}`;
  const hit = cache.get(key);
  if (hit && hit.entriesLength === job.entriesJson.length) return hit.model;
  const entries = JSON.parse(job.entriesJson) as TranscriptEntry[];
  // The engine of the session's own rules version builds it; upcast gives it today's shape.
  const engine = await sessionEngine(job.header);
  const model = upcastReview(engine.buildReview(job.scenario, { header: job.header, entries }, job.lang));
  cache.delete(key);
  // Entries only grow, so the text's length tells a grown transcript from the one this model was built from.
  cache.set(key, { entriesLength: job.entriesJson.length, model });
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return model;
}

port.on('message', (job: ReviewJob) => {
  void (async () => {
    try {
      const model = await modelOf(job);
      const text = JSON.stringify(
        job.body.kind === 'host'
          ? { ...model, release: job.body.release }
          : releaseReview(model, job.body.choice, job.lang),
      );
      const gzipped = job.gzip && text.length >= GZIP_FROM_BYTES;
      const bytes = gzipped ? gzipSync(text, { level: 6 }) : Buffer.from(text);
      // A copy the size of the body into a buffer of its own, so it can be transferred rather than cloned.
      const body = new Uint8Array(bytes).buffer;
      port.postMessage({ id: job.id, ok: true, body, gzipped } satisfies ReviewJobReply, [body]);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: job.id, ok: false, name: e.name, message: e.message } satisfies ReviewJobReply);
    }
  })();
});
