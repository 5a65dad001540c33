// The one port also serves the built client: each page route returns its HTML page, assets are cached
// for good, and the API still answers under /api. Without a build, "/" says how to make one.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

const DIST = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const built = existsSync(`${DIST}index.html`) && existsSync(`${DIST}host.html`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ serveClient: true });
});
afterAll(async () => {
  await server?.close();
});

describe('pages', () => {
  it.runIf(built)('each route serves its page', async () => {
    const routes: [string, string][] = [
      ['/', 'index.html'],
      ['/join/ABC234', 'index.html'],
      ['/host', 'host.html'],
      ['/projector/ABC234', 'projector.html'],
      ['/review/ABC234', 'review.html'],
      ['/shared/sometoken', 'review.html'],
    ];
    for (const [route, file] of routes) {
      if (!existsSync(`${DIST}${file}`)) continue;
      const res = await fetch(`${server.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text(), route).toBe(readFileSync(`${DIST}${file}`, 'utf8'));
    }
    const scenarios = await fetch(`${server.url}/api/scenarios`);
    expect(scenarios.status).toBe(200);
    expect(await fetch(`${server.url}/api/no-such-route`).then((r) => r.status)).toBe(404);
  });

  it.runIf(built)('sends scripts gzipped to browsers that accept it, and plain to those that do not', async () => {
    const html = readFileSync(`${DIST}index.html`, 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'the join page loads a script from /assets').toBeTruthy();
    const raw = readFileSync(`${DIST}${script!.slice(1)}`, 'utf8');
    const zipped = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/javascript/);
    expect(await zipped.text()).toBe(raw); // fetch inflates it: the same script arrives
    const plain = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(raw);
  });

  it.runIf(!built)('without a build, the root explains how to make one', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/build:client/);
  });
});
