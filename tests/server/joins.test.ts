// Joining: every refusal comes back as a clear ErrorCode, codes are case-insensitive without splitting a
// session across rooms, guessing codes is rate-limited per address, and a flooding client is dropped alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinError, Participant } from '../../server/bots/participant.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import {
  joinHost,
  joinProjector,
  joinStudent,
  rejoinSeat,
  seedSession,
  skipTo,
  startTestServer,
  type TestServer,
} from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
    joinRateLimit: { windowMs: 60_000, max: 60 },
  });
});
afterAll(async () => {
  await server?.close();
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'joined',
    (e: unknown) => (e instanceof JoinError ? e.code : `unexpected: ${String(e)}`),
  );

describe('joins', () => {
  it('refuses with plain codes: unknown session, wrong key, taken name, bad token, old protocol, locked joins', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    await joinStudent(server, session.code, 'Ana');
    expect(await refusal(joinStudent(server, 'QQQQQQ', 'Ana'))).toBe('protocol/unknown-session');
    expect(await refusal(joinHost(server, { code: session.code, hostKey: 'x'.repeat(43) }))).toBe(
      'protocol/unauthorized',
    );
    expect(await refusal(joinStudent(server, session.code, 'ana'))).toMatch(/^rule\/name-taken$/);
    expect(await refusal(rejoinSeat(server, session.code, 'y'.repeat(32)))).toBe('rule/seat-unknown');
    expect(
      await refusal(Participant.join(server.url, { role: 'projector', protocol: 99 as never, code: session.code })),
    ).toBe('protocol/version');
    expect(await refusal(joinStudent(server, session.code, '\u0007bell'))).toBe('protocol/invalid');
    expect(await host.intent({ type: 'lockJoins', locked: true })).toMatchObject({ ok: true });
    expect(await refusal(joinStudent(server, session.code, 'Late'))).toBe('rule/joins-locked');
    // The projector and the host may still come in.
    await joinProjector(server, session.code);
  });

  it('a lower-case or padded code reaches the same room as the canonical one', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const a = await joinStudent(server, session.code, 'Ana');
    const b = await joinStudent(server, ` ${session.code.toLowerCase()} `, 'Ben');
    expect(b.room.roomId).toBe(a.room.roomId);
  });

  it('concurrent first joins of one session open exactly one room', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const joined = await Promise.all(Array.from({ length: 8 }, (_, i) => joinStudent(server, session.code, `S${i}`)));
    expect(new Set(joined.map((p) => p.room.roomId)).size).toBe(1);
    const entries = await server.store.readEntries(session.code);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a client flooding messages is dropped; its neighbours are not', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const calm = await joinStudent(server, session.code, 'Calm');
    const flood = await joinStudent(server, session.code, 'Flood', { sdkReconnect: false });
    await skipTo(host, 'deliberation');
    let floodLeft = false;
    flood.room.onLeave(() => (floodLeft = true));
    for (let i = 0; i < 200; i++) flood.room.send('noise', { i });
    await expect.poll(() => floodLeft, { timeout: 5000 }).toBe(true);
    expect(await calm.intent({ type: 'sendTeamMessage', text: 'fine here' })).toMatchObject({ ok: true });
  });

  it('guessing codes is rate-limited per address (429 with a plain reason)', async () => {
    let status = 0;
    let body: unknown = null;
    for (let i = 0; i < 80 && status !== 429; i++) {
      const res = await fetch(`${server.url}/matchmake/joinOrCreate/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'projector', protocol: PROTOCOL_VERSION, code: 'QQQQQ' + 'ACDEFGHJKM'[i % 10] }),
      });
      status = res.status;
      body = await res.json().catch(() => null);
    }
    expect(status).toBe(429);
    expect(body).toMatchObject({ error: 'protocol/rate-limited' });
  });
});
