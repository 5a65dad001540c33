// The room redacts once per audience key instead of once per connection, so a key must never group two viewers
// whose redactions differ: over every step of recorded sessions, every viewer (host, projector, each seat, a
// removed or unknown seat) sharing a key gets exactly the same events as the first viewer with that key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { audienceKey, redactEvents } from '../../../shared/rules/views.ts';
import { getScenario } from '../../../shared/scenario/catalog.ts';
import { replaySteps } from '../../../shared/transcript/replay.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { cmd, deliberating, HOST, play, skip } from './fixtures.ts';

const sessions = ['rules-v4-finished', 'rules-v4-unfinished'];

describe('audienceKey', () => {
  for (const name of sessions) {
    it(`groups only viewers with identical redactions (${name})`, () => {
      const url = new URL(`../../fixtures/sessions/${name}.json`, import.meta.url);
      const transcript = JSON.parse(readFileSync(url, 'utf8')) as Transcript;
      const scenario = getScenario(transcript.header.scenarioId)!;
      let steps = 0;
      let shared = 0;
      const keys = new Set<string>();
      replaySteps(scenario, transcript, ({ state, events }) => {
        steps++;
        const viewers: Viewer[] = [
          { kind: 'host' },
          { kind: 'projector' },
          { kind: 'seat', seatId: 'nobody' },
          ...Object.keys(state.seats).map((seatId): Viewer => ({ kind: 'seat', seatId })),
        ];
        const first = new Map<string, string>();
        for (const viewer of viewers) {
          const key = audienceKey(state, viewer, events);
          keys.add(key);
          const seen = JSON.stringify(redactEvents(state, viewer, events));
          const earlier = first.get(key);
          if (earlier === undefined) first.set(key, seen);
          else {
            shared++;
            expect(seen, `${key} at seq ${state.seq}`).toBe(earlier);
          }
        }
      });
      expect(steps).toBeGreaterThan(10);
      expect(shared).toBeGreaterThan(steps);
      expect([...keys].some((k) => k.startsWith('delegation:'))).toBe(true);
    });
  }

  it('never groups a student with extra time with a teammate when the class’s reflection closes', () => {
    // One batch: her own deadline (hers and the teacher's alone) and the next phase (everyone's).
    const given = play(deliberating({ rounds: 3 }), [
      cmd({ type: 'setExtraTime', by: HOST, seatId: 'n1', percent: 50 }),
      skip(),
      skip(),
      skip(),
    ]).state;
    const { state, events } = play(given, [skip()]);
    expect(events.map((e) => e.type)).toContain('personalDeadlineSet');
    expect(events.map((e) => e.type)).toContain('phaseChanged');
    const nora: Viewer = { kind: 'seat', seatId: 'n1' };
    const teammate: Viewer = { kind: 'seat', seatId: 'n2' };
    expect(audienceKey(state, nora, events)).not.toBe(audienceKey(state, teammate, events));
    const seen = (viewer: Viewer) => redactEvents(state, viewer, events).map((e) => e.type);
    expect(seen(nora)).toContain('personalDeadlineSet');
    expect(seen(teammate)).not.toContain('personalDeadlineSet');
  });
});
