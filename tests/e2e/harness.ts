// Browser-test harness: builds the client once when dist/client is missing or older than its sources,
// starts the real server (startServer) on a free port, and launches Debian Chromium through playwright-core
// with a fresh profile per participant, recording every WebSocket frame each page receives.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer, type StartOptions } from '../../server/app.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist/client');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The flags stack.md lists for Debian Chromium on these machines. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const built = existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    ...['client', 'shared', 'scenarios'].map((d) => (existsSync(join(ROOT, d)) ? newestMtime(join(ROOT, d)) : 0)),
  );
  return built <= sources;
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/client when it is missing or older than client/, shared/ or the scenarios. Several test runs
 * may share the tree, so builds take a lock, go to a private folder first, and are then copied in: hashed
 * assets are only ever added, pages last, so a page already open never loses a chunk it will import.
 */
export function ensureClientBuilt(): void {
  if (!isStale()) return;
  const lock = join(ROOT, 'dist/.client-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > 180_000) rmSync(lock, { recursive: true, force: true });
      else if (waited > 240_000) throw new Error('Timed out waiting for another client build.');
      sleepSync(250);
    }
  }
  try {
    if (!isStale()) return;
    const out = mkdtempSync(join(ROOT, 'dist/.client-build-'));
    try {
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/vite/bin/vite.js'),
          'build',
          '--config',
          'client/vite.config.ts',
          '--outDir',
          out,
          '--emptyOutDir',
          '--logLevel',
          'warn',
        ],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      mkdirSync(DIST, { recursive: true });
      cpSync(join(out, 'assets'), join(DIST, 'assets'), { recursive: true });
      cpSync(out, DIST, { recursive: true, filter: (src) => !src.startsWith(join(out, 'assets')) });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The real server with the built pages, on 127.0.0.1 and a free port, transcripts in memory. */
export async function startE2EServer(opts: StartOptions = {}): Promise<RunningServer> {
  ensureClientBuilt();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: ':memory:',
    serveClient: true,
    joinRateLimit: false,
    log: () => undefined,
    ...opts,
  });
  return Object.assign(server, { url: `http://127.0.0.1:${server.port}` });
}

/** One participant's browser: its page, and every WebSocket frame the page received (raw bytes). */
export interface Participant {
  name: string;
  context: BrowserContext;
  page: Page;
  frames: Buffer[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  reducedMotion?: 'reduce' | 'no-preference';
  viewport?: { width: number; height: number };
}

/** Launches Chromium with a fresh profile folder (a separate browser, as a student's own laptop). */
export async function launchParticipant(name: string, opts: LaunchOptions = {}): Promise<Participant> {
  const profile = mkdtempSync(join(tmpdir(), `peninsula-e2e-${name.replace(/\W+/g, '-')}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
  });
  return wrap(name, context, async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });
}

/**
 * One Chromium (its own fresh temporary profile) for a whole class: each participant gets an isolated
 * context (own storage, cookies, sockets), like separate laptops. Eight separate browser processes on a
 * 2-core machine took 18 s just to start and made joins crawl, so a class shares one browser.
 */
export async function launchClassroom(): Promise<{
  browser: Browser;
  join(name: string, opts?: LaunchOptions): Promise<Participant>;
  close(): Promise<void>;
}> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  return {
    browser,
    async join(name, opts = {}) {
      const context = await browser.newContext({
        viewport: opts.viewport ?? { width: 1280, height: 900 },
        reducedMotion: opts.reducedMotion ?? 'reduce',
      });
      return wrap(name, context, () => context.close().catch(() => undefined));
    },
    close: () => browser.close().catch(() => undefined),
  };
}

async function wrap(name: string, context: BrowserContext, close: () => Promise<void>): Promise<Participant> {
  const page = context.pages()[0] ?? (await context.newPage());
  const frames: Buffer[] = [];
  const record = (p: Page) =>
    p.on('websocket', (ws) => {
      ws.on('framereceived', ({ payload }) => {
        frames.push(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload));
      });
    });
  record(page);
  context.on('page', record);
  return {
    name,
    context,
    page,
    frames,
    close,
  };
}

/** Whether any frame a participant received contains the marker text (msgpack keeps strings as UTF-8). */
export function framesContain(p: Participant, marker: string): boolean {
  const needle = Buffer.from(marker, 'utf8');
  return p.frames.some((f) => f.includes(needle));
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
