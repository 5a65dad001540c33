// `npm run bench:client`: gzip sizes of the join page's JavaScript and of the game loaded after joining,
// and the time from opening the join page to being seated on a throttled connection (Chromium network
// emulation, cold cache, fresh profile each run). Prints numbers; asserts nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ensureClientBuilt, launchParticipant, startE2EServer } from '../e2e/harness.ts';

const DIST = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const ASSETS = join(DIST, 'assets');
const RUNS = Number(process.env.RUNS ?? 3);
const NETWORK = { downKbps: 1600, upKbps: 750, rttMs: 150 };

const gz = (file: string) => gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Static imports of a chunk, transitively (what the browser must fetch before the chunk runs). */
function closure(start: string[], seen = new Set<string>()): Set<string> {
  for (const file of start) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(ASSETS, file), 'utf8');
    const deps = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    closure(deps.filter(Boolean), seen);
  }
  return seen;
}

function sizes(): void {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const joinPage = closure(entry);
  const files = readdirSync(ASSETS);
  // Newest build wins when old hashed chunks linger (the e2e harness only ever adds files).
  const mtime = (f: string) => statSync(join(ASSETS, f)).mtimeMs;
  const newest = (prefix: string) =>
    files.filter((f) => f.startsWith(prefix) && f.endsWith('.js')).sort((a, b) => mtime(b) - mtime(a))[0];
  const game = newest('game-');
  const board = newest('board-');
  const phaser = newest('phaser-');
  const gameAll = closure([game, board].filter((f): f is string => Boolean(f)));
  const sum = (set: Iterable<string>) => [...set].reduce((n, f) => n + gz(f), 0);
  const after = [...gameAll].filter((f) => !joinPage.has(f));
  console.log(
    `join page JS before the game loads: ${kb(sum(joinPage))} gzip (${[...joinPage].join(', ')})  target < 60 KB`,
  );
  console.log(
    `game after joining (SDK, panels, rules fold): ${kb(sum(after.filter((f) => f !== phaser && !f.startsWith('phaser-'))))} gzip`,
  );
  console.log(`Phaser chunk: ${kb(phaser ? gz(phaser) : 0)} gzip; board scenes: ${kb(board ? gz(board) : 0)} gzip`);
  console.log(`everything a student downloads: ${kb(sum(new Set([...joinPage, ...gameAll])))} gzip`);
}

async function seatTimes(): Promise<void> {
  const server = await startE2EServer();
  try {
    const created = (await (
      await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'korea' }),
      })
    ).json()) as { code: string };
    const form: number[] = [];
    const seated: number[] = [];
    const board: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const student = await launchParticipant(`bench${i}`, { reducedMotion: 'reduce' });
      try {
        const cdp = await student.context.newCDPSession(student.page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: NETWORK.rttMs,
          downloadThroughput: (NETWORK.downKbps * 1000) / 8,
          uploadThroughput: (NETWORK.upKbps * 1000) / 8,
        });
        const t0 = performance.now();
        await student.page.goto(`${server.url}/join/${created.code}`, { waitUntil: 'commit' });
        await student.page.waitForSelector('input[name=name]');
        form.push(performance.now() - t0);
        await student.page.fill('input[name=name]', `Bench ${i}`);
        await student.page.click('form.join-form button[type=submit]');
        await student.page.waitForFunction(
          () => (document.querySelector('.status-bar .who')?.textContent ?? '').length > 0,
          undefined,
          { timeout: 120_000, polling: 50 },
        );
        seated.push(performance.now() - t0);
        await student.page.waitForSelector('.board canvas', { timeout: 120_000 });
        board.push(performance.now() - t0);
      } finally {
        await student.close();
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `throttled ${NETWORK.downKbps / 1000} Mbps down / ${NETWORK.rttMs} ms RTT, cold cache, median of ${RUNS}:`,
    );
    console.log(`  join form usable: ${s(median(form))}`);
    console.log(`  seated (snapshot shown, panels usable): ${s(median(seated))}`);
    console.log(`  situation board drawn (Phaser loaded): ${s(median(board))}`);
  } finally {
    await server.close();
  }
}

ensureClientBuilt();
sizes();
await seatTimes();
