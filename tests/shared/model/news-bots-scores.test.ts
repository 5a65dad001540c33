// News triggers, tit-for-tat bots and final scores: what a teacher sees when headlines break, when a
// delegation has no students, and at the end of the session.
import { describe, expect, it } from 'vitest';
import { botMove, dueNews, finalScores, publishNews } from '../../../shared/rules/model/index.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { changesOf, fresh, korea, playRounds, river, text, secretive } from './helpers.ts';

const atNews = (state: GameState, round: number): GameState => ({ ...state, round, phase: 'news' });

describe('news', () => {
  it('publishes the satellite images in round 1 and nudges every pair and the arms race', () => {
    const { state, events } = dueNews(korea, atNews(fresh(), 1));
    expect(state.news.map((n) => n.headline)).toEqual(['Satellite images show test preparations']);
    expect(state.news[0]).toMatchObject({ round: 1, source: 'scheduled' });
    expect(state.firedNews).toEqual(['testPreparations']);
    expect(state.meters.tension).toBeGreaterThan(fresh().meters.tension);
    expect(text(changesOf(events, { kind: 'world', meter: 'armsRace' })[0]!)).toBe(
      'News: Satellite images show test preparations → Arms race +2.0',
    );
  });

  it('brings the floods in round 3 and does not repeat a scheduled item', () => {
    const round3 = dueNews(korea, atNews(fresh(), 3)).state;
    expect(round3.news.map((n) => n.id)).toEqual(['floods']);
    expect(round3.meters.world.humanitarian).toBe(fresh().meters.world.humanitarian - 10);
    expect(dueNews(korea, round3).events).toEqual([]);
  });

  it('calls the UN Security Council once tension reaches 60, once', () => {
    const hot = fresh();
    const at60 = { ...atNews(hot, 2), meters: { ...hot.meters, tension: 60 } };
    const first = dueNews(korea, at60);
    expect(first.state.news.map((n) => n.id)).toContain('unscEmergency');
    expect(first.state.news.find((n) => n.id === 'unscEmergency')?.source).toBe('threshold');
    expect(dueNews(korea, atNews(first.state, 3)).state.news.filter((n) => n.id === 'unscEmergency')).toHaveLength(1);
    expect(dueNews(korea, atNews(hot, 2)).state.news.some((n) => n.id === 'unscEmergency')).toBe(false);
  });

  it('lets the teacher inject the same item twice under distinct ids, and ignores unknown ids', () => {
    const once = publishNews(korea, atNews(fresh(), 1), 'summitMemory', 'teacher').state;
    const twice = publishNews(korea, once, 'summitMemory', 'teacher').state;
    expect(twice.news.map((n) => n.id)).toEqual(['summitMemory', `summitMemory-${once.round}-1`]);
    expect(publishNews(korea, once, 'nothing', 'teacher').state).toBe(once);
  });
});

describe('a delegation played by a bot', () => {
  it('answers a missile test in kind, toward the one who fired it', () => {
    const { state } = playRounds(korea, fresh(), [{ pyongyang: 'missileTest' }]);
    const answer = botMove(korea, { ...state, round: 2 }, 'washington');
    expect(answer.target).toBe('pyongyang');
    expect(korea.moves.washington!.find((m) => m.id === answer.moveId)!.goldstein).toBeLessThan(0);
  });

  it('returns a testing freeze with a conciliatory move', () => {
    const { state } = playRounds(korea, fresh(), [{ pyongyang: 'testingFreeze' }]);
    const answer = botMove(korea, { ...state, round: 2 }, 'washington');
    expect(answer).toEqual({ moveId: 'refrainFromDrills', target: 'pyongyang' });
  });

  it('plays its default when nobody targeted it, and cannot react to a covert move it never saw', () => {
    const hidden = secretive(korea);
    const { state } = playRounds(hidden, fresh(hidden), [{ pyongyang: 'cyberTheft' }]);
    expect(botMove(hidden, { ...state, round: 2 }, 'washington')).toEqual({
      moveId: 'specialRepresentative',
      target: null,
    });
  });

  it('works the same in another scenario', () => {
    const { state } = playRounds(river, fresh(river), [{ ridge: 'exercise' }]);
    expect(botMove(river, { ...state, round: 2 }, 'delta')).toEqual({ moveId: 'exercise', target: 'ridge' });
  });
});

describe('final scores', () => {
  it('add the points of every objective the final meters meet', () => {
    const start = fresh();
    const calm = {
      ...start,
      meters: { ...start.meters, tension: 10, talks: 2, world: { ...start.meters.world, armsRace: 50 } },
    };
    const scores = finalScores(korea, calm);
    // Washington meets all five: tension ≤ 40, arms race ≤ 65, talks ≥ 2, credibility 60 ≥ 55, Seoul's fear of Pyongyang 50 ≤ 60.
    expect(scores.washington).toBe(20 + 15 + 20 + 15 + 10);
    const tense = { ...start, meters: { ...start.meters, tension: 90 } };
    expect(finalScores(korea, tense).washington).toBeLessThan(scores.washington!);
    expect(Object.keys(scores)).toEqual(korea.delegations.map((d) => d.id));
  });
});
