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

  it.runIf(!built)('without a build, the root explains how to make one', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/build:client/);
  });
});
