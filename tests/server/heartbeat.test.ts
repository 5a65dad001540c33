// The paced heartbeat (server/transport.ts): every connection is pinged once per interval, in slices rather than
// in one burst (a burst over thousands of sockets is a pause every class on the process feels), and a connection
// that stops answering is cut while one that answers stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Heartbeat, type Pingable } from '../../server/transport.ts';
import { PROTOCOL_VERSION, ROOM_NAME } from '../../shared/protocol/messages.ts';
import { RawClient } from '../bench/raw-client.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, seedSession, startTestServer, type TestServer } from './harness.ts';

class FakeSocket implements Pingable {
  readonly OPEN = 1;
  readyState = 1;
  pings: number[] = [];
  terminated = false;
  constructor(private readonly clock: { now: number; pings: number }) {}
  ping(): void {
    this.pings.push(this.clock.now);
    this.clock.pings++;
  }
  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
  }
}

describe('heartbeat pacing', () => {
  const opts = { intervalMs: 3_000, maxMissed: 2, sliceMs: 100 };

  it('pings every socket once per interval, a thirtieth of them per tick', () => {
    const clock = { now: 0, pings: 0 };
    const sockets = Array.from({ length: 4_500 }, () => new FakeSocket(clock));
    const heartbeat = new Heartbeat<FakeSocket>(opts);
    let most = 0;
    for (clock.now = 0; clock.now < 3 * opts.intervalMs; clock.now += opts.sliceMs) {
      const before = clock.pings;
      heartbeat.tick(clock.now, sockets);
      most = Math.max(most, clock.pings - before);
      for (const s of sockets) heartbeat.answered(s);
    }
    // 4,500 sockets over 30 ticks: 150 per tick, never the whole set at once.
    expect(most).toBe(150);
    for (const s of sockets) {
      expect(s.pings).toHaveLength(3);
      expect(s.pings[1]! - s.pings[0]!).toBe(opts.intervalMs);
      expect(s.terminated).toBe(false);
    }
  });

  it('cuts a socket that stopped answering, and only that one', () => {
    const clock = { now: 0, pings: 0 };
    const [silent, answering] = [new FakeSocket(clock), new FakeSocket(clock)];
    const heartbeat = new Heartbeat<FakeSocket>(opts);
    for (clock.now = 0; clock.now < 4 * opts.intervalMs; clock.now += opts.sliceMs) {
      heartbeat.tick(clock.now, [silent!, answering!]);
      heartbeat.answered(answering!);
    }
    // Pinged twice without an answer, cut at the third round: as Colyseus's own heartbeat does.
    expect(silent!.pings).toHaveLength(2);
    expect(silent!.terminated).toBe(true);
    expect(answering!.terminated).toBe(false);
    expect(answering!.pings).toHaveLength(4);
  });

  it('pings a lone socket once per interval, not once per tick', () => {
    const clock = { now: 0, pings: 0 };
    const socket = new FakeSocket(clock);
    const heartbeat = new Heartbeat<FakeSocket>(opts);
    for (clock.now = 0; clock.now < opts.intervalMs * 2; clock.now += opts.sliceMs) {
      heartbeat.tick(clock.now, [socket]);
      heartbeat.answered(socket);
    }
    expect(socket.pings).toEqual([0, opts.intervalMs]);
  });
});

describe('heartbeat on a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
      heartbeat: { intervalMs: 200, maxMissed: 2, sliceMs: 20 },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a connection that does not answer pings is closed; the host, answering, stays', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const join = { role: 'student', protocol: PROTOCOL_VERSION, code: session.code, name: 'Lid' };
    // autoPong off: a laptop whose lid closed, whose socket the kernel still holds open.
    const silent = await RawClient.join(server.url, ROOM_NAME, join, { socket: { autoPong: false } });
    const closed = new Promise<number>((resolve) => (silent.onClose = resolve));
    await closed;
    expect(silent.isOpen).toBe(false);
    expect(host.room.connection.isOpen).toBe(true);
    expect(await host.intent({ type: 'startSession' })).toMatchObject({ ok: true });
  }, 20_000);
});
