// The finished 12-round, 35-student session (about 5,000 entries) the review benches ask GET /review for, stored
// the way a class that ended leaves it. Used by the server child of `bench:server -- --review` and review-loop.
import { hashSecret } from '../../server/store/secrets.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import { BENCH_PLAN, benchScenario, makeSession } from '../fixtures/make-session.ts';

/** Stores the bench session under `code` (default: the plan's), ended, with `hostKey` as its teacher's key. */
export async function seedReviewSession(store: TranscriptStore, hostKey: string, code?: string): Promise<string> {
  const { transcript } = makeSession(benchScenario(), code ? { ...BENCH_PLAN, code } : BENCH_PLAN);
  const at = transcript.header.createdAt;
  await store.createSession({
    code: transcript.header.code,
    header: transcript.header,
    hostKeyHash: hashSecret(hostKey),
    createdAt: at,
    updatedAt: at,
    ended: true,
    release: null,
  });
  await store.append(transcript.header.code, transcript.entries);
  return transcript.header.code;
}
