// Every teacher route of the real app (review, release and its withdrawal, replay, exports, delete) refuses a
// request without the host key, with another session's key or a malformed one, and changes nothing when it does.
// The QR code and the status stay public by design: they carry only the join link the projector already shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import {
  joinHost,
  joinStudent,
  seedSession,
  skipTo,
  startTestServer,
  type SeededSession,
  type TestServer,
} from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined) });
});
afterAll(async () => {
  await server?.close();
});

interface Route {
  method: 'GET' | 'PUT' | 'DELETE';
  path: (code: string) => string;
  body?: unknown;
  /** The status the host gets with the right key. */
  ok: number;
}

const TEACHER_ROUTES: Route[] = [
  { method: 'GET', path: (c) => `/api/sessions/${c}/review`, ok: 200 },
  { method: 'PUT', path: (c) => `/api/sessions/${c}/release`, body: { level: 'team', pseudonyms: false }, ok: 200 },
  { method: 'DELETE', path: (c) => `/api/sessions/${c}/release`, ok: 200 },
  { method: 'GET', path: (c) => `/api/sessions/${c}/replay`, ok: 200 },
  { method: 'GET', path: (c) => `/api/sessions/${c}/transcript`, ok: 200 },
  { method: 'GET', path: (c) => `/api/sessions/${c}/transcript?format=csv`, ok: 200 },
  { method: 'GET', path: (c) => `/api/sessions/${c}/transcript?format=md`, ok: 200 },
  // Last: it deletes the session.
  { method: 'DELETE', path: (c) => `/api/sessions/${c}`, ok: 204 },
];

function call(route: Route, code: string, authorization?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  if (route.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${server.url}${route.path(code)}`, {
    method: route.method,
    headers,
    ...(route.body !== undefined ? { body: JSON.stringify(route.body) } : {}),
  });
}

/** A session with a little history, released at the public level so a refused withdrawal would show. */
async function playedSession(): Promise<SeededSession> {
  const session = await seedSession(server.store, tinyScenario, { rounds: 1 });
  const host = await joinHost(server, session);
  const ana = await joinStudent(server, session.code, 'Ana');
  await skipTo(host, 'deliberation');
  expect(await ana.intent({ type: 'sendTeamMessage', text: 'TEAM-ONLY words' })).toMatchObject({ ok: true });
  await skipTo(host, 'resolution');
  expect(await host.intent({ type: 'endSession' })).toMatchObject({ ok: true });
  await Promise.all([host.leave(), ana.leave()]);
  const released = await call(
    { method: 'PUT', path: (c) => `/api/sessions/${c}/release`, body: { level: 'public', pseudonyms: true }, ok: 200 },
    session.code,
    `Bearer ${session.hostKey}`,
  );
  expect(released.status).toBe(200);
  return session;
}

describe('teacher routes', () => {
  it(
    'refuse a missing, a wrong and a malformed key with 401 and change nothing; the right key works',
    { timeout: 60_000 },
    async () => {
      const session = await playedSession();
      const other = await seedSession(server.store, tinyScenario);
      const before = await server.store.getSession(session.code);
      const entries = (await server.store.readEntries(session.code)).length;
      const refusals: [string, string | undefined][] = [
        ['no key', undefined],
        ["another session's key", `Bearer ${other.hostKey}`],
        ['a malformed header', 'Bearer'],
        ['the key as a Basic credential', `Basic ${session.hostKey}`],
        ['the key after another scheme', `NotBearer ${session.hostKey}`],
        ['the key with more after it', `Bearer ${session.hostKey} ${session.hostKey}`],
      ];
      for (const route of TEACHER_ROUTES) {
        for (const [name, authorization] of refusals) {
          const res = await call(route, session.code, authorization);
          expect(res.status, `${route.method} ${route.path('CODE')} with ${name}`).toBe(401);
          // What HTTP asks of a 401: the scheme the route wants.
          expect(res.headers.get('www-authenticate')).toBe('Bearer realm="peninsula"');
          const text = await res.text();
          expect(text, 'a refusal carries no transcript').not.toContain('TEAM-ONLY');
        }
        // Nothing changed: the release, the record and the transcript are as they were.
        expect(await server.store.getSession(session.code), `${route.method} ${route.path('CODE')}`).toEqual(before);
        expect(await server.store.readEntries(session.code)).toHaveLength(entries);
      }
      // The scheme's name in any case and any spacing after it: browsers and scripts write it either way.
      for (const spelling of [`bearer ${session.hostKey}`, `Bearer   ${session.hostKey}`]) {
        const res = await call(TEACHER_ROUTES[0]!, session.code, spelling);
        expect(res.status, spelling.replace(session.hostKey, 'KEY')).toBe(200);
      }
      for (const route of TEACHER_ROUTES) {
        const res = await call(route, session.code, `Bearer ${session.hostKey}`);
        expect(res.status, `${route.method} ${route.path('CODE')} with the host key`).toBe(route.ok);
      }
      expect(await server.store.getSession(session.code)).toBeNull();
    },
  );

  it('leave the QR code and the status public: they hold only what the projector shows', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const qr = await fetch(`${server.url}/api/sessions/${session.code}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    const status = await fetch(`${server.url}/api/sessions/${session.code}`);
    expect(status.status).toBe(200);
    expect(await status.text()).not.toContain(session.hostKey);
  });
});
