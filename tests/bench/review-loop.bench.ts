// `npx tsx tests/bench/review-loop.bench.ts`: how long GET /review of a 12-round, 35-student session (about 5,000
// entries) blocks the server's event loop, in process and without rooms, so a busy machine moves the figure
// little: the loop's longest block during each request (a 1 ms interval's worst lateness, and the delay
// histogram's max net of its 1 ms resolution), and the main thread's top functions over all requests. Cold
// requests build the review; warm ones find it built. Target: under 10 ms. Numbers only.
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { topFunctions } from './cpu-profile.ts';
import { startProfile, stopProfile } from './profiler.ts';
import { startServer } from '../../server/app.ts';
import { seedReviewSession } from './seed-review.ts';

const HOST_KEY = 'bench-review-host-key';
const SESSIONS = ['VENCH7', 'VENCH9', 'VENCH6'];
const dataDir = mkdtempSync(join(tmpdir(), 'peninsula-review-loop-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  joinRateLimit: false,
  apiRateLimits: { create: false, api: false },
  log: () => undefined,
});
const url = `http://127.0.0.1:${server.port}`;
for (const code of SESSIONS) await seedReviewSession(server.store, HOST_KEY, code);

/** One GET while watching the loop: request time, body size, worst interval lateness, histogram max. */
async function probe(code: string, lang: string) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last - 1);
    last = now;
  }, 1);
  histogram.enable();
  const t = performance.now();
  // node:http, body left gzipped and only counted: the client's own work stays off this process's loop.
  const res = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    get(
      `${url}/api/sessions/${code}/review?lang=${lang}`,
      { headers: { authorization: `Bearer ${HOST_KEY}`, 'accept-encoding': 'gzip' } },
      (reply) => {
        let bytes = 0;
        reply.on('data', (chunk: Buffer) => (bytes += chunk.length));
        reply.on('end', () => resolve({ status: reply.statusCode ?? 0, bytes }));
      },
    ).on('error', reject);
  });
  const bytes = res.bytes;
  const ms = performance.now() - t;
  histogram.disable();
  clearInterval(timer);
  if (res.status !== 200) throw new Error(`GET /review: ${res.status}`);
  return { ms, bytes, gap, max: Math.max(0, histogram.max / 1e6 - 1) };
}

const fmt = (n: number) => n.toFixed(1).padStart(6);
console.log(`review-loop — GET /review of ${SESSIONS.length} stored 12-round, 35-student sessions, in process`);
console.log(
  `machine: load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on shared cores`,
);
// The worker's first job also starts it and compiles the engine: not a figure for the loop.
await probe(SESSIONS[0]!, 'ko');
await startProfile();
const rows: { label: string; gap: number; max: number }[] = [];
for (const [label, code, lang] of [
  ['cold', SESSIONS[0]!, 'en'],
  ['cold', SESSIONS[1]!, 'en'],
  ['cold', SESSIONS[2]!, 'en'],
  ['cold', SESSIONS[1]!, 'ko'],
  ['warm', SESSIONS[0]!, 'en'],
  ['warm', SESSIONS[1]!, 'en'],
  ['warm', SESSIONS[2]!, 'en'],
  ['warm', SESSIONS[1]!, 'ko'],
] as const) {
  const r = await probe(code, lang);
  rows.push({ label, gap: r.gap, max: r.max });
  console.log(
    `${label} ${code} ${lang}: ${fmt(r.ms)} ms, ${(r.bytes / 1024).toFixed(0)} KB gzipped; loop blocked at most ${fmt(r.gap)} ms (interval), ${fmt(r.max)} ms (delay histogram, net of 1 ms)`,
  );
}
const file = await stopProfile('review-loop');
for (const label of ['cold', 'warm']) {
  const gaps = rows.filter((r) => r.label === label).map((r) => r.gap);
  console.log(
    `${label}: longest block per request, best ${fmt(Math.min(...gaps))} ms, worst ${fmt(Math.max(...gaps))} ms (target < 10 ms)`,
  );
}
if (file) {
  console.log('main thread, top five functions by self time over the requests:');
  for (const f of topFunctions(file))
    console.log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`);
}
await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
