// `npm run bench:server [-- --rooms 100 --students 30 --interval 2000 --duration 30 --workers 2 --disk-pressure
//   --review --cpu-prof --heap-snapshot --no-baseline --client raw|sdk]`
// Starts the server in a child process, fills it with bot classrooms from load processes, has every student post
// a team message every interval, and prints server CPU per action, memory per room, event-loop pauses and the
// delay from a student's action until all of its teammates have it. Then the same load runs against a bare
// Colyseus relay room (the floor) and the ratio of CPU per action is printed. Targets: p99 < 50 ms, no pause of
// 50 ms or more, under one core, ≤ 2× the bare room's CPU per action. Numbers only: a busy machine moves them.
// Event-loop delay is printed net of the monitor's 10 ms sampling resolution, which Node's histogram includes in
// every value (nodejs/node#34661; loop-delay.ts); "longest gap" is a second, plain measure (10 ms ticks).
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { topFunctions } from './cpu-profile.ts';
import { startDiskPressure, type DiskPressure } from './disk-pressure.ts';
import { heapSummary } from './heap-summary.ts';
import { LOOP_RESOLUTION_MS } from './loop-delay.ts';
import { describePauses, type PauseTotals } from './pause-watch.ts';
import type { LoadClient } from './load-worker.ts';

const { values } = parseArgs({
  allowNegative: true,
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
    /** Also run the bare Colyseus relay room with the same load and print the CPU ratio (default on). */
    baseline: { type: 'boolean', default: true },
    /** GET /review of a 12-round, 35-student session while the rooms play, and the loop delay it adds. */
    review: { type: 'boolean', default: false },
    /** Profile the server over the measured run and name the five functions with the most self time. */
    'cpu-prof': { type: 'boolean', default: false },
    /** A heap snapshot of the server once the rooms are joined, and what it holds most of, by constructor. */
    'heap-snapshot': { type: 'boolean', default: false },
    /** The same for the first load generator (what the bots spend their CPU on). */
    'cpu-prof-generators': { type: 'boolean', default: false },
    /** Server processes behind Redis presence and PostgreSQL (PENINSULA_TEST_REDIS_URL, PENINSULA_TEST_POSTGRES_URL). */
    processes: { type: 'string', default: '1' },
    /**
     * The load generators stand for the students' own devices: confined to the machine's last CPU (Linux taskset),
     * they leave the server at least one core of its own. Off (--no-confine-load): they share every core with it.
     */
    'confine-load': { type: 'boolean', default: true },
    /** The bots' client: 'raw' (pre-encoded frames on a plain socket, the default) or 'sdk' (@colyseus/sdk). */
    client: { type: 'string', default: 'raw' },
  },
});
const rooms = Number(values.rooms);
const studentsPerRoom = Number(values.students);
const intervalMs = Number(values.interval);
const durationS = Number(values.duration);
const warmupS = Number(values.warmup);
const processCount = Math.max(1, Number(values.processes));
const workerCount = Math.max(processCount, Math.min(Number(values.workers), rooms));
if (values.client !== 'raw' && values.client !== 'sdk') throw new Error('--client is raw or sdk');
const loadClient: LoadClient = values.client;
const REDIS_URL = process.env.PENINSULA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5';
const POSTGRES_URL = process.env.PENINSULA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Reply = Record<string, unknown>;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const spawnTs = (file: string, extra: string[] = [], env: Record<string, string> = {}) =>
  fork(here(file), [], {
    execArgv: ['--import', 'tsx', ...extra],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...(values['data-dir'] ? { BENCH_DATA_PARENT: values['data-dir'] } : {}), ...env },
  });

/** The CPU the load generators are confined to, or null when they share every core with the server. */
const loadCpu = (() => {
  const cpus = availableParallelism();
  if (!values['confine-load'] || cpus < 2 || process.platform !== 'linux') return null;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return cpus - 1;
  } catch {
    return null;
  }
})();

/** Confines a load generator and every thread it has (and will have) to `loadCpu`. */
function confine(child: ChildProcess): void {
  if (loadCpu === null || child.pid === undefined) return;
  execFileSync('taskset', ['-a', '-p', '-c', String(loadCpu), String(child.pid)], { stdio: 'ignore' });
}

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

interface Stats extends PauseTotals {
  cpu: NodeJS.CpuUsage;
  mem: NodeJS.MemoryUsage;
  loopP99: number;
  loopMax: number;
}
const stats = async (server: ChildProcess, gc = false) =>
  (await ask(server, { cmd: 'stats', gc }, 'cpu')) as unknown as Stats;
/** A memory sample: garbage collected first, so what is counted is what is held. */
const memoryStats = (server: ChildProcess) => stats(server, true);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

interface PhaseResult {
  actionsPerS: number;
  cpuPerActionUs: number;
  cores: number;
  p99: number;
}

/** One full run against one server: ours (server-child.ts) or the bare relay (bare-server-child.ts). */
async function phase(mode: 'ours' | 'bare'): Promise<PhaseResult> {
  const profiling = values['cpu-prof'];
  const scaled = mode === 'ours' && processCount > 1;
  if (scaled) await forgetStaleRooms();
  const servers = Array.from({ length: mode === 'ours' ? processCount : 1 }, (_, i) =>
    spawnTs(
      mode === 'ours' ? './server-child.ts' : './bare-server-child.ts',
      ['--expose-gc'],
      scaled
        ? {
            // Below Linux's ephemeral range (32768 and up), where thousands of bot sockets take their local ports.
            BENCH_PORT: String(20_000 + Math.floor(Math.random() * 12_000) + i),
            BENCH_REDIS_URL: REDIS_URL,
            BENCH_DATABASE_URL: POSTGRES_URL,
          }
        : {},
    ),
  );
  const server = servers[0]!;
  const exited = Promise.all(servers.map((s) => new Promise<void>((resolve) => s.once('exit', () => resolve()))));
  const urls = await Promise.all(
    servers.map(async (s) => `http://127.0.0.1:${String((await ask(s, null, 'port', 60_000)).port)}`),
  );
  const url = urls[0]!;
  await sleep(500);
  const idles = await Promise.all(servers.map(memoryStats));
  const idle = idles[0]!;
  const workers = Array.from({ length: workerCount }, () => spawnTs('./load-worker.ts'));
  workers.forEach(confine);
  await Promise.all(workers.map((w) => ask(w, null, 'alive', 60_000)));
  const started = Date.now();
  // Rooms join in two halves with a memory sample between: what one more room costs, apart from what the process
  // grows by once whatever the number of rooms (buffers, the young generation, worker threads).
  const shareOf = (count: number, i: number) => Math.floor(count / workerCount) + (i < count % workerCount ? 1 : 0);
  const half = Math.floor(rooms / 2);
  let halves: Stats[] = [];
  for (const [count, before] of [
    [half, 0],
    [rooms - half, half],
  ] as const) {
    await Promise.all(
      workers.map((w, i) =>
        // Scaled out, each load process creates and joins its classrooms through one server process.
        ask(
          w,
          {
            cmd: 'setup',
            url: urls[i % urls.length]!,
            rooms: shareOf(count, i),
            firstRoom: shareOf(before, i),
            students: studentsPerRoom,
            worker: i,
            mode,
            client: loadClient,
          },
          'ready',
        ),
      ),
    );
    if (before === 0) {
      await sleep(1000);
      halves = await Promise.all(servers.map(memoryStats));
    }
  }
  const title = mode === 'ours' ? 'Peninsula' : 'bare Colyseus relay room (the floor)';
  console.log(
    `\n${title}: joined ${rooms * (studentsPerRoom + (mode === 'ours' ? 1 : 0))} clients in ${((Date.now() - started) / 1000).toFixed(1)} s (${load()})`,
  );
  const reviewSeed = values.review && mode === 'ours' ? await ask(server, { cmd: 'seed-review' }, 'reviewCodes') : null;
  await sleep(1000);
  const joineds = await Promise.all(servers.map(memoryStats));
  if (values['heap-snapshot'] && mode === 'ours') {
    const file = String((await ask(server, { cmd: 'heap-snapshot' }, 'heapSnapshot')).heapSnapshot);
    console.log(
      `heap after the joins, by constructor (self size, count; ${rooms} rooms, ${rooms * (studentsPerRoom + 1)} clients):`,
    );
    for (const row of heapSummary(file, 25))
      console.log(`  ${(row.bytes / 1024).toFixed(0).padStart(8)} KB ${String(row.count).padStart(8)}  ${row.name}`);
    console.log(`  (snapshot kept in ${file})`);
  }

  let pressure: DiskPressure | null = null;
  if (values['disk-pressure'] && mode === 'ours') {
    pressure = startDiskPressure(values['data-dir'] ?? tmpdir(), warmupS + durationS + 30);
    console.log('disk pressure      a writer is filling 256 MB files with fsync on the same disk');
  }
  await Promise.all(workers.map((w) => ask(w, { cmd: 'run', intervalMs }, 'running')));
  await sleep(warmupS * 1000);
  for (const w of workers) w.send({ cmd: 'measure' });
  if (profiling) await ask(server, { cmd: 'profile-start' }, 'profiling');
  if (values['cpu-prof-generators']) await ask(workers[0]!, { cmd: 'profile-start' }, 'profiling');
  const befores = await Promise.all(servers.map((s) => stats(s)));
  const t0 = Date.now();
  await sleep(durationS * 1000);
  const afters = await Promise.all(servers.map((s) => stats(s)));
  const after = afters[0]!;
  const profiles: [string, string][] = [];
  if (profiling) profiles.push(['server', String((await ask(server, { cmd: 'profile-stop' }, 'profile')).profile)]);
  if (values['cpu-prof-generators'])
    profiles.push(['load generator 1', String((await ask(workers[0]!, { cmd: 'profile-stop' }, 'profile')).profile)]);
  const wall = (Date.now() - t0) / 1000;
  const reviewLines = reviewSeed
    ? await probeReview(server, url, reviewSeed.reviewCodes as string[], String(reviewSeed.hostKey))
    : [];
  const results = await Promise.all(workers.map((w) => ask(w, { cmd: 'stop' }, 'latencies')));
  const written = pressure?.written() ?? 0;
  pressure?.stop();
  for (const s of servers) s.send({ cmd: 'stop' });
  await exited;

  const latencies = results.flatMap((r) => r.latencies as number[]).sort((a, b) => a - b);
  const sum = (key: string) => results.reduce((n, r) => n + (r[key] as number), 0);
  const sent = sum('sent');
  const generators = results.map((r) => ({
    p99: r.loopP99 as number,
    max: r.loopMax as number,
    cores: r.cores as number,
    busy: r.utilization as number,
    /** The generator's own CPU per action it sent, in µs: what the bots cost, next to what the server costs. */
    perAction: ((r.cores as number) * wall * 1e6) / Math.max(1, r.sent as number),
  }));
  const cpuOf = (i: number) =>
    (afters[i]!.cpu.user + afters[i]!.cpu.system - befores[i]!.cpu.user - befores[i]!.cpu.system) / 1e6;
  const cpuSeconds = servers.reduce((n, _s, i) => n + cpuOf(i), 0);
  const cores = cpuSeconds / wall;
  // Per acknowledged action: a server that fell behind has not yet paid for the actions it still owes.
  const acked = sum('acked');
  const cpuPerActionUs = (cpuSeconds / Math.max(1, acked)) * 1e6;
  const grew = (key: 'rss' | 'heapUsed') =>
    servers.reduce((n, _s, i) => n + joineds[i]!.mem[key] - idles[i]!.mem[key], 0);
  const perRoomRss = grew('rss') / rooms;
  const perRoomHeap = grew('heapUsed') / rooms;
  const added = (key: 'rss' | 'heapUsed' | 'external') =>
    servers.reduce((n, _s, i) => n + joineds[i]!.mem[key] - halves[i]!.mem[key], 0) / Math.max(1, rooms - half);

  console.log(
    `machine            ${load()} on ${availableParallelism()} shared cores: other work moves every figure below except counts; ` +
      (loadCpu === null
        ? 'load generators share every core with the server'
        : `load generators confined to CPU ${loadCpu}, the server free to use any`),
  );
  if (pressure) console.log(`disk pressure      ${written} files of 256 MB written with fsync during the run`);
  console.log(
    `actions            ${sent} sent in ${wall.toFixed(1)} s = ${(sent / wall).toFixed(0)}/s, ${acked} acknowledged in that time (refused ${sum('rejected')}, failed ${sum('failed')})`,
  );
  console.log(
    `server CPU         ${(cores * 100).toFixed(1)} % of one core (${cpuSeconds.toFixed(2)} s over ${wall.toFixed(1)} s) = ${cpuPerActionUs.toFixed(0)} µs per acknowledged action`,
  );
  console.log(
    `server memory      RSS ${mb(after.mem.rss)} MB total; per room ${mb(perRoomRss)} MB RSS, ${mb(perRoomHeap)} MB heap after GC (idle ${mb(idle.mem.rss)} MB); ` +
      `each room of the second half added ${mb(added('rss'))} MB RSS, ${mb(added('heapUsed') + added('external'))} MB live (heap ${mb(added('heapUsed'))}, outside the heap ${mb(added('external'))})`,
  );
  if (scaled) {
    servers.forEach((_s, i) => {
      const a = afters[i]!;
      console.log(
        `process ${i + 1}          ${((cpuOf(i) / wall) * 100).toFixed(1)} % of one core; RSS ${mb(a.mem.rss)} MB (+${mb((joineds[i]!.mem.rss - idles[i]!.mem.rss) / (rooms / processCount))} MB per room); ` +
          `loop p99 ${a.loopP99.toFixed(1)} ms, max ${a.loopMax.toFixed(1)} ms, longest gap ${a.longestGap.toFixed(1)} ms`,
      );
    });
  }
  console.log(
    `event loop         ${scaled ? 'process 1: ' : ''}delay (net of the ${LOOP_RESOLUTION_MS} ms sampling resolution) p99 ${after.loopP99.toFixed(1)} ms, max ${after.loopMax.toFixed(1)} ms` +
      (mode === 'ours'
        ? `; longest gap ${after.longestGap.toFixed(1)} ms, ${after.pauses} pauses of 50 ms or more (${after.ticks} ticks of 10 ms)`
        : ''),
  );
  if (mode === 'ours') console.log(`pauses             ${scaled ? 'process 1: ' : ''}${describePauses(after)}`);
  console.log(
    `clients            ${sum('disconnected')} of ${rooms * studentsPerRoom} students disconnected at the end; ${sum('dropped')} socket drops during the run` +
      (mode === 'ours' ? `; ${sum('slowNotices')} "saving is slow" notices` : ''),
  );
  const saturation = generatorVerdict(generators);
  console.log(
    `load generators    ${loadClient} clients; ${generators
      .map(
        (g) =>
          `${(g.cores * 100).toFixed(0)} % of a core (${g.perAction.toFixed(0)} µs per action), loop busy ${(g.busy * 100).toFixed(0)} %, delay p99 ${g.p99.toFixed(1)} ms max ${g.max.toFixed(1)} ms`,
      )
      .join('; ')}`,
  );
  if (saturation) console.log(`warning: ${saturation}`);
  console.log(
    `action → all teammates (${latencies.length} actions): p50 ${pct(latencies, 50).toFixed(1)} ms, p90 ${pct(latencies, 90).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`,
  );
  for (const line of reviewLines) console.log(line);
  if (mode === 'ours') {
    // A pause counts whether the delay histogram (net of its resolution) or the tick gaps saw it.
    const ok = pct(latencies, 99) < 50 && cores < 1 && afters.every((a) => a.loopMax < 50 && a.longestGap < 50);
    console.log(
      `target (p99 < 50 ms, no pause ≥ 50 ms by delay max or tick gap, < 1 core): ${ok ? 'met' : 'NOT met'}${saturation ? ' (load generators saturated or starved: latencies are theirs too)' : ''}`,
    );
  }
  for (const [who, file] of profiles) {
    console.log(`${who} CPU profile over the measured run, top five functions by self time:`);
    for (const f of topFunctions(file))
      console.log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`);
    console.log(`  (profile kept in ${file})`);
  }
  return { actionsPerS: sent / wall, cpuPerActionUs, cores, p99: pct(latencies, 99) };
}

/**
 * Whether the load generators, not the server, may have set the latencies: a generator that used most of a core
 * is saturated by its own work; one whose event loop was late (p99 over 10 ms net of the resolution, 20 ms as
 * the histogram reads) with less than that was starved of
 * CPU by other processes on the machine. Null when neither. (Loop utilization is printed but not judged: a process
 * the machine does not schedule counts as busy.)
 */
function generatorVerdict(generators: { p99: number; cores: number }[]): string | null {
  const saturated = generators.filter((g) => g.cores > 0.7).length;
  const late = generators.filter((g) => g.cores <= 0.7 && g.p99 > 10).length;
  const parts: string[] = [];
  if (saturated)
    parts.push(
      `${saturated} of ${generators.length} load generators were saturated by their own work (over 0.7 of a core)`,
    );
  if (late)
    parts.push(
      `${late} of ${generators.length} load generators had loop delay p99 over 10 ms with CPU to spare: the machine starved them`,
    );
  return parts.length ? `${parts.join('; ')}. The delays below include their backlog.` : null;
}

/**
 * GET /review of the seeded sessions while the rooms play, each in both languages, so every request builds its
 * review. Each request's window of play is paired with a window of play alone just as long, right after it: the
 * worst delay over the review windows against the worst over the same total time without reviews is what reviews
 * add. (A single short window of play alone would read low, and make any review look costly.)
 */
async function probeReview(server: ChildProcess, url: string, codes: string[], hostKey: string): Promise<string[]> {
  const get = async (code: string, lang: string) => {
    const t = performance.now();
    const res = await fetch(`${url}/api/sessions/${code}/review?lang=${lang}`, {
      headers: { authorization: `Bearer ${hostKey}`, 'accept-encoding': 'gzip' },
    });
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`GET /review: ${res.status}`);
    return { ms: performance.now() - t, bytes };
  };
  const worst = (s: Stats) => Math.max(s.loopMax, s.longestGap);
  // The first request also starts the review worker and compiles the engine: once, not a figure.
  await get(codes[0]!, 'ko');
  const during: number[] = [];
  const alone: number[] = [];
  const times: number[] = [];
  let bytes = 0;
  for (const lang of ['en', 'ko']) {
    for (const code of codes) {
      if (lang === 'ko' && code === codes[0]) continue;
      await stats(server);
      const r = await get(code, lang);
      during.push(worst(await stats(server)));
      times.push(r.ms);
      bytes = r.bytes;
      await sleep(r.ms);
      alone.push(worst(await stats(server)));
    }
  }
  const f = (n: number) => n.toFixed(1);
  const sorted = [...times].sort((a, b) => a - b);
  const adds = Math.max(0, Math.max(...during) - Math.max(...alone));
  return [
    `GET /review ×${times.length} (12 rounds, 35 students, each built): ${f(sorted[0]!)}–${f(sorted.at(-1)!)} ms, ${(bytes / 1024).toFixed(0)} KB of JSON; ` +
      `loop pause max per request ${during.map(f).join(', ')} ms; in as long of play alone ${alone.map(f).join(', ')} ms: ` +
      `adds ${f(adds)} ms (target ≤ 10 ms)`,
  ];
}

/** Scaled out: rooms a killed earlier run left in Redis would attract joins to processes that are gone. */
async function forgetStaleRooms(): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  redis.disconnect();
}

async function main(): Promise<void> {
  console.log(
    `bench:server — ${rooms} rooms × ${studentsPerRoom} students, one team message per student every ${intervalMs} ms, ${workerCount} load processes` +
      (processCount > 1 ? `, ${processCount} server processes behind Redis presence and PostgreSQL` : ''),
  );
  const ours = await phase('ours');
  if (values.baseline) {
    const bare = await phase('bare');
    console.log(
      `\nCPU per action: Peninsula ${ours.cpuPerActionUs.toFixed(0)} µs, bare Colyseus ${bare.cpuPerActionUs.toFixed(0)} µs: ratio ${(ours.cpuPerActionUs / bare.cpuPerActionUs).toFixed(2)}× (target ≤ 2×)`,
    );
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
