// Classroom situations played on the Korean scenario, each named after what a teacher would see happen.
// Drives the tension model directly (resolveRound) with the moves the reducer would lock in.
import { describe, expect, it } from 'vitest';
import { BANDS } from '../../../shared/rules/types.ts';
import { TALKS_LADDER } from '../../../shared/rules/types.ts';
import { changesOf, fresh, korea, netChange, playRound, playRounds, withCommitment } from './helpers.ts';

const CRISIS = BANDS.indexOf('crisis');
const POSTURING = BANDS.indexOf('posturing');
const drills = { washington: 'jointDrills', seoul: 'jointDrills', pyongyang: 'reciprocalDrills' };

describe('Pyongyang answers drills with drills for three rounds', () => {
  it('pushes tension from Posturing into Crisis, while three quiet rounds do not', () => {
    const start = fresh();
    expect(start.meters.band).toBe(POSTURING);
    const spiral = playRounds(korea, start, [drills, drills, drills]);
    const quiet = playRounds(korea, start, [{}, {}, {}]);
    expect(spiral.state.meters.band).toBeGreaterThanOrEqual(CRISIS);
    expect(spiral.state.meters.tension).toBeGreaterThan(start.meters.tension + 10);
    expect(quiet.state.meters.band).toBe(POSTURING);
    expect(quiet.state.meters.tension).toBeLessThan(start.meters.tension);
  });

  it('explains each impulse in words naming the move and who feels it', () => {
    const { events } = playRound(korea, fresh(), drills);
    const causes = changesOf(events, { kind: 'threat', from: 'pyongyang', to: 'washington' }).map((e) => e.cause);
    expect(causes[0]).toMatch(/^Washington: Joint drills with Seoul → Pyongyang feels \+\d+\.\d more threatened by Washington$/);
    const spill = changesOf(events, { kind: 'threat', from: 'washington', to: 'pyongyang' }).map((e) => e.cause);
    expect(spill[0]).toMatch(/^Pyongyang: Answer drills with drills toward Seoul, Washington's ally → Washington feels \+\d+\.\d more threatened by Pyongyang$/);
    expect(events.some((e) => e.type === 'bandChanged' && e.to === CRISIS)).toBe(true);
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
    const relief = answered.rounds[1]!.filter((e) => e.type === 'meterChanged' && e.cause.startsWith('Reciprocity: Washington and Pyongyang'));
    expect(relief.length).toBe(2);
  });

  it('is not an offer when both sides moved together (nothing unilateral to answer)', () => {
    const both = { pyongyang: 'testingFreeze', washington: 'refrainFromDrills' };
    const { rounds } = playRounds(korea, fresh(), [both, both]);
    expect(rounds[1]!.some((e) => e.type === 'offerAnswered')).toBe(false);
  });

  it('costs credibility to back down right after being hit, unless the other side also gives something', () => {
    const ceded = playRounds(korea, fresh(), [{ pyongyang: 'missileTest' }, { washington: 'refrainFromDrills' }]);
    const met = playRounds(korea, fresh(), [{ pyongyang: 'missileTest' }, { washington: 'refrainFromDrills', pyongyang: 'acceptTalks' }]);
    const cost = netChange(ceded.rounds[1]!, { kind: 'credibility', delegation: 'washington' });
    expect(cost).toBe(-korea.params.credibility.cedingGround);
    expect(changesOf(ceded.rounds[1]!, { kind: 'credibility', delegation: 'washington' })[0]?.cause).toMatch(/^Ceding ground: Washington/);
    expect(netChange(met.rounds[1]!, { kind: 'credibility', delegation: 'washington' })).toBe(0);
  });
});

describe('breaking a public pledge costs credibility that grows with the pledge’s age', () => {
  const pledge = { kind: 'pledge' as const, target: 'pyongyang' };
  const cost = (broken: ReturnType<typeof playRounds>) => -netChange(broken.rounds.flat(), { kind: 'credibility', delegation: 'washington' });

  it('costs the base when broken the round it was made, and perRound more for each round it stood', () => {
    const { brokenBase, perRound } = korea.params.credibility;
    const pledged = withCommitment(fresh(), 'washington', pledge, 1);
    const atOnce = playRounds(korea, pledged, [{ washington: 'jointDrills' }]);
    const later = playRounds(korea, pledged, [{}, {}, { washington: 'jointDrills' }]);
    expect(cost(atOnce)).toBe(brokenBase);
    expect(cost(later)).toBe(brokenBase + 2 * perRound);
    expect(later.state.commitments[0]).toMatchObject({ status: 'broken', settledRound: 3 });
    const settled = later.rounds[2]!.find((e) => e.type === 'commitmentSettled');
    expect(settled?.type === 'commitmentSettled' && settled.cause).toContain('it stood 2 rounds');
  });

  it('is not broken by a hostile move toward someone the pledge does not name, and is kept at the end', () => {
    const pledged = withCommitment(fresh(korea, { rounds: 2 }), 'washington', pledge, 1);
    const { state, rounds } = playRounds(korea, pledged, [{ washington: ['commonGroundBeijing', 'beijing'] }, {}]);
    expect(state.commitments[0]).toMatchObject({ status: 'kept', settledRound: 2 });
    expect(rounds[1]!.some((e) => e.type === 'commitmentSettled' && e.commitment.status === 'kept')).toBe(true);
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
    const cause = changesOf(alone.events, { kind: 'threat', from: 'pyongyang', to: 'washington' })[0]?.cause;
    expect(cause).toContain('an offer only: Pyongyang did not make the matching move');
  });

  it('climbs to the first-phase agreement when both sign', () => {
    const both = playRound(korea, fresh(), { washington: 'proposeFirstPhase', pyongyang: 'firstPhaseAgreement' });
    expect(both.state.meters.talks).toBe(TALKS_LADDER.indexOf('firstPhaseAgreement'));
    expect(changesOf(both.events, { kind: 'talks' }).at(-1)?.cause).toMatch(/talks ladder: .* → first-phase agreement$/);
  });

  it('lets ordinary diplomacy climb no higher than talks', () => {
    const talk = { washington: 'specialRepresentative', pyongyang: 'acceptTalks', seoul: 'interKoreanTalks' };
    const { state } = playRounds(korea, fresh(), [talk, talk, talk]);
    expect(state.meters.talks).toBe(TALKS_LADDER.indexOf('talks'));
  });
});
