// `npm run bench:review`: time to build the review and each export for a 12-round, 35-student session of
// about 5,000 transcript entries. Prints numbers; asserts nothing (speed never goes into tests).
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Scenario } from '../../shared/scenario/types.ts';
import { buildReview } from '../../shared/transcript/debrief.ts';
import { exportCsv, exportJson, exportMarkdown } from '../../shared/transcript/export.ts';
import { releaseReview } from '../../shared/transcript/release.ts';
import { replay } from '../../shared/transcript/replay.ts';
import { BENCH_PLAN, benchScenario, makeSession } from '../fixtures/make-session.ts';
import currentEngine from '../../shared/engines/entry.ts';
import { forkRun, recordedRun, type MoveChoice } from '../../shared/transcript/fork.ts';
import { compareFork, labInfo } from '../../shared/transcript/whatif.ts';

const RUNS = 10;

function time<T>(label: string, work: () => T): T {
  let result = work();
  const cold = (() => {
    const t = performance.now();
    result = work();
    return performance.now() - t;
  })();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = work();
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] ?? 0;
  const worst = warm[warm.length - 1] ?? 0;
  const best = warm[0] ?? 0;
  console.log(
    `${label.padEnd(34)} second run ${cold.toFixed(1).padStart(7)} ms   best ${best.toFixed(1).padStart(7)} ms   median ${median.toFixed(1).padStart(7)} ms   worst ${worst.toFixed(1).padStart(7)} ms`,
  );
  return result;
}

const scenario: Scenario = benchScenario();
const first = performance.now();
const session = makeSession(scenario, BENCH_PLAN);
const { transcript } = session;
const events = replay(scenario, transcript).events.length;
const seats = Object.keys(session.final.seats).length;
console.log(
  `scenario ${scenario.id}: ${transcript.entries.length} entries, ${events} events, ${session.final.round} rounds, ${seats} students ` +
    `(generated in ${(performance.now() - first).toFixed(0)} ms)`,
);
const t0 = performance.now();
const coldReview = buildReview(scenario, transcript);
console.log(`${'review, very first build (cold JIT)'.padEnd(34)} ${(performance.now() - t0).toFixed(1)} ms`);

time('replay alone (rules)', () => replay(scenario, transcript));
const review = time('buildReview (replay + collect)', () => buildReview(scenario, transcript));
time('releaseReview (team, pseudonyms)', () => releaseReview(review, { level: 'team', pseudonyms: true }));
const json = time('exportJson', () => exportJson(transcript));
const csv = time('exportCsv', () => exportCsv(scenario, transcript));
const md = time('exportMarkdown', () => exportMarkdown(scenario, transcript));
const body = time('review JSON body (stringify)', () => JSON.stringify(review));
const gz = time('review body gzip (as served)', () => gzipSync(body, { level: 6 }));
console.log(
  `sizes: review ${(body.length / 1024).toFixed(0)} KiB, gzipped ${(gz.length / 1024).toFixed(0)} KiB (${coldReview.timeline.length} timeline items), JSON ${(json.length / 1024).toFixed(0)} KiB, ` +
    `CSV ${(csv.length / 1024).toFixed(0)} KiB, Markdown ${(md.length / 1024).toFixed(0)} KiB`,
);
console.log(
  `target: buildReview under 200 ms on the server (load average now ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}: other work on this machine inflates medians)`,
);

// The what-if lab (issue: a fork of a 12-round session under 50 ms): one fork from round 3 with the recorded run known
// (as the server keeps it), the whole comparison the page shows, and the reference curves.
const rules = currentEngine;
const delegation = scenario.delegations[0]!.id;
const pick = scenario.moves[delegation]?.find((m) => m.target.kind !== 'choose') ?? {
  id: 'hold',
  target: { kind: 'none' as const },
};
const choice: MoveChoice = {
  round: 3,
  delegation,
  moveId: pick.id,
  target: pick.target.kind === 'fixed' ? pick.target.delegation : null,
};
const recorded = time('recorded run (what-if baseline)', () => recordedRun(rules, scenario, transcript));
const fork = time('fork from round 3 (forkRun)', () => forkRun(rules, scenario, transcript, [choice], recorded));
time('fork compared (compareFork)', () => compareFork(rules, scenario, transcript, [choice], recorded));
time('lab info (3 reference curves)', () => labInfo(rules, scenario, transcript, recorded));
console.log(
  `fork: ${fork.tension.length - 1} rounds, ${fork.skipped} recorded commands refused after the fork; target under 50 ms`,
);
