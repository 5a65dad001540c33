// One round's resolution: reveal the moves, update threat, world, talks and credibility, judge commitments,
// recompute tension and its band, record history, and start a crisis hold at the top band.
// Pure; must not import the reducer or anything impure.
import type { GameEvent } from '../events.ts';
import type { GameState, Meters, Scenario } from '../types.ts';
import { actsOf } from './acts.ts';
import { settleCommitments } from './commitments.ts';
import { isVisible, movesInRounds } from './history.ts';
import { answerOffers, cedeGround, cooperationOf } from './social.ts';
import { applyImpulses, applyLinear, applyReciprocity, multipliersOf } from './threat.ts';
import type { Work } from './work.ts';
import { finishWork, startWork } from './work.ts';
import { applyWorldEffects } from './world.ts';

/** The model's result for the reducer: the new state and the events, in the order they happened. */
export interface ModelStep {
  state: GameState;
  events: GameEvent[];
}

/**
 * Resolution: reveals `state.pendingMoves` (covert ones only to their own team), applies the Richardson step
 * with impulses, spillover, reciprocity, credibility and audience costs, world meters and the talks ladder,
 * tension with hysteresis, settles commitments, appends to `history`, and starts a crisis hold at the top band.
 * Every meter change is a `meterChanged` event with a readable cause.
 */
export function resolveRound(scenario: Scenario, state: GameState): ModelStep {
  const round = state.round;
  const w = startWork(scenario, state);
  const { n } = w.t;
  const resolved = state.pendingMoves.map((m) => (m.covert ? m : { ...m, revealedRound: round }));
  w.events.push({ type: 'movesRevealed', round, moves: resolved });

  const now = actsOf(w.t, resolved);
  const visibleNow = now.filter((a) => !a.move.covert);
  const past = movesInRounds(state.moves, round - 2, round - 1).filter(isVisible);
  const prev = actsOf(w.t, past.filter((m) => m.round === round - 1));
  const prev2 = actsOf(w.t, past.filter((m) => m.round === round - 2));

  const multipliers = multipliersOf(w);
  applyImpulses(w, now, multipliers);
  const cooperation = cooperationOf(n, visibleNow);
  for (const key of cooperationOf(n, prev)) cooperation.add(key);
  applyReciprocity(w, cooperation);
  applyLinear(w, state);

  applyWorldEffects(w, now);

  const commitments = settleCommitments(w, state.commitments, round, now, prev, round >= state.settings.rounds);
  const social = { now: visibleNow, prev, prev2 };
  answerOffers(w, round, social);
  cedeGround(w, social);

  return finish(w, state, {
    moves: [...state.moves, ...resolved],
    pendingMoves: [],
    commitments,
  }, true);
}

/**
 * Ends a piece of model work: new meters, tension and band events, a crisis hold when the top band is
 * entered, the generator state, and (for a resolution) the round's closing meters in history.
 */
export function finish(w: Work, state: GameState, changes: Partial<GameState>, recordHistory: boolean): ModelStep {
  const { meters, enteredTopBand } = finishWork(w, state.meters);
  const crisis = enteredTopBand && !state.crisisHold;
  if (crisis) w.events.push({ type: 'crisisHoldStarted', tension: meters.tension });
  const history: Meters[] = recordHistory ? [...state.history, meters] : state.history;
  return {
    state: { ...state, ...changes, meters, history, rng: w.rng, crisisHold: state.crisisHold || crisis },
    events: w.events,
  };
}
