// The one polite announcer: which line each change of state deserves, and the clock's warnings.
import { describe, expect, it } from 'vitest';
import { announcementsFor, clockWarnings, durationWords } from '../../client/panels/announcer.ts';
import { makeScenarioView, makeView } from './fixtures.ts';

const scenario = makeScenarioView();
const at = (view: ReturnType<typeof makeView>) => ({ view, scenario });

describe('the announcer', () => {
  it('says which delegation a student joined, and when the teacher moves them', () => {
    expect(announcementsFor('student', null, at(makeView()), 0)).toEqual(['You joined Seoul.']);
    const moved = makeView({ you: { seatId: 's1', name: 'Calm Heron', delegation: 'pyongyang' } });
    expect(announcementsFor('student', at(makeView()), at(moved), 0)).toEqual(['The teacher moved you to Pyongyang.']);
  });

  it('says a phase started and how long it lasts', () => {
    const before = makeView({ phase: 'news', round: 2 });
    const after = makeView({
      phase: 'deliberation',
      round: 2,
      clock: { endsAt: 240_000, remainingMs: null, paused: false },
    });
    expect(announcementsFor('student', at(before), at(after), 0)).toEqual([
      'Deliberation · Round 2 started: 4 minutes.',
    ]);
  });

  it('says paused and resumed, once each', () => {
    const running = makeView();
    const paused = makeView({ clock: { endsAt: null, remainingMs: 30_000, paused: true } });
    expect(announcementsFor('student', at(running), at(paused), 0)).toEqual(['The teacher paused the clock.']);
    expect(announcementsFor('student', at(paused), at(running), 0)).toEqual(['The clock is running again.']);
    expect(announcementsFor('student', at(running), at(makeView({ messages: [] })), 0)).toEqual([]);
  });

  it('sums up a resolution in one line, and reads the reflection prompt', () => {
    const before = makeView({ phase: 'decision', round: 2 });
    const resolved = makeView({
      phase: 'resolution',
      round: 2,
      meters: { ...before.meters, tension: before.meters.tension + 5 },
      moves: [{ round: 2, delegation: 'seoul', moveId: 'drill', target: null, covert: false, byBot: false }] as never,
    });
    const [line] = announcementsFor('student', at(before), at(resolved), 0);
    expect(line).toMatch(/^Round 2 resolved: 1 moves revealed\. Tension \d+, up 5, /);
    const reflection = makeView({ phase: 'reflection', round: 2, reflectionPrompt: 'What changed?' });
    expect(announcementsFor('student', at(resolved), at(reflection), 0)).toContain(
      'Reflection question: What changed?',
    );
  });

  it('warns at one minute and ten seconds left, once each, and not while paused', () => {
    const view = makeView({ clock: { endsAt: 100_000, remainingMs: null, paused: false } });
    expect(clockWarnings(view, 39_500, 40_500)).toEqual(['One minute left.']);
    expect(clockWarnings(view, 40_500, 41_500)).toEqual([]);
    expect(clockWarnings(view, 89_500, 90_500)).toEqual(['Ten seconds left.']);
    expect(
      clockWarnings(makeView({ clock: { endsAt: 100_000, remainingMs: 60_000, paused: true } }), 39_500, 40_500),
    ).toEqual([]);
    expect(durationWords(90_000)).toBe('90 seconds');
    expect(durationWords(898_400)).toBe('15 minutes');
  });
});
