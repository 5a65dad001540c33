// The teacher's controls at their edges, as a class meets them: extending by the smallest and largest amounts the
// dashboard offers, a typed news item with and without a body, a scenario item the teacher releases, and a second
// crisis hold after the teacher paused the clock (leaving it must not restart a clock the teacher stopped).
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import { LIMITS } from '../../../shared/rules/commands.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { cmd, deliberating, HOST, play, tinyScenario } from './fixtures.ts';

const refusal = (state: GameState, command: Parameters<typeof cmd>[0]) => {
  const result = applyCommand(tinyScenario, state, cmd(command));
  return result.ok ? null : result.error;
};

describe('extending the phase', () => {
  it('accepts one second and the most the dashboard offers; refuses none, more, and fractions', () => {
    const s = deliberating();
    const endsAt = s.clock.endsAt!;
    for (const seconds of [1, LIMITS.extendSecondsMax]) {
      const r = play(s, [cmd({ type: 'extendPhase', by: HOST, seconds })]);
      expect(r.state.clock.endsAt).toBe(endsAt + seconds * 1000);
    }
    for (const seconds of [0, -5, LIMITS.extendSecondsMax + 1, 1.5])
      expect(refusal(s, { type: 'extendPhase', by: HOST, seconds }), String(seconds)).toBe('rule/extend-invalid');
  });
});

describe("the teacher's own news", () => {
  it('without a body has an empty body; a body is trimmed; the longest body passes and one more character does not', () => {
    const s = deliberating();
    const bare = play(s, [cmd({ type: 'injectNews', by: HOST, headline: 'Ceasefire talks' })]);
    expect(bare.state.news.at(-1)).toMatchObject({ headline: 'Ceasefire talks', body: '', source: 'teacher' });
    const trimmed = play(s, [cmd({ type: 'injectNews', by: HOST, headline: 'Talks', body: '  at noon  ' })]);
    expect(trimmed.state.news.at(-1)?.body).toBe('at noon');
    const longest = 'x'.repeat(LIMITS.newsBodyMax);
    expect(
      play(s, [cmd({ type: 'injectNews', by: HOST, headline: 'Long', body: longest })]).state.news.at(-1)?.body,
    ).toBe(longest);
    expect(refusal(s, { type: 'injectNews', by: HOST, headline: 'Long', body: `${longest}x` })).toBe(
      'rule/text-too-long',
    );
  });

  it('without a headline (and no scenario item named) is refused as empty', () => {
    expect(refusal(deliberating(), { type: 'injectNews', by: HOST, body: 'No headline' })).toBe('rule/text-empty');
  });

  it("a scenario item the teacher releases is marked as the teacher's", () => {
    const r = play(deliberating(), [cmd({ type: 'injectNews', by: HOST, newsId: 'storm' })]);
    expect(r.state.news.at(-1)).toMatchObject({ id: expect.stringContaining('storm'), source: 'teacher' });
  });
});

describe('a second crisis hold', () => {
  it('leaves a clock the teacher paused between the holds paused', () => {
    const s = deliberating();
    // The first hold froze a running clock (as applyCommand does when a resolution starts one).
    const frozen: GameState = {
      ...s,
      crisisHold: true,
      holdPausedClock: true,
      clock: { endsAt: null, remainingMs: 30_000, paused: true },
    };
    const resumed = play(frozen, [cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' })]).state;
    expect(resumed.clock.paused).toBe(false);
    expect(resumed.holdPausedClock).toBe(false);
    const paused = play(resumed, [cmd({ type: 'pauseClock', by: HOST })]).state;
    // The second hold finds the clock already stopped by the teacher, so it does not claim it.
    const second: GameState = { ...paused, crisisHold: true };
    const after = play(second, [cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' })]);
    expect(after.state.clock.paused).toBe(true);
    expect(after.events.map((e) => e.type)).toEqual(['crisisHoldEnded']);
  });
});
