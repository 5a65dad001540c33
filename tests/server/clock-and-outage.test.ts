// The room's clock and its store going away: a deadline fires only for the deadline it was armed for (a "+60 s"
// queued ahead of it wins), an overdue session rebuilt after a restart waits paused, a store outage of a few
// seconds refuses writes with "try again" without closing the room, and a join that never completed frees
// its seat and nickname.
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptStore } from '../../server/store/types.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, joinStudent, seedSession, skipTo, sleep, startTestServer, type TestServer } from './harness.ts';

/** What the tests do to the store: hold appends until a moment, or fail every call as an outage does. */
const control: { down: boolean; holdAppendsUntil: number } = { down: false, holdAppendsUntil: 0 };

function faulty(store: TranscriptStore): TranscriptStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'close' || prop === 'init') return value;
      return async (...args: unknown[]) => {
        if (prop === 'append' && control.holdAppendsUntil > Date.now())
          await sleep(control.holdAppendsUntil - Date.now());
        if (control.down) throw new Error('Connection terminated unexpectedly');
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
    wrapStore: faulty,
  });
});
afterAll(async () => {
  control.down = false;
  await server?.close();
});

const FAST = { briefing: 5, news: 5, deliberation: 5, decision: 5, resolution: 5, reflection: 5 };

/** The deadline of the phase the participant last heard of. */
function lastDeadline(p: { received: { type: string }[] }): number | null {
  let endsAt: number | null = null;
  for (const m of p.received as { type: string; view?: { clock: { endsAt: number | null } }; events?: GameEvent[] }[]) {
    if (m.type === 'snapshot' && m.view) endsAt = m.view.clock.endsAt;
    for (const e of m.events ?? []) {
      if (e.type === 'phaseChanged' || e.type === 'clockResumed') endsAt = e.endsAt;
      if (e.type === 'phaseExtended') endsAt = e.endsAt;
    }
  }
  return endsAt;
}

describe('the phase clock', () => {
  it('an extend queued before the deadline fired wins: the phase does not end', { timeout: 30_000 }, async () => {
    const session = await seedSession(server.store, tinyScenario, { phaseSeconds: FAST });
    const host = await joinHost(server, session);
    await joinStudent(server, session.code, 'Ana');
    await skipTo(host, 'deliberation');
    const deadline = lastDeadline(host);
    expect(deadline).toBeGreaterThan(Date.now());
    // The extend's write is still in flight when the deadline passes, so the timer's firing queues behind it.
    control.holdAppendsUntil = deadline! + 300;
    expect(await host.intent({ type: 'extendPhase', seconds: 60 })).toMatchObject({ ok: true });
    control.holdAppendsUntil = 0;
    await sleep(300);
    const types = (await server.store.readEntries(session.code)).map((e) => e.command.type);
    expect(types).not.toContain('phaseTimeUp');
    expect(host.phase).toBe('deliberation');
    expect(lastDeadline(host)).toBe(deadline! + 60_000);
  });

  it('an overdue session rebuilt after its room closed waits paused for the teacher', { timeout: 30_000 }, async () => {
    const session = await seedSession(server.store, tinyScenario, { phaseSeconds: FAST });
    const host = await joinHost(server, session);
    await skipTo(host, 'deliberation');
    const deadline = lastDeadline(host)!;
    // Everyone leaves (as after a restart, nobody is in the room) and the deadline passes.
    await host.leave();
    await sleep(Math.max(0, deadline - Date.now()) + 300);
    const back = await joinHost(server, session);
    await sleep(200);
    const entries = await server.store.readEntries(session.code);
    expect(entries.map((e) => e.command.type)).not.toContain('phaseTimeUp');
    expect(entries[entries.length - 1]!.command).toMatchObject({ type: 'pauseClock', by: { kind: 'system' } });
    expect(back.phase).toBe('deliberation');
    // The teacher gives the class a minute and resumes.
    expect(await back.intent({ type: 'extendPhase', seconds: 60 })).toMatchObject({ ok: true });
    expect(await back.intent({ type: 'resumeClock' })).toMatchObject({ ok: true });
    expect(back.phase).toBe('deliberation');
  });
});

describe('a store outage of a few seconds', () => {
  it(
    'keeps the room serving, refuses writes with "try again", and resumes when the store returns',
    { timeout: 30_000 },
    async () => {
      const session = await seedSession(server.store, tinyScenario);
      const host = await joinHost(server, session);
      const ana = await joinStudent(server, session.code, 'Ana');
      await skipTo(host, 'deliberation');
      let closed = false;
      ana.room.onLeave(() => (closed = true));
      host.room.onLeave(() => (closed = true));
      const acked: string[] = [];
      const say = async (text: string) => {
        const reply = await ana.intent({ type: 'sendTeamMessage', text });
        if (reply.ok) acked.push(text);
        return reply;
      };
      expect(await say('before')).toMatchObject({ ok: true });

      control.down = true;
      for (let i = 0; i < 5; i++) {
        const reply = await say(`during ${i}`);
        expect(reply).toMatchObject({ ok: false, error: 'protocol/server-error' });
        if (!reply.ok) expect(reply.message).toMatch(/try again/i);
        await sleep(300);
      }
      expect(await host.intent({ type: 'pauseClock' })).toMatchObject({ ok: false, error: 'protocol/server-error' });
      control.down = false;

      expect(await say('after')).toMatchObject({ ok: true });
      expect(await host.intent({ type: 'skipPhase' })).toMatchObject({ ok: true });
      expect(closed).toBe(false);
      const stored = (await server.store.readEntries(session.code)).map((e) => e.command);
      const texts = stored.flatMap((c) => (c.type === 'sendTeamMessage' ? [c.text] : []));
      expect(texts).toEqual(acked);
      expect(stored.map((_, i) => i + 1)).toEqual((await server.store.readEntries(session.code)).map((e) => e.seq));
    },
  );
});

describe('a join that never completed', () => {
  it('releases its seat, so the nickname is free again', { timeout: 30_000 }, async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    // Reserve a seat the way the SDK does, connect, and drop the socket before confirming the join.
    const res = await fetch(`${server.url}/matchmake/joinOrCreate/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'student', protocol: PROTOCOL_VERSION, code: session.code, name: 'Dana' }),
    });
    const reservation = (await res.json()) as { roomId: string; sessionId: string; processId: string };
    const ws = new WebSocket(
      `${server.url.replace('http', 'ws')}/${reservation.processId}/${reservation.roomId}?sessionId=${reservation.sessionId}`,
    );
    await new Promise<void>((resolve, reject) => {
      ws.once('message', () => resolve());
      ws.once('error', reject);
    });
    ws.terminate();
    await expect
      .poll(async () => (await server.store.readEntries(session.code)).map((e) => e.command.type), { timeout: 5_000 })
      .toContain('removeSeat');
    const dana = await joinStudent(server, session.code, 'Dana');
    expect(dana.seat).not.toBeNull();
    expect(Object.values(host.snapshot?.seats ?? {}).length).toBeGreaterThanOrEqual(0);
  });
});
