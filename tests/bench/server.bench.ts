// `npm run bench:server [-- --rooms 100 --students 30 --interval 2000 --duration 30 --workers 2]`
// Starts the server in a child process, fills it with bot classrooms from worker processes, has every student
// post a team message every interval, and prints server CPU, memory per room, and the delay from a student's
// action until all of its teammates have it (p50/p99). Target: p99 < 50 ms with the server under one core.
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDiskPressure, type DiskPressure } from './disk-pressure.ts';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '100' },
    students: { type: 'string', default: '30' },
    interval: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    workers: { type: 'string', default: '2' },
    /** Folder for the SQLite file (default: the OS temp folder). */
    'data-dir': { type: 'string' },
    /** Another process writes 256 MB files with fsync to the same disk during the run (a busy school server). */
    'disk-pressure': { type: 'boolean', default: false },
  },
});
const rooms = Number(values.rooms);
const studentsPerRoom = Number(values.students);
const intervalMs = Number(values.interval);
const durationS = Number(values.duration);
const warmupS = Number(values.warmup);
const workerCount = Math.max(1, Math.min(Number(values.workers), rooms));

type Reply = Record<string, unknown>;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const spawnTs = (file: string, extra: string[] = []) => {
  const child = fork(here(file), [], {
    execArgv: ['--import', 'tsx', ...extra],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...(values['data-dir'] ? { BENCH_DATA_PARENT: values['data-dir'] } : {}) },
  });
  return child;
};

/** Sends a command and resolves with the next reply that has `key`. */
function ask(child: ChildProcess, message: object | null, key: string, timeoutMs = 600_000): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${key}" reply within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (reply: Reply) => {
      if (reply.error) {
        clearTimeout(timer);
        child.off('message', onMessage);
        reject(new Error(String(reply.error)));
      } else if (key in reply) {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(reply);
      }
    };
    child.on('message', onMessage);
    if (message) child.send(message);
  });
}

interface Stats {
  cpu: NodeJS.CpuUsage;
  mem: NodeJS.MemoryUsage;
  loopP99: number;
  loopMax: number;
  longestGap: number;
  pauses: number;
  ticks: number;
}
const stats = async (server: ChildProcess) => (await ask(server, { cmd: 'stats' }, 'cpu')) as unknown as Stats;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  console.log(`bench:server — ${rooms} rooms × ${studentsPerRoom} students, one team message per student every ${intervalMs} ms, ${workerCount} load processes`);
  // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of the server process there (for finding hot spots).
  const profile = process.env.BENCH_CPU_PROFILE;
  const server = spawnTs('./server-child.ts', profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []);
  const { port } = await ask(server, null, 'port', 60_000);
  const url = `http://127.0.0.1:${String(port)}`;
  await sleep(500);
  const idle = await stats(server);

  // BENCH_WORKER_PROFILE=dir profiles the load generators the same way.
  const workerProfile = process.env.BENCH_WORKER_PROFILE;
  const workers = Array.from({ length: workerCount }, () =>
    spawnTs('./load-worker.ts', workerProfile ? ['--cpu-prof', `--cpu-prof-dir=${workerProfile}`] : []),
  );
  await Promise.all(workers.map((w) => ask(w, null, 'alive', 60_000)));
  const started = Date.now();
  await Promise.all(
    workers.map((w, i) => {
      const share = Math.floor(rooms / workerCount) + (i < rooms % workerCount ? 1 : 0);
      return ask(w, { cmd: 'setup', url, rooms: share, students: studentsPerRoom, worker: i }, 'ready');
    }),
  );
  console.log(`joined ${rooms * (studentsPerRoom + 1)} clients in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await sleep(1000);
  const joined = await stats(server);

  let pressure: DiskPressure | null = null;
  if (values['disk-pressure']) {
    pressure = startDiskPressure(values['data-dir'] ?? tmpdir(), warmupS + durationS + 10);
    console.log('disk pressure      a writer is filling 256 MB files with fsync on the same disk');
  }
  await Promise.all(workers.map((w) => ask(w, { cmd: 'run', intervalMs }, 'running')));
  await sleep(warmupS * 1000);
  for (const w of workers) w.send({ cmd: 'measure' });
  const before = await stats(server);
  const t0 = Date.now();
  await sleep(durationS * 1000);
  const after = await stats(server);
  const wall = (Date.now() - t0) / 1000;
  const results = await Promise.all(workers.map((w) => ask(w, { cmd: 'stop' }, 'latencies')));
  const written = pressure?.written() ?? 0;
  pressure?.stop();
  server.send({ cmd: 'stop' });

  const latencies = results.flatMap((r) => r.latencies as number[]).sort((a, b) => a - b);
  const sent = results.reduce((n, r) => n + (r.sent as number), 0);
  const failed = results.reduce((n, r) => n + (r.failed as number), 0);
  const rejected = results.reduce((n, r) => n + (r.rejected as number), 0);
  const disconnected = results.reduce((n, r) => n + (r.disconnected as number), 0);
  const dropped = results.reduce((n, r) => n + (r.dropped as number), 0);
  const slowNotices = results.reduce((n, r) => n + (r.slowNotices as number), 0);
  const botLoop = Math.max(...results.map((r) => r.loopP99 as number));
  const cpuSeconds = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1e6;
  const cores = cpuSeconds / wall;
  const perRoomRss = (joined.mem.rss - idle.mem.rss) / rooms;
  const perRoomHeap = (joined.mem.heapUsed - idle.mem.heapUsed) / rooms;

  console.log('');
  console.log(`machine            load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores shared: other work moves these figures)`);
  if (pressure) console.log(`disk pressure      ${written} files of 256 MB written with fsync during the run`);
  console.log(`actions            ${sent} in ${wall.toFixed(1)} s = ${(sent / wall).toFixed(0)}/s (refused ${rejected}, failed ${failed})`);
  console.log(`server CPU         ${(cores * 100).toFixed(1)} % of one core (${cpuSeconds.toFixed(2)} s CPU over ${wall.toFixed(1)} s)`);
  console.log(`server memory      RSS ${mb(after.mem.rss)} MB total; per room ${mb(perRoomRss)} MB RSS, ${mb(perRoomHeap)} MB heap (idle ${mb(idle.mem.rss)} MB)`);
  console.log(`event loop         server p99 delay ${after.loopP99.toFixed(1)} ms (max ${after.loopMax.toFixed(1)} ms); load generators p99 ${botLoop.toFixed(1)} ms`);
  console.log(`loop pauses        longest ${after.longestGap.toFixed(1)} ms; ${after.pauses} pauses of 50 ms or more in ${after.ticks} ticks of 10 ms`);
  console.log(`clients            ${disconnected} of ${rooms * studentsPerRoom} students disconnected at the end; ${dropped} socket drops during the run; ${slowNotices} "saving is slow" notices received`);
  if (botLoop > 20) console.log('warning: the load generators were saturated; the delays below include their own backlog');
  console.log(`action → all teammates (${latencies.length} actions): p50 ${pct(latencies, 50).toFixed(1)} ms, p90 ${pct(latencies, 90).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`);
  const ok = pct(latencies, 99) < 50 && cores < 1;
  console.log(`target (p99 < 50 ms, < 1 core): ${ok ? 'met' : 'NOT met'}`);
  await sleep(500);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
