// Extra time for one student (an accommodation), as a classroom uses it: the teacher gives Nora time and a half;
// the class's reflection closes and moves on to the next round's news, Nora's stays open for her extra time and
// then closes; nobody but Nora and the teacher ever learns of it, and the view folded from events agrees.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { applyEventsToView } from '../../../shared/rules/view-fold.ts';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { redactEvents, viewFor } from '../../../shared/rules/views.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { cmd, deliberating, HOST, play, seat, skip, SYSTEM, tinyScenario } from './fixtures.ts';

const T0 = 1_000_000;
const reflectionSeconds = 60;
const give = (seatId: string, percent: number, at = T0) => cmd({ type: 'setExtraTime', by: HOST, seatId, percent, at });
const reflect = (seatId: string, text: string, at: number) =>
  cmd({ type: 'submitReflection', by: seat(seatId), text, at });
const timeUp = (state: GameState, at: number) =>
  cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: state.phase, round: state.round, at });

/** Deliberation of round 1 → reflection of round 1 (skips), with n1 given `percent` extra time. */
function inReflection(percent: number, rounds = 3): GameState {
  const start = deliberating({ rounds, phaseSeconds: { ...deliberating().settings.phaseSeconds, reflection: 60 } });
  const given = percent > 0 ? play(start, [give('n1', percent)]).state : start;
  const state = play(given, [skip(), skip(), skip()]).state; // decision, resolution, reflection
  expect(state.phase).toBe('reflection');
  return state;
}

describe('extra time for one student', () => {
  it('keeps the reflection open on her own deadline after the class moves on, then closes it', () => {
    const state = inReflection(50);
    const closesAt = state.clock.endsAt!;
    const moved = applyCommand(tinyScenario, state, timeUp(state, closesAt));
    if (!moved.ok) throw new Error(moved.error);
    expect(moved.state.phase).toBe('news');
    expect(moved.state.round).toBe(2);
    const until = closesAt + reflectionSeconds * 500;
    expect(moved.state.personalDeadlines).toEqual([{ seatId: 'n1', round: 1, until }]);
    expect(moved.events).toContainEqual({ type: 'personalDeadlineSet', deadline: { seatId: 'n1', round: 1, until } });

    // Everybody else missed it; Nora has not.
    expect(applyCommand(tinyScenario, moved.state, reflect('n2', 'Late', closesAt + 1000))).toMatchObject({
      ok: false,
      error: 'rule/wrong-phase',
    });
    const late = applyCommand(tinyScenario, moved.state, reflect('n1', 'My late thought', until));
    expect(late.ok).toBe(true);
    expect(late.state.reflections.at(-1)).toMatchObject({ round: 1, seatId: 'n1', text: 'My late thought' });
    expect(late.state.reflections.at(-1)?.prompt).toBe(tinyScenario.reflectionPrompts[0]);
    expect(late.state.personalDeadlines).toEqual([]);
    // Once is enough, and after her deadline the reflection is closed.
    expect(applyCommand(tinyScenario, late.state, reflect('n1', 'Again', until))).toMatchObject({ ok: false });
    expect(applyCommand(tinyScenario, moved.state, reflect('n1', 'Too late', until + 1))).toMatchObject({
      ok: false,
      error: 'rule/wrong-phase',
    });
  });

  it('her late reflection closes her deadline on her screen and the teacher’s; another student’s stays open', () => {
    const start = deliberating({ rounds: 3 });
    const given = play(start, [give('n1', 50), give('s1', 50), skip(), skip(), skip()]).state; // → reflection
    const moved = play(given, [timeUp(given, given.clock.endsAt!)]).state; // → next round's news
    const nora = moved.personalDeadlines.find((d) => d.seatId === 'n1')!;
    expect(moved.personalDeadlines.map((d) => d.seatId).sort()).toEqual(['n1', 's1']);
    const { state: after, events } = play(moved, [reflect('n1', 'My late thought', nora.until)]);
    for (const viewer of [
      { kind: 'host' },
      { kind: 'seat', seatId: 'n1' },
      { kind: 'seat', seatId: 's1' },
    ] as Viewer[]) {
      const folded = applyEventsToView(
        tinyScenario,
        viewFor(tinyScenario, moved, viewer),
        redactEvents(after, viewer, events),
      );
      const fresh = viewFor(tinyScenario, after, viewer);
      expect({ ...folded, seq: 0 }, JSON.stringify(viewer)).toEqual({ ...fresh, seq: 0 });
    }
    const host = viewFor(tinyScenario, after, { kind: 'host' });
    expect(host.personalDeadlines?.map((d) => d.seatId)).toEqual(['s1']);
  });

  it('every screen follows extra time given, changed and taken away, and deadlines over two rounds', () => {
    const viewers: Viewer[] = [
      { kind: 'host' },
      { kind: 'seat', seatId: 'n1' },
      { kind: 'seat', seatId: 's1' },
      { kind: 'seat', seatId: 'e1' },
    ];
    let state = deliberating({ rounds: 3 });
    const views = new Map(viewers.map((v) => [v, viewFor(tinyScenario, state, v)]));
    const step = (command: Command) => {
      const result = applyCommand(tinyScenario, state, command);
      if (!result.ok) throw new Error(`${command.type}: ${result.error}`);
      state = result.state;
      for (const viewer of viewers) {
        const folded = applyEventsToView(tinyScenario, views.get(viewer)!, redactEvents(state, viewer, result.events));
        views.set(viewer, folded);
        const fresh = viewFor(tinyScenario, state, viewer);
        expect({ ...folded, seq: 0 }, `${JSON.stringify(viewer)} after ${command.type}`).toEqual({ ...fresh, seq: 0 });
      }
    };
    // Three students get extra time; one loses it again before the reflection.
    for (const [seatId, percent] of [
      ['n1', 50],
      ['s1', 50],
      ['e1', 100],
      ['e1', 0],
    ] as const)
      step(give(seatId, percent));
    for (let round = 1; round <= 2; round++) {
      while (state.phase !== 'reflection') step(skip());
      // Nora (n1) never answers, so round 2 opens her a new deadline in place of round 1's.
      step(timeUp(state, state.clock.endsAt!));
    }
    expect(state.personalDeadlines.map((d) => [d.seatId, d.round])).toEqual([
      ['n1', 2],
      ['s1', 2],
    ]);
    expect(views.get(viewers[0]!)?.extraTime).toEqual({
      n1: { percent: 50, reflectionMs: expect.any(Number) },
      s1: { percent: 50, reflectionMs: expect.any(Number) },
    });
  });

  it('her own time runs even while the teacher pauses the class', () => {
    const state = inReflection(100);
    const moved = play(state, [timeUp(state, T0 + 5000), cmd({ type: 'pauseClock', by: HOST, at: T0 + 6000 })]).state;
    expect(moved.clock.paused).toBe(true);
    expect(applyCommand(tinyScenario, moved, reflect('n1', 'Still mine', T0 + 7000)).ok).toBe(true);
  });

  it('opens no deadline for a student who already answered, or who has no extra time', () => {
    const answered = play(inReflection(50), [reflect('n1', 'On time', T0 + 100)]).state;
    expect(play(answered, [skip()]).state.personalDeadlines).toEqual([]);
    expect(play(inReflection(0), [skip()]).state.personalDeadlines).toEqual([]);
  });

  it('during the next reflection the class’s own question comes first', () => {
    const state = inReflection(200);
    const moved = play(state, [skip(), skip(), skip(), skip(), skip()]).state; // round 2's reflection
    expect([moved.phase, moved.round]).toEqual(['reflection', 2]);
    const answered = play(moved, [reflect('n1', 'Round two', T0 + 10)]).state;
    expect(answered.reflections.at(-1)).toMatchObject({ round: 2 });
    const then = play(answered, [reflect('n1', 'Round one at last', T0 + 20)]).state;
    expect(then.reflections.at(-1)).toMatchObject({ round: 1, text: 'Round one at last' });
  });

  it('outlasts the end of the session: the last round’s reflection can still be finished', () => {
    const state = inReflection(50, 1);
    const ended = play(state, [timeUp(state, state.clock.endsAt!)]).state;
    expect(ended.phase).toBe('ended');
    expect(ended.personalDeadlines).toHaveLength(1);
    expect(applyCommand(tinyScenario, ended, reflect('n1', 'After the end', state.clock.endsAt! + 1000)).ok).toBe(true);
    // Nothing else is accepted after the end.
    expect(applyCommand(tinyScenario, ended, reflect('n2', 'Me too', state.clock.endsAt! + 1000))).toMatchObject({
      ok: false,
      error: 'rule/session-ended',
    });
    // The teacher ending the session during the reflection keeps her time too.
    const endedByTeacher = play(state, [cmd({ type: 'endSession', by: HOST, at: T0 + 2000 })]).state;
    expect(endedByTeacher.personalDeadlines).toEqual([{ seatId: 'n1', round: 1, until: T0 + 2000 + 30_000 }]);
  });

  it('refuses a bad percentage or an unknown or removed student', () => {
    const state = deliberating();
    for (const percent of [-1, 201, 12.5, Number.NaN])
      expect(applyCommand(tinyScenario, state, give('n1', percent))).toMatchObject({
        ok: false,
        error: 'rule/extra-time-invalid',
      });
    expect(applyCommand(tinyScenario, state, give('nobody', 50))).toMatchObject({ error: 'rule/seat-unknown' });
    const removed = play(state, [cmd({ type: 'removeSeat', by: HOST, seatId: 'n1' })]).state;
    expect(applyCommand(tinyScenario, removed, give('n1', 50))).toMatchObject({ error: 'rule/seat-removed' });
    // 0 takes it away.
    const given = play(state, [give('n1', 100)]).state;
    expect(given.extraTime).toEqual({ n1: 100 });
    expect(play(given, [give('n1', 0)]).state.extraTime).toEqual({});
  });

  it('only the student and the teacher learn of it; the folded view matches the projection', () => {
    const viewers: Viewer[] = [
      { kind: 'host' },
      { kind: 'projector' },
      { kind: 'seat', seatId: 'n1' },
      { kind: 'seat', seatId: 'n2' },
      { kind: 'seat', seatId: 's1' },
    ];
    const before = deliberating({ rounds: 3 });
    const commands = [give('n1', 50), skip(), skip(), skip()];
    const { state: inRefl, events: first } = play(before, commands);
    const { state: after, events: second } = play(inRefl, [skip()]);
    const events: GameEvent[] = [...first, ...second];
    for (const viewer of viewers) {
      const seen = redactEvents(after, viewer, events);
      const private_ = seen.filter((e) => e.type === 'extraTimeSet' || e.type === 'personalDeadlineSet');
      const entitled = viewer.kind === 'host' || (viewer.kind === 'seat' && viewer.seatId === 'n1');
      expect(private_.length, JSON.stringify(viewer)).toBe(entitled ? 2 : 0);
      const view = viewFor(tinyScenario, after, viewer);
      expect(Object.keys(view.extraTime ?? {})).toEqual(entitled ? ['n1'] : []);
      expect(view.personalDeadlines?.length).toBe(entitled ? 1 : 0);
      expect(JSON.stringify(seen)).toContain(entitled ? 'n1' : '');
      const folded = applyEventsToView(tinyScenario, viewFor(tinyScenario, before, viewer), seen);
      expect({ ...folded, seq: 0 }).toEqual({ ...view, seq: 0 });
    }
    expect(viewFor(tinyScenario, after, { kind: 'seat', seatId: 'n1' }).extraTime?.n1).toEqual({
      percent: 50,
      reflectionMs: 30_000,
    });
  });
});
