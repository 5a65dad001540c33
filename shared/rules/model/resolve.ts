// One round's resolution: reveal the moves, update threat, world, talks and credibility, judge commitments,
// sign agreements, find out covert moves, draw incidents near the brink, recompute tension and its band,
// record history, and start a crisis hold at the top band. Pure; must not import the reducer or anything impure.
import type { Cause } from '../causes.ts';
import type { GameEvent } from '../events.ts';
import type { Commitment, GameState, Meters } from '../types.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { Act } from './acts.ts';
import { actsOf, withRepeats } from './acts.ts';
import { settleCommitments } from './commitments.ts';
import { detectCovert } from './covert.ts';
import { isVisible, movesInRounds } from './history.ts';
import { maybeIncident } from './incidents.ts';
import { answerOffers, audienceAtHome, cooperationOf } from './social.ts';
import { applyArmsRace, applyImpulses, applyLinear, applyReciprocity, multipliersOf } from './threat.ts';
import type { Work } from './work.ts';
import { changeThreat, finishWork, startWork } from './work.ts';
import { applyWorldEffects } from './world.ts';

/** The model's result for the reducer: the new state and the events, in the order they happened. */
export interface ModelStep {
  state: GameState;
  events: GameEvent[];
}

/**
 * Resolution: reveals `state.pendingMoves` (covert ones only to their own team), applies the Richardson step
 * with impulses, spillover, reciprocity, the arms race, credibility and audience costs, world meters and the
 * talks ladder, tension with hysteresis, settles commitments, signs agreements, draws for covert detection and
 * incidents, appends to `history`, and starts a crisis hold at the top band. Every change carries a cause.
 */
export function resolveRound(scenario: Scenario, state: GameState): ModelStep {
  const round = state.round;
  const w = startWork(scenario, state);
  const { n } = w.t;
  const resolved = state.pendingMoves.map((m) => (m.covert ? m : { ...m, revealedRound: round }));
  w.events.push({ type: 'movesRevealed', round, moves: resolved });

  const now = withRepeats(actsOf(w.t, resolved), state.moves, scenario.params.repeatDecay ?? 1);
  const visibleNow = now.filter((a) => !a.move.covert);
  const past = movesInRounds(state.moves, round - 2, round - 1).filter(isVisible);
  const prev = actsOf(
    w.t,
    past.filter((m) => m.round === round - 1),
  );

  const multipliers = multipliersOf(w);
  applyImpulses(w, now, multipliers);
  const cooperation = cooperationOf(n, visibleNow);
  for (const key of cooperationOf(n, prev)) cooperation.add(key);
  applyReciprocity(w, cooperation);
  applyAgreements(w, state.commitments);
  applyArmsRace(w);
  applyLinear(w, state);

  applyWorldEffects(w, now, cooperation);

  let commitments = settleCommitments(w, state.commitments, round, now, prev);
  commitments = [...commitments, ...signAgreements(w, visibleNow, round)];
  answerOffers(w, round, state.moves, now);
  audienceAtHome(w, { now: visibleNow, prev });

  const detected = detectCovert(w, [...state.moves, ...resolved], commitments, round);
  maybeIncident(w, state.meters.band);

  return finish(w, state, { moves: detected.moves, pendingMoves: [], commitments: detected.commitments }, true);
}

/** A matched conditional pair (a first-phase agreement) becomes a standing agreement for both signers. */
function signAgreements(w: Work, acts: readonly Act[], round: number): Commitment[] {
  const out: Commitment[] = [];
  for (const a of acts) {
    const partner = a.spec.requires?.delegation;
    if (!a.effective || !partner) continue;
    out.push({
      id: `agreement-${round}-${a.move.delegation}`,
      delegation: a.move.delegation,
      terms: { kind: 'agreement', target: partner },
      round,
      status: 'standing',
      settledRound: null,
    });
  }
  for (const c of out) w.events.push({ type: 'commitmentMade', commitment: c });
  return out;
}

/** Each standing agreement calms its signer toward its partner a little every round (a lasting effect). */
function applyAgreements(w: Work, commitments: readonly Commitment[]): void {
  const relief = w.scenario.params.agreement?.relief ?? 0;
  if (relief === 0) return;
  for (const c of commitments) {
    if (c.status !== 'standing' || c.terms.kind !== 'agreement') continue;
    const i = w.t.index.get(c.delegation);
    const j = w.t.index.get(c.terms.target);
    if (i === undefined || j === undefined) continue;
    const cause: Cause = { code: 'agreementHolds', mechanism: 'reciprocity', who: c.delegation, other: c.terms.target };
    changeThreat(w, i, j, -relief, cause);
  }
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
