// Dropped sockets: the SDK's own reconnection returns to the same seat with a fresh snapshot; after the
// window a seat token still gets the same seat back; a removed seat is told so and cannot come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinError } from '../../server/bots/participant.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import {
  dropConnection,
  joinHost,
  joinStudent,
  reconnectionWindowClosed,
  rejoinSeat,
  seedSession,
  skipTo,
  startTestServer,
  type TestServer,
} from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  // A short window keeps the "after the window" case fast; production keeps 75 s.
  server = await startTestServer({
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
    limits: { reconnectSeconds: 2 },
  });
});
afterAll(async () => {
  await server?.close();
});

describe('reconnection', () => {
  it('a dropped socket comes back to the same seat with a fresh snapshot and plays on', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    await skipTo(host, 'deliberation');
    const seatId = ana.seatId!;
    // The SDK does not retry in the first 5 s after joining unless told otherwise.
    ana.room.reconnection.minUptime = 0;
    // The state under test: the host lists Ana as connected before the drop.
    await expect.poll(() => host.connected.includes(seatId)).toBe(true);
    let reconnected = false;
    ana.room.onReconnect(() => (reconnected = true));
    const snapshotsBefore = ana.received.filter((m) => m.type === 'snapshot').length;
    dropConnection(ana);
    await expect.poll(() => reconnected, { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => ana.received.filter((m) => m.type === 'snapshot').length, { timeout: 5_000 })
      .toBe(snapshotsBefore + 1);
    expect(ana.seatId).toBe(seatId);
    expect(ana.snapshot?.you?.seatId).toBe(seatId);
    expect(await ana.intent({ type: 'sendTeamMessage', text: 'back again' })).toMatchObject({ ok: true });
    await expect.poll(() => host.connected.includes(seatId)).toBe(true);
  }, 30_000);

  it('after the window, the seat token rejoins the same seat (as from a reloaded tab)', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ben = await joinStudent(server, session.code, 'Ben', { sdkReconnect: false });
    const { seatId, seatToken } = ben.seat!;
    await skipTo(host, 'deliberation');
    // Without this the drop below could pass unseen: the host must list Ben as connected first.
    await expect.poll(() => host.connected.includes(seatId)).toBe(true);
    dropConnection(ben);
    await expect.poll(() => host.connected.includes(seatId), { timeout: 5_000 }).toBe(false);
    await reconnectionWindowClosed(ben);
    const again = await rejoinSeat(server, session.code, seatToken);
    await again.waitFor((m) => m.type === 'snapshot');
    expect(again.snapshot?.you).toMatchObject({ seatId, name: 'Ben' });
    expect(again.received.some((m) => m.type === 'seat')).toBe(false);
    expect(await again.intent({ type: 'sendTeamMessage', text: 'reloaded' })).toMatchObject({ ok: true });
    // No second seat was created for Ben.
    const joins = (await server.store.readEntries(session.code)).filter((e) => e.command.type === 'joinSeat');
    expect(joins).toHaveLength(1);
  }, 30_000);

  it('a removed seat is told so, disconnected, and cannot rejoin', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const cat = await joinStudent(server, session.code, 'Cat');
    const { seatId, seatToken } = cat.seat!;
    expect(await host.intent({ type: 'removeSeat', seatId })).toMatchObject({ ok: true });
    await cat.waitFor((m) => m.type === 'removed');
    await expect.poll(() => cat.room.connection.isOpen).toBe(false);
    const refused = await rejoinSeat(server, session.code, seatToken).then(
      () => 'joined',
      (e: unknown) => (e instanceof JoinError ? e.code : String(e)),
    );
    expect(refused).toBe('rule/seat-removed');
  });

  it('removing one student leaves every other connection open and untold', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const cat = await joinStudent(server, session.code, 'Cat');
    const others = [await joinStudent(server, session.code, 'Dan'), await joinStudent(server, session.code, 'Eve')];
    await skipTo(host, 'deliberation');
    expect(await host.intent({ type: 'removeSeat', seatId: cat.seatId! })).toMatchObject({ ok: true });
    await cat.waitFor((m) => m.type === 'removed');
    // Each still speaks and is answered: a removal meant for Cat alone would have reached them before this reply.
    for (const p of others) {
      expect(await p.intent({ type: 'sendTeamMessage', text: 'still here' })).toMatchObject({ ok: true });
      expect(p.received.some((m) => m.type === 'removed')).toBe(false);
      expect(p.room.connection.isOpen).toBe(true);
    }
    expect(await host.intent({ type: 'pauseClock' })).toMatchObject({ ok: true });
    expect(host.received.some((m) => m.type === 'removed')).toBe(false);
  });
});
