// The room's clock and its store going away: a deadline fires only for the deadline it was armed for (a "+60 s"
// queued ahead of it wins), an overdue session rebuilt after a restart waits paused, a store outage of a few
// seconds refuses writes with "try again" without closing the room, and a join that never completed frees
// its seat and nickname.
//
// Deterministic on a busy machine: the process runs on fake timeouts and a fake Date (both still creep forward
// with real time, so sockets and the store work), and each test moves the clock itself past a deadline instead
// of sleeping until it comes. The store is held by a gate the test opens, never for a time.
import { matchMaker } from '@colyseus/core';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TranscriptStore } from '../../server/store/types.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import { PROTOCOL_VERSION, type ServerMessage } from '../../shared/protocol/messages.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, joinStudent, seedSession, skipTo, startTestServer, type TestServer } from './harness.ts';

/** A gate on the store's appends: `entered` resolves when a write reaches it, `open()` lets it (and later ones) through. */
interface Gate {
  entered: Promise<void>;
  open(): void;
}

/** What the tests do to the store: hold appends at a gate, or fail every call as an outage does. */
const control: {
  down: boolean;
  /** The next append reaches the store but its reply is lost (the connection drops after the commit). */
  loseNextReply: boolean;
  gate: (Gate & { arrive(): void; opened: Promise<void> }) | null;
} = {
  down: false,
  loseNextReply: false,
  gate: null,
};

function holdAppends(): Gate {
  let arrive = () => undefined as void;
  let open = () => undefined as void;
  const entered = new Promise<void>((r) => (arrive = r));
  const opened = new Promise<void>((r) => (open = r));
  control.gate = { entered, arrive, opened, open };
  return {
    entered,
    open: () => {
      control.gate = null;
      open();
    },
  };
}

function faulty(store: TranscriptStore): TranscriptStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'close' || prop === 'init') return value;
      return async (...args: unknown[]) => {
        const gate = control.gate;
        if (prop === 'append' && gate) {
          gate.arrive();
          await gate.opened;
        }
        if (control.down) throw new Error('Connection terminated unexpectedly');
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (prop === 'append' && control.loseNextReply) {
          control.loseNextReply = false;
          throw new Error('Connection terminated unexpectedly');
        }
        return result;
      };
    },
  });
}

let server: TestServer;
beforeAll(async () => {
  // Intervals stay real: the transport's pings must not all come due when a test jumps the clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
  server = await startTestServer({
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
    wrapStore: faulty,
  });
});
afterAll(async () => {
  control.down = false;
  control.gate?.open();
  await server?.close();
  vi.useRealTimers();
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

/** Moves the clock to `ms` after `at`, running every timeout that comes due on the way. */
async function passTime(at: number, ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(Math.max(0, at - Date.now()) + ms);
}

const phaseChangedTo = (phase: string) => (m: { type: string; events?: GameEvent[] }) =>
  (m.events ?? []).some((e) => e.type === 'phaseChanged' && e.phase === phase);

describe('the phase clock', () => {
  it('an extend queued before the deadline fired wins: the phase does not end', async () => {
    const session = await seedSession(server.store, tinyScenario, { phaseSeconds: FAST });
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    await skipTo(host, 'deliberation');
    const deadline = lastDeadline(host)!;
    expect(deadline).toBeGreaterThan(Date.now());
    // The extend's write is still in flight when the deadline passes, so the timer's firing queues behind it.
    const gate = holdAppends();
    const extended = host.intent({ type: 'extendPhase', seconds: 60 });
    await gate.entered;
    await passTime(deadline, 50);
    gate.open();
    expect(await extended).toMatchObject({ ok: true });
    // The room runs one thing at a time: a later message's reply means the timer's turn has come and gone.
    expect(await ana.intent({ type: 'sendTeamMessage', text: 'still talking' })).toMatchObject({ ok: true });
    const types = (await server.store.readEntries(session.code)).map((e) => e.command.type);
    expect(types).not.toContain('phaseTimeUp');
    expect(host.phase).toBe('deliberation');
    expect(lastDeadline(host)).toBe(deadline + 60_000);
    // The timer armed for the new deadline takes over: the phase ends a minute later, once.
    await passTime(deadline + 60_000, 50);
    await host.waitFor(phaseChangedTo('decision'));
    const after = (await server.store.readEntries(session.code)).map((e) => e.command.type);
    expect(after.filter((t) => t === 'phaseTimeUp')).toHaveLength(1);
  });

  it('an overdue session rebuilt after its room closed waits paused for the teacher', async () => {
    const session = await seedSession(server.store, tinyScenario, { phaseSeconds: FAST });
    const host = await joinHost(server, session);
    await skipTo(host, 'deliberation');
    const deadline = lastDeadline(host)!;
    // Everyone leaves (as after a restart, nobody is in the room), the room closes, and the deadline passes.
    const roomId = host.room.roomId;
    await host.leave();
    await expect.poll(() => matchMaker.getLocalRoomById(roomId), { timeout: 10_000 }).toBeUndefined();
    await passTime(deadline, 1_000);
    const back = await joinHost(server, session);
    // The room paused the overdue clock while it was being rebuilt, before anyone's snapshot.
    expect(back.snapshot?.clock).toMatchObject({ paused: true, endsAt: null, remainingMs: 0 });
    const entries = await server.store.readEntries(session.code);
    expect(entries.map((e) => e.command.type)).not.toContain('phaseTimeUp');
    expect(entries[entries.length - 1]!.command).toMatchObject({ type: 'pauseClock', by: { kind: 'system' } });
    expect(back.phase).toBe('deliberation');
    // The teacher gives the class a minute and resumes; the phase then ends when that minute is up.
    expect(await back.intent({ type: 'extendPhase', seconds: 60 })).toMatchObject({ ok: true });
    expect(await back.intent({ type: 'resumeClock' })).toMatchObject({ ok: true });
    expect(back.phase).toBe('deliberation');
    const resumedUntil = lastDeadline(back)!;
    expect(resumedUntil).toBeGreaterThanOrEqual(Date.now() + 59_000);
    await passTime(resumedUntil, 50);
    await back.waitFor(phaseChangedTo('decision'));
  });
});

describe('a store outage of a few seconds', () => {
  it('keeps the room serving, refuses writes with "try again", and resumes when the store returns', async () => {
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
      await passTime(Date.now(), 1_000); // a second of outage: every timeout due meanwhile runs
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
  });
});

describe('a write that reached the store though its reply was lost', () => {
  it('is told "try again", then heard by the team and the host before the next command, and seq never forks', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    const ben = await joinStudent(server, session.code, 'Ben');
    await skipTo(host, 'deliberation');
    const mate = ana.delegation === ben.delegation ? ben : ana;
    control.loseNextReply = true;
    const lost = await mate.intent({ type: 'sendTeamMessage', text: 'stored but unconfirmed' });
    expect(lost).toMatchObject({ ok: false, error: 'protocol/server-error' });
    // The room adopted what the store holds: the class hears the stored line, and the next command follows it.
    const heardIt = (m: ServerMessage) =>
      m.type === 'events' &&
      m.events.some((e) => e.type === 'messageSent' && e.message.text === 'stored but unconfirmed');
    await Promise.all([mate.waitFor(heardIt), host.waitFor(heardIt)]);
    expect(await mate.intent({ type: 'sendTeamMessage', text: 'and this one' })).toMatchObject({ ok: true });
    // The host's reply carries seq (students' do not): it is the transcript's last.
    const skip = await host.intent({ type: 'skipPhase' });
    expect(skip).toMatchObject({ ok: true });
    const entries = await server.store.readEntries(session.code);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    expect(skip.ok && skip.seq).toBe(entries.at(-1)!.seq);
    const texts = entries.flatMap((e) => (e.command.type === 'sendTeamMessage' ? [e.command.text] : []));
    expect(texts).toEqual(['stored but unconfirmed', 'and this one']);
  });
});

describe('a join that never completed', () => {
  it('releases its seat, so the nickname is free again', async () => {
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
      .poll(async () => (await server.store.readEntries(session.code)).map((e) => e.command.type), { timeout: 10_000 })
      .toContain('removeSeat');
    const dana = await joinStudent(server, session.code, 'Dana');
    expect(dana.seat).not.toBeNull();
    expect(host.events().filter((e) => e.type === 'seatRemoved')).toHaveLength(1);
  });
});
