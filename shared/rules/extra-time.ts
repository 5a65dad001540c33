// Extra time for one student (an accommodation): the teacher's command, the student's own reflection deadline
// opened when the class's reflection closes, and whether a late reflection is still in time.
// Phases are shared by the class, so only individual work is extended: the reflection. Proposals and approvals
// feed the delegation's move, fixed for everyone at the class's decision deadline. Must not import anything impure.
import { LIMITS } from './commands.ts';
import type { GameEvent } from './events.ts';
import type { Handler } from './handler.ts';
import type { Step } from './phases.ts';
import { actingSeat } from './seats.ts';
import type { GameState, PersonalDeadline, SeatId } from './types.ts';

/** The extra milliseconds a percentage gives on the reflection phase as set (not as the teacher extended it). */
export function extraReflectionMs(state: GameState, percent: number): number {
  return Math.round((state.settings.phaseSeconds.reflection * 1000 * percent) / 100);
}

export const setExtraTime: Handler<'setExtraTime'> = (_scenario, state, cmd) => {
  if (!Number.isInteger(cmd.percent) || cmd.percent < 0 || cmd.percent > LIMITS.extraTimePercentMax)
    return { error: 'rule/extra-time-invalid' };
  const found = actingSeat(state, cmd.seatId);
  if ('error' in found) return found;
  const extraTime = { ...state.extraTime };
  if (cmd.percent === 0) delete extraTime[cmd.seatId];
  else extraTime[cmd.seatId] = cmd.percent;
  return {
    state: { ...state, extraTime },
    events: [
      {
        type: 'extraTimeSet',
        seatId: cmd.seatId,
        percent: cmd.percent,
        reflectionMs: extraReflectionMs(state, cmd.percent),
      },
    ],
  };
};

/**
 * The class's reflection phase closes at `at`: every present student with extra time who has not answered keeps
 * their reflection open for their extra time from now (a deadline only they and the teacher learn of).
 */
export function openPersonalDeadlines(state: GameState, at: number): Step {
  if (state.phase !== 'reflection') return { state, events: [] };
  const opened: PersonalDeadline[] = [];
  for (const [seatId, percent] of Object.entries(state.extraTime)) {
    const seat = state.seats[seatId];
    if (!seat || seat.removed || percent <= 0) continue;
    if (state.reflections.some((r) => r.round === state.round && r.seatId === seatId)) continue;
    opened.push({ seatId, round: state.round, until: at + extraReflectionMs(state, percent) });
  }
  if (opened.length === 0) return { state, events: [] };
  const kept = state.personalDeadlines.filter((d) => !opened.some((o) => o.seatId === d.seatId));
  const events: GameEvent[] = opened.map((deadline) => ({ type: 'personalDeadlineSet', deadline }));
  return { state: { ...state, personalDeadlines: kept.concat(opened) }, events };
}

/**
 * The round whose reflection this seat may still send at `at` on its own deadline, or null. The class's own
 * reflection comes first: during a reflection phase a student who has not answered it answers that one.
 */
export function lateReflectionRound(state: GameState, seatId: SeatId, at: number): number | null {
  const deadline = state.personalDeadlines.find((d) => d.seatId === seatId);
  if (!deadline || at > deadline.until) return null;
  if (state.phase === 'reflection' && !state.reflections.some((r) => r.round === state.round && r.seatId === seatId))
    return null;
  return deadline.round;
}

/** The state with a seat's personal deadline for `round` closed (its reflection arrived). */
export function closePersonalDeadline(state: GameState, seatId: SeatId, round: number): GameState {
  const personalDeadlines = state.personalDeadlines.filter((d) => !(d.seatId === seatId && d.round === round));
  return personalDeadlines.length === state.personalDeadlines.length ? state : { ...state, personalDeadlines };
}
