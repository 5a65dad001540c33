// The session API as server/app.ts wires it: a session created over HTTP is joined by real SDK clients (its room
// is created lazily on the first join), its status follows the game, and deleting it removes it everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionReply, SessionInfo } from '../../shared/protocol/api.ts';
import type { Participant } from '../../server/bots/participant.ts';
import { joinHost, joinStudent, startTestServer, type TestServer } from './harness.ts';

describe('session API on the real server', () => {
  let server: TestServer;
  const people: Participant[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(people.map((p) => p.leave().catch(() => undefined)));
    await server?.close();
  });

  const post = async (body: unknown) =>
    fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const info = async (code: string) =>
    (await (await fetch(`${server.url}/api/sessions/${code}`)).json()) as SessionInfo;

  it('creates a session that students and the host can join, and gives its join address', async () => {
    const res = await post({ scenarioId: 'korea', rounds: 2 });
    expect(res.status).toBe(201);
    const session = (await res.json()) as CreateSessionReply;
    expect(session.joinUrl).toBe(`${server.url.replace('127.0.0.1', 'localhost')}/join/${session.code}`);
    expect(await info(session.code)).toEqual({
      code: session.code,
      scenarioId: 'korea',
      ended: false,
      joinUrl: session.joinUrl,
    });

    // No room exists until now: the first join creates it from the stored record.
    const ana = await joinStudent(server, session.code.toLowerCase(), 'Ana');
    people.push(ana);
    const host = await joinHost(server, session);
    people.push(host);
    expect(host.room.roomId).toBe(ana.room.roomId);

    const started = await host.intent({ type: 'startSession' });
    expect(started.ok).toBe(true);

    const transcript = await fetch(`${server.url}/api/sessions/${session.code}/transcript`, {
      headers: { authorization: `Bearer ${session.hostKey}` },
    });
    expect(
      ((await transcript.json()) as { entries: { command: { type: string } }[] }).entries.map((e) => e.command.type),
    ).toEqual(['joinSeat', 'startSession']);
  });

  it('deletes a session for its host only, after which it is unknown to the API and to joins', async () => {
    const session = (await (await post({ scenarioId: 'korea' })).json()) as CreateSessionReply;
    const url = `${server.url}/api/sessions/${session.code}`;
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(401);
    expect(
      (await fetch(url, { method: 'DELETE', headers: { authorization: `Bearer ${session.hostKey}` } })).status,
    ).toBe(204);
    expect((await fetch(url)).status).toBe(404);
    expect(await server.store.getSession(session.code)).toBeNull();
    await expect(joinStudent(server, session.code, 'Late')).rejects.toMatchObject({ code: 'protocol/unknown-session' });
  });

  it('answers unknown sessions with 404 and bad bodies with 400, in the API error shape', async () => {
    const missing = await fetch(`${server.url}/api/sessions/ACDEFG`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toBe('protocol/unknown-session');
    const bad = await post({ scenarioId: 'korea', rounds: 0 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'protocol/invalid', message: 'rounds: at least 1 round' });
  });

  it('answers a body that is not JSON with a plain 400, never an HTML page echoing the body', async () => {
    const reply = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"scenarioId": SECRET-ECHO',
    });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/application\/json/);
    const text = await reply.text();
    expect(text).not.toContain('SECRET-ECHO');
    expect(JSON.parse(text)).toMatchObject({ error: 'protocol/invalid' });
  });
});
