// TRUST_PROXY: behind a load balancer each forwarded client address is limited on its own, on the API and on
// Colyseus's matchmaking route alike (one process per file: Colyseus's matchmaker is process-wide).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

let proxied: TestServer;
beforeAll(async () => {
  proxied = await startTestServer({
    scenarioById: (id: string) => (id === tinyScenario.id ? tinyScenario : undefined),
    trustProxy: 1,
    joinRateLimit: { windowMs: 60_000, max: 2 },
    apiRateLimits: { api: { windowMs: 60_000, max: 2 } },
  });
});
afterAll(async () => {
  await proxied?.close();
});

describe('TRUST_PROXY', () => {
  it('limits each forwarded address on its own, on the API and on matchmaking', async () => {
    const api = (ip: string) =>
      fetch(`${proxied.url}/api/scenarios`, { headers: { 'x-forwarded-for': ip } }).then((r) => r.status);
    expect([await api('203.0.113.5'), await api('203.0.113.5'), await api('203.0.113.5')]).toEqual([200, 200, 429]);
    expect(await api('198.51.100.7')).toBe(200);

    const join = (ip: string) =>
      fetch(`${proxied.url}/matchmake/joinOrCreate/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ role: 'projector', protocol: PROTOCOL_VERSION, code: 'QQQQQQ' }),
      }).then((r) => r.status);
    const a = [await join('203.0.113.9'), await join('203.0.113.9'), await join('203.0.113.9')];
    expect(a[2]).toBe(429);
    expect(a.slice(0, 2)).not.toContain(429);
    expect(await join('198.51.100.9')).not.toBe(429);
  });
});
