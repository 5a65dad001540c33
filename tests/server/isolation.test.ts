// A throwing handler stays inside its room and its request: other rooms (and the same room's other
// players) keep playing, and the thrower gets a plain server-error reply instead of a dead socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RulesPort } from '../../server/rooms/services.ts';
import { applyCommand, needsSnapshot, redactEvents, scenarioFor, viewFor } from '../../shared/rules/index.ts';
import { replay } from '../../shared/transcript/replay.ts';
import { tinyScenario } from '../shared/rules/fixtures.ts';
import { joinHost, joinStudent, seedSession, skipTo, startTestServer, type TestServer } from './harness.ts';

/** Real rules with booby traps: chat text "boom" throws in the reducer, "boom-view" in the redaction. */
const trappedRules: RulesPort = {
  applyCommand(scenario, state, command) {
    if ('text' in command && command.text === 'boom') throw new Error('reducer trap');
    return applyCommand(scenario, state, command);
  },
  redactEvents(state, viewer, events) {
    if (events.some((e) => e.type === 'messageSent' && e.message.text === 'boom-view'))
      throw new Error('redaction trap');
    return redactEvents(state, viewer, events);
  },
  viewFor,
  needsSnapshot,
  scenarioFor,
  replay,
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    scenarioById: (id) => (id === tinyScenario.id ? tinyScenario : undefined),
    rules: trappedRules,
  });
});
afterAll(async () => {
  await server?.close();
});

describe('fault isolation', () => {
  it('a throwing handler takes down neither its room nor the others', async () => {
    const [one, two] = [await seedSession(server.store, tinyScenario), await seedSession(server.store, tinyScenario)];
    const host1 = await joinHost(server, one);
    const host2 = await joinHost(server, two);
    const a1 = await joinStudent(server, one.code, 'Ana');
    const b1 = await joinStudent(server, one.code, 'Ben');
    const a2 = await joinStudent(server, two.code, 'Ada');
    await skipTo(host1, 'deliberation');
    await skipTo(host2, 'deliberation');

    expect(await a1.intent({ type: 'sendTeamMessage', text: 'boom' })).toMatchObject({
      ok: false,
      error: 'protocol/server-error',
    });
    // Accepted and stored, but projecting it throws: still acknowledged, and the room goes on.
    expect(await a1.intent({ type: 'makeStatement', text: 'boom-view', commitment: null })).toMatchObject({ ok: true });
    expect(await a2.intent({ type: 'sendTeamMessage', text: 'room two is fine' })).toMatchObject({ ok: true });
    expect(await a1.intent({ type: 'makeStatement', text: 'room one is fine', commitment: null })).toMatchObject({
      ok: true,
    });
    await b1.waitFor(
      (m) =>
        m.type === 'events' && m.events.some((e) => e.type === 'messageSent' && e.message.text === 'room one is fine'),
    );
    expect(a1.room.connection.isOpen && b1.room.connection.isOpen && a2.room.connection.isOpen).toBe(true);
    expect(server.logs.some((l) => l.includes('rules threw'))).toBe(true);
    expect(server.logs.some((l) => l.includes('redactEvents threw'))).toBe(true);
    // The refused "boom" never reached the transcript; the accepted one did, once.
    const texts = (await server.store.readEntries(one.code)).flatMap((e) =>
      'text' in e.command ? [e.command.text] : [],
    );
    expect(texts).toEqual(['boom-view', 'room one is fine']);
  });
});
