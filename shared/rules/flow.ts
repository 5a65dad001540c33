// Teacher and timer commands that move the session along: start, timers, skip, pause, extend, news, crisis, end.
// Must not import anything impure.
import { LIMITS } from './commands.ts';
import type { GameEvent } from './events.ts';
import { openPersonalDeadlines } from './extra-time.ts';
import { append, checkText, type Handler } from './handler.ts';
import { teacherNewsId } from './ids.ts';
import { publishNews } from './model/index.ts';
import type { Step } from './phases.ts';
import { advance, endSession } from './phases.ts';
import type { GameState } from './types.ts';
import type { Scenario } from '../scenario/types.ts';

export const startSession: Handler<'startSession'> = (scenario, state, cmd) => {
  if (state.phase !== 'lobby') return { error: 'rule/session-started' };
  return advance(scenario, state, cmd.at);
};

export const phaseTimeUp: Handler<'phaseTimeUp'> = (scenario, state, cmd) => {
  if (cmd.phase !== state.phase || cmd.round !== state.round) return { error: 'rule/stale-timer' };
  if (state.phase === 'lobby') return { error: 'rule/wrong-phase' };
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (state.clock.paused) return { error: 'rule/paused' };
  return advance(scenario, state, cmd.at);
};

export const skipPhase: Handler<'skipPhase'> = (scenario, state, cmd) => {
  if (state.phase === 'lobby') return { error: 'rule/wrong-phase', detail: 'Start the session instead.' };
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  return advance(scenario, state, cmd.at);
};

export const pauseClock: Handler<'pauseClock'> = (_scenario, state, cmd) => {
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (state.clock.paused) return { error: 'rule/already-paused' };
  if (state.clock.endsAt === null) return { error: 'rule/wrong-phase' };
  const remainingMs = Math.max(0, state.clock.endsAt - cmd.at);
  return {
    state: { ...state, clock: { endsAt: null, remainingMs, paused: true } },
    events: [{ type: 'clockPaused', remainingMs }],
  };
};

export const resumeClock: Handler<'resumeClock'> = (_scenario, state, cmd) => {
  if (state.crisisHold) return { error: 'rule/crisis-hold' };
  if (!state.clock.paused) return { error: 'rule/not-paused' };
  const endsAt = cmd.at + (state.clock.remainingMs ?? 0);
  return {
    state: { ...state, clock: { endsAt, remainingMs: null, paused: false } },
    events: [{ type: 'clockResumed', endsAt }],
  };
};

export const extendPhase: Handler<'extendPhase'> = (_scenario, state, cmd) => {
  if (!Number.isInteger(cmd.seconds) || cmd.seconds < 1 || cmd.seconds > LIMITS.extendSecondsMax) {
    return { error: 'rule/extend-invalid' };
  }
  const ms = cmd.seconds * 1000;
  const { clock } = state;
  if (!clock.paused && clock.endsAt === null) return { error: 'rule/wrong-phase' };
  const extended = clock.paused
    ? { ...clock, remainingMs: (clock.remainingMs ?? 0) + ms }
    : { ...clock, endsAt: (clock.endsAt ?? 0) + ms };
  return {
    state: { ...state, clock: extended },
    events: [
      { type: 'phaseExtended', endsAt: extended.endsAt, remainingMs: extended.remainingMs, seconds: cmd.seconds },
    ],
  };
};

export const injectNews: Handler<'injectNews'> = (scenario, state, cmd) => {
  if (state.phase === 'lobby') return { error: 'rule/wrong-phase' };
  if (cmd.newsId !== undefined) {
    if (!scenario.news.some((n) => n.id === cmd.newsId)) return { error: 'rule/news-unknown' };
    return publishNews(scenario, state, cmd.newsId, 'teacher');
  }
  const headline = checkText(cmd.headline ?? '', LIMITS.headlineMax);
  if ('error' in headline) return headline;
  const body = (cmd.body ?? '').trim();
  if (body.length > LIMITS.newsBodyMax) return { error: 'rule/text-too-long' };
  const news = {
    id: teacherNewsId(state),
    round: state.round,
    headline: headline.text,
    body,
    source: 'teacher' as const,
  };
  return { state: { ...state, news: append(state.news, news) }, events: [{ type: 'newsPublished', news }] };
};

export const resolveCrisisHold: Handler<'resolveCrisisHold'> = (scenario, state, cmd) => {
  if (!state.crisisHold) return { error: 'rule/no-crisis-hold' };
  return leaveCrisisHold(scenario, state, cmd.outcome, cmd.at);
};

function leaveCrisisHold(scenario: Scenario, state: GameState, outcome: 'resume' | 'end', at: number): Step {
  const released = { ...state, crisisHold: false, holdPausedClock: false };
  const ended: GameEvent = { type: 'crisisHoldEnded', outcome };
  if (outcome === 'end') {
    const step = endSession(scenario, released);
    return { state: step.state, events: [ended, ...step.events] };
  }
  // Only a clock the hold froze restarts: one the teacher had paused before the hold stays paused.
  if (!released.clock.paused || !state.holdPausedClock) return { state: released, events: [ended] };
  const endsAt = at + (released.clock.remainingMs ?? 0);
  return {
    state: { ...released, clock: { endsAt, remainingMs: null, paused: false } },
    events: [ended, { type: 'clockResumed', endsAt }],
  };
}

export const endSessionCommand: Handler<'endSession'> = (scenario, state, cmd) => {
  if (state.crisisHold) return leaveCrisisHold(scenario, state, 'end', cmd.at);
  // Ending during the reflection: accommodated students who have not answered keep their own deadline.
  const open = openPersonalDeadlines(state, cmd.at);
  const ended = endSession(scenario, open.state);
  return { state: ended.state, events: [...open.events, ...ended.events] };
};
