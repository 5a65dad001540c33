// Classroom situations played on the Korean scenario, each named after what a teacher would see happen.
// Drives the tension model directly (resolveRound) with the moves the reducer would lock in.
import { keepStandingCommitments } from '../../../shared/rules/model/index.ts';
import { describe, expect, it } from 'vitest';
import { BANDS } from '../../../shared/rules/types.ts';
import { TALKS_LADDER } from '../../../shared/rules/types.ts';
import { changesOf, fresh, korea, netChange, playRound, playRounds, text, withCommitment } from './helpers.ts';

const CRISIS = BANDS.indexOf('crisis');
const INTENSE = BANDS.indexOf('intenseCrisis');
const drills = { washington: 'jointDrills', seoul: 'jointDrills', pyongyang: 'reciprocalDrills' };

describe('Pyongyang answers drills with drills for three rounds', () => {
  it('pushes tension from Crisis into Intense crisis, while three quiet rounds stay where they were', () => {
    const start = fresh();
    expect(start.meters.band).toBe(CRISIS);
    const spiral = playRounds(korea, start, [drills, drills, drills]);
    const quiet = playRounds(korea, start, [{}, {}, {}]);
    expect(spiral.state.meters.band).toBeGreaterThanOrEqual(INTENSE);
    expect(spiral.state.meters.tension).toBeGreaterThan(start.meters.tension + 10);
    expect(quiet.state.meters.band).toBe(CRISIS);
    expect(Math.abs(quiet.state.meters.tension - start.meters.tension)).toBeLessThan(1);
  });

  it('explains each impulse in words naming the move and who feels it', () => {
    const { events } = playRound(korea, fresh(), drills);
    const causes = changesOf(events, { kind: 'threat', from: 'pyongyang', to: 'washington' }).map(text);
    expect(causes[0]).toMatch(
      /^Washington: Joint drills with Seoul \(toward Pyongyang\) → Pyongyang feels \d+\.\d more threatened by Washington$/,
    );
    const spill = changesOf(events, { kind: 'threat', from: 'washington', to: 'pyongyang' }).map(text);
    expect(spill[0]).toMatch(
      /^Pyongyang: Answer drills with drills \(toward Seoul, ally of Washington\) → Washington feels \d+\.\d more threatened by Pyongyang$/,
    );
  });

  it('makes the ally feel part of the threat: Seoul is hit by a missile test aimed at Washington', () => {
    const { state } = playRound(korea, fresh(), { pyongyang: 'missileTest' });
    const { state: control } = playRound(korea, fresh(), {});
    const direct = state.meters.threat.washington!.pyongyang! - control.meters.threat.washington!.pyongyang!;
    const spill = state.meters.threat.seoul!.pyongyang! - control.meters.threat.seoul!.pyongyang!;
    expect(direct).toBeGreaterThan(0);
    expect(spill).toBeCloseTo(direct * korea.params.allies.seoul!.washington!, 0);
  });
});

describe('an answered testing freeze earns the reciprocity bonus', () => {
  const freeze = { pyongyang: 'testingFreeze' };

  it('credits Pyongyang, names both sides, and relieves both directions of the pair', () => {
    const answered = playRounds(korea, fresh(), [freeze, { washington: 'refrainFromDrills' }]);
    const ignored = playRounds(korea, fresh(), [freeze, {}]);
    const offer = answered.rounds[1]!.find((e) => e.type === 'offerAnswered');
    expect(offer).toMatchObject({ type: 'offerAnswered', round: 2, offeredBy: 'pyongyang', answeredBy: 'washington' });
    expect(ignored.rounds[1]!.some((e) => e.type === 'offerAnswered')).toBe(false);
    const bonus = korea.params.credibility.answeredBonus;
    expect(answered.state.meters.credibility.pyongyang).toBe(ignored.state.meters.credibility.pyongyang! + bonus);
    const relief = answered.rounds[1]!.filter(
      (e) =>
        e.type === 'meterChanged' &&
        e.cause.code === 'reciprocity' &&
        e.cause.who === 'washington' &&
        e.cause.other === 'pyongyang',
    );
    expect(relief.length).toBe(2);
  });

  it('counts gestures made in the same round as offer and answer, by the one rule the review uses too', () => {
    const both = { pyongyang: 'testingFreeze', washington: 'refrainFromDrills' };
    const { rounds } = playRounds(korea, fresh(), [both, both]);
    expect(rounds[0]!.filter((e) => e.type === 'offerAnswered')).toHaveLength(1);
    expect(rounds[1]!.filter((e) => e.type === 'offerAnswered')).toHaveLength(1);
  });

  it('costs credibility to back down right after being hit, unless the other side also gives something', () => {
    const ceded = playRounds(korea, fresh(), [{ pyongyang: 'missileTest' }, { washington: 'refrainFromDrills' }]);
    const met = playRounds(korea, fresh(), [
      { pyongyang: 'missileTest' },
      { washington: 'refrainFromDrills', pyongyang: 'acceptTalks' },
    ]);
    const cost = netChange(ceded.rounds[1]!, { kind: 'credibility', delegation: 'washington' });
    expect(cost).toBe(-korea.params.credibility.cedingGround);
    expect(changesOf(ceded.rounds[1]!, { kind: 'credibility', delegation: 'washington' })[0]?.cause).toMatchObject({
      code: 'cededGround',
      who: 'washington',
      other: 'pyongyang',
    });
    expect(netChange(met.rounds[1]!, { kind: 'credibility', delegation: 'washington' })).toBeGreaterThanOrEqual(0);
  });
});

describe('breaking a public pledge costs credibility that grows with the pledge’s age', () => {
  const pledge = { kind: 'pledge' as const, target: 'pyongyang' };
  const cost = (broken: ReturnType<typeof playRounds>) =>
    -netChange(broken.rounds.flat(), { kind: 'credibility', delegation: 'washington' });

  it('costs the base when broken the round it was made, and perRound more for each round it stood', () => {
    const { brokenBase, perRound } = korea.params.credibility;
    const pledged = withCommitment(fresh(), 'washington', pledge, 1);
    const atOnce = playRounds(korea, pledged, [{ washington: 'jointDrills' }]);
    const later = playRounds(korea, pledged, [{}, {}, { washington: 'jointDrills' }]);
    expect(cost(atOnce)).toBe(brokenBase);
    expect(cost(later)).toBe(brokenBase + 2 * perRound);
    expect(later.state.commitments[0]).toMatchObject({ status: 'broken', settledRound: 3 });
    const settled = later.rounds[2]!.find((e) => e.type === 'commitmentSettled');
    expect(settled?.type === 'commitmentSettled' && settled.cause).toMatchObject({
      code: 'brokenWord',
      count: 2,
      move: 'jointDrills',
    });
  });

  it('is not broken by a move toward someone the pledge does not name, and is kept at the end', () => {
    const pledged = withCommitment(fresh(korea, { rounds: 2 }), 'washington', pledge, 1);
    const { state } = playRounds(korea, pledged, [{ washington: ['commonGroundBeijing', 'beijing'] }, {}]);
    expect(state.commitments[0]).toMatchObject({ status: 'standing' });
    const ended = keepStandingCommitments(korea, state);
    expect(ended.state.commitments[0]).toMatchObject({ status: 'kept', settledRound: 2 });
    expect(ended.events.some((e) => e.type === 'commitmentSettled' && e.commitment.status === 'kept')).toBe(true);
    expect(state.meters.credibility.washington).toBe(fresh().meters.credibility.washington);
  });

  it('breaks a warning that goes unanswered after the provocation, but not one that is enforced', () => {
    const warned = withCommitment(fresh(), 'seoul', { kind: 'warning', target: 'pyongyang' }, 1);
    const provoked = { pyongyang: 'reciprocalDrills' };
    const unanswered = playRounds(korea, warned, [provoked, {}]);
    const enforced = playRounds(korea, warned, [provoked, { seoul: 'jointDrills' }]);
    expect(unanswered.state.commitments[0]).toMatchObject({ status: 'broken', settledRound: 2 });
    expect(enforced.state.commitments[0]).toMatchObject({ status: 'standing' });
  });
});

describe('the first-phase agreement needs both Washington and Pyongyang in the same round', () => {
  it('stays an offer with no ladder effect when only one side moves', () => {
    const alone = playRound(korea, fresh(), { washington: 'proposeFirstPhase' });
    expect(alone.state.meters.talks).toBe(0);
    const cause = changesOf(alone.events, { kind: 'threat', from: 'pyongyang', to: 'washington' })[0];
    expect(cause?.cause).toMatchObject({ code: 'offerOnly', who: 'washington', other: 'pyongyang' });
    expect(cause && text(cause)).toMatch(/only an offer, since Pyongyang did not match it/);
  });

  it('climbs to the first-phase agreement when both sign', () => {
    const atTalks = fresh();
    const start = { ...atTalks, meters: { ...atTalks.meters, talks: TALKS_LADDER.indexOf('talks') } };
    const both = playRound(korea, start, { washington: 'proposeFirstPhase', pyongyang: 'firstPhaseAgreement' });
    expect(both.state.meters.talks).toBe(TALKS_LADDER.indexOf('firstPhaseAgreement'));
    expect(text(changesOf(both.events, { kind: 'talks' }).at(-1)!)).toMatch(
      /talks ladder: talks → first-phase agreement$/,
    );
    expect(both.state.commitments.filter((c) => c.terms.kind === 'agreement' && c.status === 'standing')).toHaveLength(
      2,
    );
  });

  it('lets ordinary diplomacy climb no higher than talks', () => {
    const talk = { washington: 'specialRepresentative', pyongyang: 'acceptTalks', seoul: 'interKoreanTalks' };
    const { state } = playRounds(korea, fresh(), [talk, talk, talk]);
    expect(state.meters.talks).toBe(TALKS_LADDER.indexOf('talks'));
  });
});
