// Fault: 10,000 malformed messages (random bytes, wrong types, oversized frames, unknown types, __proto__)
// from one attacker leave the room serving its honest clients, who are never disconnected.
import { randomBytes } from 'node:crypto';
import { Protocol } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTENT, type ServerMessage } from '../../shared/protocol/messages.ts';
import type { Participant } from '../../server/bots/participant.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, joinStudent, rejoinSeat, seedSession, skipTo, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  // The flood guard is covered in joins.test.ts; here it is lifted so all 10,000 frames reach the room.
  server = await startTestServer({
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
    limits: { maxMessagesPerSecond: 1_000_000 },
  });
});
afterAll(async () => {
  await server?.close();
});

/** A frame that starts like a request (so the room decodes it) and continues with garbage. */
const requestFrame = (n: number) => Buffer.concat([Buffer.from([Protocol.ROOM_REQUEST]), randomBytes(1 + (n % 120))]);
const dataFrame = (n: number) => Buffer.concat([Buffer.from([Protocol.ROOM_DATA]), randomBytes(1 + (n % 60))]);
const junkFrame = (n: number) => randomBytes(1 + (n % 200));

const WRONG_INTENTS: unknown[] = [
  42,
  'sendTeamMessage',
  null,
  [],
  { type: 'sendTeamMessage' },
  { type: 'sendTeamMessage', text: 7 },
  { type: 'sendTeamMessage', text: 'x'.repeat(501) },
  { type: 'sendTeamMessage', text: '' },
  { type: 'proposeMove', moveId: 'talk', target: 5, rationale: 'r' },
  { type: 'startSession' },
  { type: 'removeSeat', seatId: 'x' },
  { type: 'approveProposal', proposalId: '../../etc' },
  { type: 'sendTeamMessage', text: 'ok', extra: true },
  { type: 'makeStatement', text: 'x', commitment: { kind: 'pledge', target: 'south', extra: 1 } },
];
const PROTO_INTENTS: unknown[] = [
  JSON.parse('{"__proto__": {"type": "sendTeamMessage", "text": "polluted"}}'),
  JSON.parse('{"type": "__proto__", "text": "x"}'),
  JSON.parse('{"type": "constructor"}'),
  JSON.parse('{"type": "toString"}'),
  JSON.parse('{"type": "sendTeamMessage", "text": "x", "__proto__": {"by": {"kind": "host"}}}'),
];

describe('malformed input', () => {
  it('10,000 malformed messages leave the room serving its honest clients', async () => {
    const session = await seedSession(server.store, tinyScenario);
    const host = await joinHost(server, session);
    const ana = await joinStudent(server, session.code, 'Ana');
    const ben = await joinStudent(server, session.code, 'Ben');
    let mallory: Participant = await joinStudent(server, session.code, 'Mallory', { sdkReconnect: false });
    const seatMessage = await mallory.waitFor((m): m is Extract<ServerMessage, { type: 'seat' }> => m.type === 'seat');
    const token = seatMessage.seatToken;
    await skipTo(host, 'deliberation');
    let honestDrops = 0;
    for (const p of [host, ana, ben]) p.room.onLeave(() => honestDrops++);
    const anaSession = ana.room.sessionId;

    let sent = 0;
    let rejoins = 0;
    const ensureConnected = async () => {
      if (mallory.room.connection.isOpen) return;
      rejoins++;
      mallory = await rejoinSeat(server, session.code, token, { record: false, sdkReconnect: false });
    };
    const probes: string[] = [];
    const probe = async () => {
      const text = `probe-${probes.length}`;
      probes.push(text);
      expect(await ana.intent({ type: 'makeStatement', text, commitment: null })).toMatchObject({ ok: true });
    };
    const send = async (n: number, frame: (i: number) => void, pace = 50) => {
      for (let i = 0; i < n; i++) {
        await ensureConnected();
        if (i % pace === 0) {
          // A round trip paces the attacker and tells whether it was kicked (then it rejoins by token).
          await mallory.intent({ type: 'sendTeamMessage', text: 7 } as never, 2000).catch(() => undefined);
          await ensureConnected();
        }
        if (i % 500 === 0) await probe();
        frame(i);
        sent++;
      }
    };
    const raw = (bytes: Uint8Array) => mallory.room.connection.send(bytes);

    await send(5000, (i) => raw(requestFrame(i)));
    await send(600, (i) => raw(junkFrame(i)));
    await send(200, (i) => raw(dataFrame(i)));
    await send(
      2000,
      (i) => void mallory.room.request(INTENT, WRONG_INTENTS[i % WRONG_INTENTS.length]).catch(() => undefined),
    );
    await send(1000, (i) =>
      i % 2
        ? mallory.room.send(`unknown-${i}`, { i })
        : void mallory.room.request(`unknown-${i}`, { i }).catch(() => undefined),
    );
    await send(1100, (i) => {
      if (i % 3 === 0) mallory.room.send('__proto__', { i });
      else void mallory.room.request(INTENT, PROTO_INTENTS[i % PROTO_INTENTS.length]).catch(() => undefined);
    });
    // Each oversized frame makes the server close the socket (maxPayload), so wait for that every time.
    await send(100, () => raw(randomBytes(20 * 1024)), 1);
    expect(sent).toBe(10_000);

    // The honest ones are still here, on their first connection, and play on.
    await probe();
    await ben.waitFor(
      (m) => m.type === 'events' && m.events.some((e) => e.type === 'messageSent' && e.message.text === probes.at(-1)),
    );
    const seen = new Set(ben.events().flatMap((e) => (e.type === 'messageSent' ? [e.message.text] : [])));
    for (const text of probes) expect(seen.has(text)).toBe(true);
    expect(honestDrops).toBe(0);
    expect(ana.room.sessionId).toBe(anaSession);
    expect(await ben.intent({ type: 'sendTeamMessage', text: 'still here' })).toMatchObject({ ok: true });
    // Nothing malformed reached the transcript: only joins, flow commands and the honest statements.
    const entries = await server.store.readEntries(session.code);
    const texts = entries.flatMap((e) => ('text' in e.command ? [e.command.text] : []));
    expect(texts.filter((t) => t !== 'still here' && !t.startsWith('probe-'))).toEqual([]);
    expect(server.logs.filter((l) => l.includes('uncaught'))).toEqual([]);
    console.log(`malformed: ${sent} frames sent, attacker rejoined ${rejoins} times`);
  }, 120_000);
});
