// The HTTP edge as an attacker or a confused client meets it: every error is JSON with a 4xx/5xx status and no
// stack (matchmaking included), CORS answers only the app's own origin (plus a configured one), and the flood
// guard lets a person's burst through (a flooder is cut: tests/server/joins.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, joinStudent, seedSession, skipTo, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  const scenarioById = (id: string) => (id === tinyScenario.id ? tinyScenario : undefined);
  server = await startTestServer({ scenarioById, allowedOrigins: ['https://district.example'] });
});
afterAll(async () => {
  await server?.close();
});

async function expectJsonError(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type') ?? '').toMatch(/application\/json/);
  const text = await res.text();
  expect(text).not.toMatch(/at .*\(|node_modules|\/work\/|RangeError|<html|<pre/i);
  return JSON.parse(text) as Record<string, unknown>;
}

const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers, body });

describe('errors are JSON without a stack', () => {
  it('matchmaking: bad JSON, too large, a bare string, an unknown method or room, deep nesting', async () => {
    expect(await expectJsonError(await post('/matchmake/joinOrCreate/session', '{"role":'), 400)).toMatchObject({
      error: 'protocol/invalid',
    });
    await expectJsonError(
      await post('/matchmake/joinOrCreate/session', JSON.stringify({ pad: 'x'.repeat(9000) })),
      413,
    );
    await expectJsonError(await post('/matchmake/joinOrCreate/session', '"hello"'), 400);
    await expectJsonError(await post('/matchmake/frobnicate/session', '{}'), 404);
    await expectJsonError(await post('/matchmake/joinOrCreate/other-room', '{}'), 404);
    const nested = '{"a":'.repeat(1000) + '1' + '}'.repeat(1000);
    await expectJsonError(await post('/matchmake/joinOrCreate/session', nested), 400);
    await expectJsonError(
      await post(
        '/matchmake/joinOrCreate/session',
        JSON.stringify({ role: 'projector', protocol: PROTOCOL_VERSION, code: { a: { b: { c: { d: 1 } } } } }),
      ),
      400,
    );
    await expectJsonError(await fetch(`${server.url}/matchmake/joinOrCreate/session`), 404);
  });

  it('each API route refuses a body over its own limit with 413 (16 KB to create, 4 KB to release, 8 KB to fork)', async () => {
    const pad = (bytes: number) => JSON.stringify({ scenarioId: tinyScenario.id, pad: 'x'.repeat(bytes) });
    expect(await expectJsonError(await post('/api/sessions', pad(17_000)), 413)).toMatchObject({
      error: 'protocol/invalid',
    });
    expect((await post('/api/sessions', pad(15_000))).status).toBe(400); // parsed: then refused for the unknown field
    const { code, hostKey } = await seedSession(server.store, tinyScenario);
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${hostKey}` };
    const put = await fetch(`${server.url}/api/sessions/${code}/release`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ level: 'public', pad: 'x'.repeat(5000) }),
    });
    await expectJsonError(put, 413);
    await expectJsonError(await post(`/api/sessions/${code}/fork`, pad(9000), auth), 413);
  });

  it('a malformed %-escape in a path is a 400', async () => {
    await expectJsonError(await fetch(`${server.url}/api/sessions/%E0%A4%A`), 400);
    await expectJsonError(await fetch(`${server.url}/api/shared/%zz`), 400);
    await expectJsonError(await fetch(`${server.url}/api/sessions/%E0%A4%A/transcript`), 400);
  });
});

describe('CORS', () => {
  it('answers the app’s own origin and a configured one, never another site', async () => {
    const { code, hostKey } = await seedSession(server.store, tinyScenario);
    const path = `${server.url}/api/sessions/${code}/transcript`;
    const auth = { authorization: `Bearer ${hostKey}` };
    const evil = await fetch(path, { headers: { ...auth, origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(path, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const mm = await post('/matchmake/joinOrCreate/session', '{}', {
      'content-type': 'application/json',
      origin: 'https://evil.example',
    });
    expect(mm.headers.get('access-control-allow-origin')).toBeNull();

    const own = await fetch(path, { headers: { ...auth, origin: server.url } });
    expect(own.headers.get('access-control-allow-origin')).toBe(server.url);
    const district = await fetch(path, { headers: { ...auth, origin: 'https://district.example' } });
    expect(district.headers.get('access-control-allow-origin')).toBe('https://district.example');
  });
});

describe('flood guard', () => {
  it('lets a client send 90 awaited requests back to back', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana', { sdkReconnect: false });
    await skipTo(host, 'deliberation');
    let left = false;
    ana.room.onLeave(() => (left = true));
    for (let i = 0; i < 90; i++)
      expect(await ana.intent({ type: 'sendTeamMessage', text: `line ${i}` })).toMatchObject({ ok: true });
    expect(left).toBe(false);
  });
});

describe('chat text', () => {
  it('refuses NUL and other control characters, keeps line breaks', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    await skipTo(host, 'deliberation');
    for (const text of ['hi\u0000there', 'ring\u0007', 'esc\u001b[31mred', 'c1\u0085x', 'del\u007f'])
      expect(await ana.intent({ type: 'sendTeamMessage', text })).toMatchObject({
        ok: false,
        error: 'protocol/invalid',
      });
    expect(await ana.intent({ type: 'makeStatement', text: 'we\u0000pledge', commitment: null })).toMatchObject({
      ok: false,
      error: 'protocol/invalid',
    });
    expect(await ana.intent({ type: 'sendTeamMessage', text: 'two\nlines' })).toMatchObject({ ok: true });
    const texts = (await server.store.readEntries(session.code)).flatMap((e) =>
      'text' in e.command ? [e.command.text] : [],
    );
    expect(texts).toEqual(['two\nlines']);
  });
});
