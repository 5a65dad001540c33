// News that alarms the region alarms rivals about each other, never allies: round 1's test preparations in the Korean
// scenario raise the threat Washington and Seoul feel from Pyongyang, Beijing and Moscow (and back), and leave
// Washington–Seoul, Beijing–Pyongyang, Moscow–Pyongyang and Beijing–Moscow (allies in `params.allies`) alone.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { getScenario } from '../../../shared/scenario/catalog.ts';
import { join, lobby, play, skip, start } from '../rules/fixtures.ts';

const korea = getScenario('korea')!;

const allied = (a: string, b: string) =>
  (korea.params.allies[a]?.[b] ?? 0) > 0 || (korea.params.allies[b]?.[a] ?? 0) > 0;

describe('news with a tension nudge', () => {
  it('raises the threat between rivals and not between allies, and tension by about the nudge', () => {
    const { state, events } = play(
      lobby({ rounds: 2 }, korea),
      [join('w1', 'W', 'washington'), start(), skip()],
      korea,
    );
    const spec = korea.news.find((n) => n.trigger.kind === 'scheduled' && n.trigger.round === 1)!;
    expect(spec.effects?.tension).toBeGreaterThan(0);
    const byNews = events.filter(
      (e): e is Extract<GameEvent, { type: 'meterChanged' }> =>
        e.type === 'meterChanged' && e.cause.code === 'news' && e.meter.kind === 'threat',
    );
    const pairs = byNews.map((e) => (e.meter.kind === 'threat' ? [e.meter.from, e.meter.to] : []) as [string, string]);
    // Every rival pair rose, in both directions; no allied pair moved.
    const ids = korea.delegations.map((d) => d.id);
    const rivals = ids.flatMap((a) => ids.filter((b) => b !== a && !allied(a, b)).map((b) => [a, b]));
    expect(pairs.sort()).toEqual(rivals.sort());
    expect(byNews.every((e) => e.to > e.from)).toBe(true);
    for (const [a, b] of [
      ['washington', 'seoul'],
      ['seoul', 'washington'],
      ['beijing', 'pyongyang'],
      ['pyongyang', 'moscow'],
    ] as const)
      expect(state.meters.threat[a]?.[b], `${a} → ${b}`).toBe(korea.initial.threat[a]?.[b]);
    // The aggregate still moves by the nudge (within the meters' one-decimal rounding).
    const tension = events.find(
      (e): e is Extract<GameEvent, { type: 'meterChanged' }> => e.type === 'meterChanged' && e.meter.kind === 'tension',
    )!;
    expect(Math.abs(tension.to - tension.from - spec.effects!.tension!)).toBeLessThanOrEqual(0.2);
  });
});
