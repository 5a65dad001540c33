// A class cut off mid-round by a restart is rebuilt into a live room from its stored record (the exact scenario
// and the rules version it started with) and played to its end under those rules, for every unfinished fixture.
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioContent } from '../../server/engines.ts';
import { hashSecret, newHostKey } from '../../server/store/secrets.ts';
import { loadEngine, loadFrozenEngine } from '../../shared/engines/registry.ts';
import { fixtureNames, fixtureScenario, readFixture } from '../fixtures/session-fixtures.ts';
import { joinHost, skipTo, startTestServer, type TestServer } from './harness.ts';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const unfinished = fixtureNames().filter((n) => n.endsWith('-unfinished'));

describe('an unfinished session after a restart', () => {
  it('has fixtures to test', () => expect(unfinished.length).toBeGreaterThan(0));

  for (const name of unfinished) {
    it(`${name}: is rebuilt where it stopped and finished under its own rules`, async () => {
      const { transcript, scenario: own } = readFixture(name);
      const { header, entries } = transcript;
      const engine = (await loadEngine(header.rulesVersion))!;
      const scenario = fixtureScenario(engine, transcript, own);
      const stopped = engine.replay(scenario, transcript).state;
      expect(stopped.phase).not.toBe('ended');

      // What the server's store held when the process died: the record, its scenario content, the entries.
      server = await startTestServer();
      const { hash, content } = scenarioContent(scenario);
      expect(hash).toBe(header.scenarioHash);
      await server.store.putScenario(hash, content);
      const hostKey = newHostKey();
      const at = header.createdAt;
      await server.store.createSession({
        code: header.code,
        header,
        hostKeyHash: hashSecret(hostKey),
        createdAt: at,
        updatedAt: at,
        ended: false,
        release: null,
      });
      await server.store.append(header.code, entries);

      const host = await joinHost(server, { code: header.code, hostKey });
      // The room picks up at the recorded moment; the recorded deadline has long passed, so its timer may already
      // have moved the phase on (a phaseTimeUp) by the time the host's snapshot is taken.
      expect(host.snapshot?.seq).toBeGreaterThanOrEqual(entries.length);
      expect(host.snapshot?.round).toBe(stopped.round);
      if (host.snapshot?.seq === entries.length) expect(host.phase).toBe(stopped.phase);
      await skipTo(host, 'ended', 60);
      await host.leave();

      const after = await server.store.readEntries(header.code);
      expect(after.slice(0, entries.length)).toEqual(entries);
      expect(after.length).toBeGreaterThan(entries.length);
      // The finished class replays to its end through the frozen engine of its version: it ran under those rules.
      const frozen = (await loadFrozenEngine(header.rulesVersion))!;
      const final = frozen.replay(scenario, { header, entries: after }).state;
      expect(final.phase).toBe('ended');
      expect(final.round).toBe(header.settings.rounds);
      expect((await server.store.getSession(header.code))?.ended).toBe(true);
      expect(server.logs).toEqual([]);
    }, 60_000);
  }
});
