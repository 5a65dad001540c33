// What students and the teacher read: meter sentences, the phase clock, proposal tallies, rosters.
import { describe, expect, it } from 'vitest';
import {
  captionsFrom,
  clockRemainingMs,
  flatMeters,
  formatClock,
  levelOf,
  meterLines,
  meterText,
  movesFor,
  proposalTallies,
  revealedMoves,
  rosterByDelegation,
  updateTrends,
} from '../../client/state/view-models.ts';
import { HOLD_MOVE } from '../../shared/rules/moves.ts';
import { winningProposal } from '../../shared/rules/phases.ts';
import type { Proposal, ResolvedMove } from '../../shared/rules/types.ts';
import { makeScenarioView, makeView } from './fixtures.ts';

const scenario = makeScenarioView();

describe('meter text equivalents', () => {
  it('reads a pair as the issue asks: "Seoul–Pyongyang 72, intense crisis, rising"', () => {
    expect(meterText('Seoul–Pyongyang', 72, levelOf(72), 'rising', 'en')).toBe(
      'Seoul–Pyongyang 72, intense crisis, rising',
    );
  });

  it('speaks Korean when asked', () => {
    expect(meterText('서울–평양', 72, 3, 'falling', 'ko')).toBe('서울–평양 72, 심각한 위기, 하락');
  });

  it('lists tension, the ten pairs, the own threat row, four world meters and the talks ladder for a seat', () => {
    const lines = meterLines(makeView(), scenario, { 'pair:seoul|pyongyang': 'rising' }, 'en');
    expect(lines.filter((l) => l.key.startsWith('pair:'))).toHaveLength(10);
    expect(lines.filter((l) => l.key.startsWith('threat:seoul>'))).toHaveLength(4);
    expect(lines.filter((l) => l.key.startsWith('world:'))).toHaveLength(4);
    expect(lines.map((l) => l.text)).toContain('Seoul–Pyongyang 72, intense crisis, rising');
    expect(lines[0]?.text).toBe('Peninsula tension 64, intense crisis, steady');
    expect(lines.at(-1)?.text).toBe('Talks ladder: contacts (2/5)');
  });

  it('names a pair with the scenario’s own band words, the same ones tension uses', () => {
    const korea = { ...scenario, bandThresholds: [20, 40, 55, 70] };
    const lines = meterLines(makeView(), korea, {}, 'en').map((l) => l.text);
    expect(lines).toContain('Seoul–Pyongyang 72, brink, steady');
  });

  it('gives the projector no directed threat rows', () => {
    const view = makeView({ viewer: { kind: 'projector' }, you: null, meters: { ...makeView().meters, threat: {} } });
    expect(meterLines(view, scenario, {}, 'en').some((l) => l.key.startsWith('threat:'))).toBe(false);
  });

  it('marks a meter rising or falling only when its value moved, and keeps the last trend otherwise', () => {
    const before = flatMeters(makeView());
    const after = flatMeters(
      makeView({
        meters: { ...makeView().meters, tension: 70 },
        pairs: { ...makeView().pairs, 'seoul|pyongyang': 65 },
      }),
    );
    const trends = updateTrends(before, after, { 'world:armsRace': 'rising' });
    expect(trends.tension).toBe('rising');
    expect(trends['pair:seoul|pyongyang']).toBe('falling');
    expect(trends['world:armsRace']).toBe('rising');
    expect(trends['pair:washington|seoul']).toBeUndefined();
  });
});

describe('phase clock', () => {
  it('counts down to the deadline and never below zero', () => {
    expect(clockRemainingMs({ endsAt: 10_000, remainingMs: null, paused: false }, 4_000)).toBe(6_000);
    expect(clockRemainingMs({ endsAt: 10_000, remainingMs: null, paused: false }, 12_000)).toBe(0);
  });

  it('shows the frozen remainder while paused, and nothing for untimed phases', () => {
    expect(clockRemainingMs({ endsAt: null, remainingMs: 42_000, paused: true }, 0)).toBe(42_000);
    expect(clockRemainingMs({ endsAt: null, remainingMs: null, paused: false }, 0)).toBeNull();
  });

  it('formats minutes and seconds, rounding up so 0:00 means over', () => {
    expect(formatClock(185_000)).toBe('3:05');
    expect(formatClock(100)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(null)).toBe('–');
  });
});

describe('proposal tallies', () => {
  const p = (id: string, approvals: string[], extra: Partial<Proposal> = {}): Proposal => ({
    id,
    round: 2,
    delegation: 'seoul',
    seatId: 's2',
    moveId: 'drill',
    target: null,
    rationale: 'because',
    approvals,
    ...extra,
  });

  it('orders by approvals, ties to the earlier proposal, as the decision rule does', () => {
    // The view lists proposals in the order they were made.
    const view = makeView({
      proposals: [p('p_seoul_1', ['s1']), p('p_seoul_2', ['s2']), p('p_seoul_3', ['s1', 's2'])],
    });
    const tallies = proposalTallies(view, 'seoul');
    expect(tallies.map((x) => x.proposal.id)).toEqual(['p_seoul_3', 'p_seoul_1', 'p_seoul_2']);
    expect(tallies.map((x) => x.leading)).toEqual([true, false, false]);
    expect(tallies.map((x) => x.approvedByMe)).toEqual([true, true, false]);
  });

  it('leaves other delegations and earlier rounds out', () => {
    const view = makeView({
      proposals: [p('p3', [], { round: 1 }), p('p4', [], { delegation: 'pyongyang' }), p('p5', [])],
    });
    const tallies = proposalTallies(view, 'seoul');
    expect(tallies.map((x) => x.proposal.id)).toEqual(['p5']);
  });

  it('leads with the proposal the decision rule would lock in, even before any approval', () => {
    const view = makeView({ proposals: [p('p_seoul_1', []), p('p_seoul_2', [])] });
    const leader = winningProposal(view.proposals, view.round, 'seoul');
    expect(leader?.id).toBe('p_seoul_1');
    expect(proposalTallies(view, 'seoul').map((x) => [x.proposal.id, x.leading])).toEqual([
      ['p_seoul_1', true],
      ['p_seoul_2', false],
    ]);
  });
});

describe('moves, reveals, roster, captions', () => {
  it("offers the rules' move list as the server sends it, Hold named in the reader's language", () => {
    expect(movesFor(scenario, 'seoul', 'en').map((m) => m.id)).toEqual(['drill', 'hold']);
    expect(movesFor(scenario, 'seoul', 'ko').find((m) => m.id === 'hold')?.label).not.toBe(HOLD_MOVE.label);
    expect(movesFor(null, 'seoul', 'en')).toEqual([]);
  });

  it('shows the moves of the latest resolved round only', () => {
    const m = (round: number, delegation: string): ResolvedMove => ({
      round,
      delegation,
      moveId: 'drill',
      target: null,
      proposalId: null,
      byBot: false,
      covert: false,
      revealedRound: round,
    });
    expect(
      revealedMoves(makeView({ moves: [m(1, 'seoul'), m(2, 'seoul'), m(2, 'pyongyang')] })).map((x) => x.round),
    ).toEqual([2, 2]);
  });

  it('groups the roster by delegation in scenario order with connection status', () => {
    const groups = rosterByDelegation(makeView(), scenario, new Set(['s2']));
    expect(groups.map((g) => g.delegation)).toEqual(['washington', 'seoul', 'pyongyang', 'beijing', 'moscow']);
    expect(groups[1]?.seats).toEqual([
      { id: 's1', name: 'Calm Heron', connected: false },
      { id: 's2', name: 'Bold Fox', connected: true },
    ]);
  });

  it('turns meter changes, answered offers and news into captions, in order', () => {
    expect(
      captionsFrom(
        [
          {
            type: 'newsPublished',
            news: { id: 'n', round: 1, headline: 'Floods in the North', body: '', source: 'teacher' },
          },
          {
            type: 'meterChanged',
            meter: { kind: 'tension' },
            from: 40,
            to: 47,
            cause: {
              code: 'tension',
              mechanism: 'sum',
              parts: [
                {
                  cause: {
                    code: 'move',
                    mechanism: 'direct',
                    who: 'pyongyang',
                    move: 'missileTest',
                    toward: 'washington',
                  },
                  amount: 7,
                },
              ],
            },
          },
          { type: 'joinsLocked', locked: true },
        ],
        {
          delegations: [
            { id: 'pyongyang', name: 'Pyongyang' },
            { id: 'washington', name: 'Washington' },
          ],
          moves: { pyongyang: [{ id: 'missileTest', label: 'Missile test' }] },
        } as never,
        'en',
      ),
    ).toEqual([
      'Floods in the North',
      'Peninsula tension +7.0: Pyongyang: Missile test (toward Washington) → Peninsula tension +7.0',
    ]);
  });
});
