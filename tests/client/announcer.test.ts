// The one polite announcer: which line each change of state deserves, and the clock's warnings.
import { describe, expect, it } from 'vitest';
import { announcementsFor, clockWarnings, durationWords } from '../../client/panels/announcer.ts';
import { gateReason, timeLeftText } from '../../client/panels/now.ts';
import { ownReflection } from '../../client/state/extra-time.ts';
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
    expect(durationWords(1_348_600)).toBe('22 minutes 30 seconds');
  });

  describe('a student with extra time (+50% on a 60-second reflection)', () => {
    const extra = { s1: { percent: 50, reflectionMs: 30_000 } };
    const reflecting = makeView({
      phase: 'reflection',
      round: 2,
      reflectionPrompt: 'What changed?',
      clock: { endsAt: 100_000, remainingMs: null, paused: false },
      extraTime: extra,
    });

    it('hears the teacher give it and take it away', () => {
      const given = makeView({ extraTime: extra });
      expect(announcementsFor('student', at(makeView()), at(given), 0)).toEqual([
        'Your teacher gave you extra time for your reflection: 50% more.',
      ]);
      expect(announcementsFor('student', at(given), at(makeView({ extraTime: {} })), 0)).toEqual([
        'Your extra time was removed.',
      ]);
    });

    it('hears and sees their own reflection time, and the warnings for it instead of the class’s', () => {
      const before = makeView({ phase: 'resolution', round: 2, extraTime: extra });
      expect(announcementsFor('student', at(before), at(reflecting), 40_000)[0]).toBe(
        'Reflection · Round 2 started: 90 seconds for you, with your extra time.',
      );
      expect(timeLeftText(reflecting, 40_000)).toBe('1:30 left for your reflection');
      expect(ownReflection(reflecting, 40_000)).toMatchObject({ kind: 'phase', leftMs: 90_000, endsAt: 130_000 });
      // The class's minute mark passes silently for them; theirs is said.
      expect(clockWarnings(reflecting, 39_500, 40_500)).toEqual([]);
      expect(clockWarnings(reflecting, 69_500, 70_500)).toEqual(['One minute left for your reflection.']);
      expect(clockWarnings(reflecting, 119_500, 120_500)).toEqual(['Ten seconds left for your reflection.']);
      // Answered: back to the class's clock.
      const answered = makeView({
        ...reflecting,
        reflections: [{ round: 2, seatId: 's1', delegation: 'seoul', prompt: 'What changed?', text: 'x' }],
      });
      expect(ownReflection(answered, 40_000)).toBeNull();
      expect(timeLeftText(answered, 40_000)).toBe('1:00 left');
    });

    it('keeps their reflection open after the class moves on, and says so once', () => {
      const deadline = { seatId: 's1', round: 2, until: 130_000 };
      const news = makeView({
        phase: 'news',
        round: 3,
        clock: { endsAt: 130_000, remainingMs: null, paused: true },
        extraTime: extra,
        personalDeadlines: [deadline],
      });
      expect(announcementsFor('student', at(reflecting), at(news), 100_000)).toContain(
        'Your reflection stays open for 30 seconds more.',
      );
      expect(announcementsFor('student', at(news), at({ ...news, messages: [] }), 101_000)).toEqual([]);
      // Open even while the class is paused, closed after the deadline.
      expect(gateReason('submitReflection', { view: news, status: 'online' }, 120_000)).toBeNull();
      expect(gateReason('submitReflection', { view: news, status: 'online' }, 130_001)).not.toBeNull();
      expect(gateReason('sendTeamMessage', { view: news, status: 'online' }, 120_000)).not.toBeNull();
      expect(clockWarnings(news, 119_500, 120_500)).toEqual(['Ten seconds left for your reflection.']);
    });

    it('a classmate without extra time hears none of it', () => {
      const other = (v: ReturnType<typeof makeView>) =>
        makeView({ ...v, you: { seatId: 's2', name: 'Bold Fox', delegation: 'seoul' }, extraTime: {} });
      expect(ownReflection(other(reflecting), 40_000)).toBeNull();
      expect(timeLeftText(other(reflecting), 40_000)).toBe('1:00 left');
    });
  });
});
