// The server under load for `npm run bench:server`: a real server (file SQLite, no rate limits) in its own
// process, answering the parent's IPC questions about its CPU time, memory and event-loop delay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { loopDelay, watchLoop } from './loop-delay.ts';
import { watchPauses } from './pause-watch.ts';
import { startProfile, stopProfile } from './profiler.ts';
import { startServer } from '../../server/app.ts';
import { seedReviewSession } from './seed-review.ts';

/** The host key of the seeded 12-round session the bench reviews while rooms play. */
const REVIEW_HOST_KEY = 'bench-review-host-key';
const REVIEW_CODES = ['VENCH7', 'VENCH9', 'VENCH6'];

// BENCH_DATA_PARENT picks the disk the SQLite file lives on (e.g. a RAM disk, to tell disk stalls from CPU).
const dataDir = mkdtempSync(join(process.env.BENCH_DATA_PARENT || tmpdir(), 'peninsula-bench-'));
// Loop delay is reported net of the histogram's 10 ms resolution (see loop-delay.ts).
const loop = watchLoop();
/** A second, plain measure of pauses (the longest gap between 10 ms ticks), and what each pause was made of. */
const pauses = watchPauses();

let stopping = false;

// Scaled out (`--processes N`): a fixed port per process, Redis presence and driver, PostgreSQL transcripts.
const port = Number(process.env.BENCH_PORT ?? 0);
const server = await startServer({
  port,
  host: '127.0.0.1',
  dataDir,
  ...(process.env.BENCH_REDIS_URL ? { redisUrl: process.env.BENCH_REDIS_URL, publicAddress: `127.0.0.1:${port}` } : {}),
  ...(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : {}),
  joinRateLimit: false,
  apiRateLimits: { create: false, api: false },
  // After `stop`, requests still in flight meet a closed store: that is the bench ending, not a finding.
  log: (message, error) => {
    if (!stopping) console.error(message, error ?? '');
  },
});

// A bench that died leaves no process behind: a server still listening would take later runs' ports and joins.
process.on('disconnect', () => process.exit(0));
process.on('message', (message: { cmd: string; gc?: boolean }) => {
  if (message.cmd === 'seed-review') {
    // Three sessions, so each review in the bench is built from its transcript, not found built.
    Promise.all(REVIEW_CODES.map((code) => seedReviewSession(server.store, REVIEW_HOST_KEY, code))).then(
      (codes) => process.send?.({ reviewCodes: codes, hostKey: REVIEW_HOST_KEY }),
      (error: unknown) => process.send?.({ error: String(error) }),
    );
  } else if (message.cmd === 'stats') {
    // Memory samples (idle, joined) collect garbage first, so per-room figures count what rooms hold, not what
    // the joins left behind to collect (the bench starts this process with --expose-gc).
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    process.send?.({
      cpu: process.cpuUsage(),
      mem: process.memoryUsage(),
      ...loopDelay(loop),
      ...pauses.take(),
    });
    loop.reset();
  } else if (message.cmd === 'heap-snapshot') {
    // After the joins: what the rooms and their connections hold (tests/bench/heap-summary.ts reads it).
    process.send?.({
      heapSnapshot: writeHeapSnapshot(join(dataDir, '..', `peninsula-rooms-${process.pid}.heapsnapshot`)),
    });
  } else if (message.cmd === 'profile-start') {
    void startProfile().then(() => process.send?.({ profiling: true }));
  } else if (message.cmd === 'profile-stop') {
    void stopProfile('server').then((file) => process.send?.({ profile: file }));
  } else if (message.cmd === 'stop') {
    stopping = true;
    void server.close().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
});
process.send?.({ port: server.port });
