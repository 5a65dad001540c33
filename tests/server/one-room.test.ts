// One live room per session on one process: every public matchmaking path (create, join, joinOrCreate,
// joinById, reconnect), tried at once, lands in the session's one room or is refused.
import { matchMaker } from '@colyseus/core';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, ROOM_NAME } from '../../shared/protocol/messages.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { seedSession, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined) });
});
afterAll(async () => {
  await server?.close();
});

type Outcome = { roomId: string } | { refused: string };
const outcome = (p: Promise<{ roomId: string }>): Promise<Outcome> =>
  p.then(
    (room) => ({ roomId: room.roomId }),
    (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) }),
  );

describe('one room per session', () => {
  it('every matchmaking path, tried concurrently, lands in the one room or is refused', async () => {
    const { code } = await seedSession(server.store, tinyScenario);
    const sdk = new Client(server.url);
    const projector = { role: 'projector' as const, protocol: PROTOCOL_VERSION, code };
    const first = await Promise.all([
      outcome(sdk.create(ROOM_NAME, projector)),
      outcome(sdk.create(ROOM_NAME, projector)),
      outcome(sdk.joinOrCreate(ROOM_NAME, projector)),
      outcome(sdk.joinOrCreate(ROOM_NAME, projector)),
      outcome(sdk.create(ROOM_NAME, projector)),
    ]);
    const rooms = new Set(first.flatMap((o) => ('roomId' in o ? [o.roomId] : [])));
    expect(rooms.size).toBe(1);
    const [roomId] = [...rooms] as [string];

    // With the room live: create is refused, the other paths land in it.
    const live = await sdk.joinById(roomId, projector);
    const later = await Promise.all([
      outcome(sdk.create(ROOM_NAME, projector)),
      outcome(sdk.create(ROOM_NAME, { ...projector, code: code.toLowerCase() })),
      outcome(sdk.join(ROOM_NAME, projector)),
      outcome(sdk.joinOrCreate(ROOM_NAME, projector)),
      outcome(sdk.joinById(roomId, projector)),
      outcome(sdk.reconnect(live.reconnectionToken)),
    ]);
    for (const o of later) if ('roomId' in o) expect(o.roomId).toBe(roomId);
    expect(later[0]).toHaveProperty('refused');
    expect(later[1]).toHaveProperty('refused');
    expect(later.slice(2).every((o) => 'roomId' in o)).toBe(true);
  });

  it('after the room closes, the session can open again (the claim is released)', async () => {
    const { code } = await seedSession(server.store, tinyScenario);
    const sdk = new Client(server.url);
    const options = { role: 'projector' as const, protocol: PROTOCOL_VERSION, code };
    const room = await sdk.joinOrCreate(ROOM_NAME, options);
    const firstId = room.roomId;
    await room.leave();
    // The room disposes once empty (wait for that, not for a time); then a new one may open for the same code.
    await expect.poll(() => matchMaker.getLocalRoomById(firstId), { timeout: 10_000 }).toBeUndefined();
    const again = await sdk.joinOrCreate(ROOM_NAME, options);
    expect(again.roomId).not.toBe(firstId);
    await again.leave();
  });
});
