// Who may see what, rule by rule, at the edges the random properties rarely hit: a removed or unknown seat
// sees only the public side; the projector gets no names, no threat rows, no briefs; a seat gets its own team's
// row and brief only; only a seat that joined or moved needs a snapshot.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { GameState, Meters, ResolvedMove } from '../../../shared/rules/types.ts';
import type { Viewer } from '../../../shared/rules/view-types.ts';
import { canSeeMove, metersFor, scopeOf, sortMoves, sortSeats } from '../../../shared/rules/scope.ts';
import { needsSnapshot, redactEvents, scenarioFor, viewFor } from '../../../shared/rules/views.ts';
import { cmd, deliberating, HOST, play, tinyScenario } from './fixtures.ts';

const n1: Viewer = { kind: 'seat', seatId: 'n1' };
const s1: Viewer = { kind: 'seat', seatId: 's1' };
const projector: Viewer = { kind: 'projector' };
const host: Viewer = { kind: 'host' };

/** Deliberation with a team message, a diplomatic note north→south and a public statement; e2 removed. */
function talking(): GameState {
  return play(deliberating(), [
    cmd({ type: 'sendTeamMessage', by: { kind: 'seat', seatId: 'n1' }, text: 'NORTH-TEAM' }),
    cmd({ type: 'sendDiplomaticMessage', by: { kind: 'seat', seatId: 'n2' }, to: 'south', text: 'NORTH-TO-SOUTH' }),
    cmd({ type: 'sendDiplomaticMessage', by: { kind: 'seat', seatId: 'e1' }, to: 'north', text: 'EAST-TO-NORTH' }),
    cmd({ type: 'makeStatement', by: { kind: 'seat', seatId: 's1' }, text: 'SOUTH-PUBLIC', commitment: null }),
    cmd({ type: 'removeSeat', by: HOST, seatId: 'e2' }),
  ]).state;
}
const texts = (state: GameState, viewer: Viewer) =>
  viewFor(tinyScenario, state, viewer)
    .messages.map((m) => m.text)
    .sort();

describe('scopes', () => {
  it('a removed or unknown seat has the public scope, like the projector', () => {
    const state = talking();
    expect(scopeOf(state, { kind: 'seat', seatId: 'e2' })).toEqual({ kind: 'public' });
    expect(scopeOf(state, { kind: 'seat', seatId: 'ghost' })).toEqual({ kind: 'public' });
    expect(scopeOf(state, projector)).toEqual({ kind: 'public' });
    expect(scopeOf(state, n1)).toEqual({ kind: 'seat', seatId: 'n1', delegation: 'north' });
    expect(scopeOf(state, host)).toEqual({ kind: 'host' });
  });
});

describe('messages in views', () => {
  it('each viewer reads exactly its channels', () => {
    const state = talking();
    expect(texts(state, n1)).toEqual(['EAST-TO-NORTH', 'NORTH-TEAM', 'NORTH-TO-SOUTH', 'SOUTH-PUBLIC']);
    expect(texts(state, s1)).toEqual(['NORTH-TO-SOUTH', 'SOUTH-PUBLIC']);
    expect(texts(state, { kind: 'seat', seatId: 'e1' })).toEqual(['EAST-TO-NORTH', 'SOUTH-PUBLIC']);
    expect(texts(state, { kind: 'seat', seatId: 'e2' })).toEqual(['SOUTH-PUBLIC']);
    expect(texts(state, projector)).toEqual(['SOUTH-PUBLIC']);
    expect(texts(state, host)).toEqual(['EAST-TO-NORTH', 'NORTH-TEAM', 'NORTH-TO-SOUTH', 'SOUTH-PUBLIC']);
  });

  it('the roster, the round count and private lists are the host’s or the team’s only', () => {
    const state = talking();
    const p = viewFor(tinyScenario, state, projector);
    expect([p.seats, p.rounds, p.privateOf, p.you, p.proposals, p.pendingMoves]).toEqual([[], null, [], null, [], []]);
    const h = viewFor(tinyScenario, state, host);
    expect(h.rounds).toBe(state.settings.rounds);
    expect(h.privateOf).toEqual(['north', 'south', 'east']);
    expect(h.seats.map((s) => s.id)).not.toContain('e2');
    const mine = viewFor(tinyScenario, state, n1);
    expect(mine.privateOf).toEqual(['north']);
    expect(mine.you).toEqual({ seatId: 'n1', name: 'Student n1', delegation: 'north' });
    expect(mine.rounds).toBeNull();
  });
});

describe('proposals, history and the reflection prompt', () => {
  it('the host lists every team’s proposals, a seat its own team’s, the projector none', () => {
    const state = play(talking(), [
      cmd({ type: 'proposeMove', by: { kind: 'seat', seatId: 'n1' }, moveId: 'talk', target: 'south', rationale: 'r' }),
      cmd({ type: 'proposeMove', by: { kind: 'seat', seatId: 's1' }, moveId: 'talk', target: 'north', rationale: 'r' }),
    ]).state;
    const of = (v: Viewer) =>
      viewFor(tinyScenario, state, v)
        .proposals.map((p) => p.delegation)
        .sort();
    expect(of(host)).toEqual(['north', 'south']);
    expect(of(n1)).toEqual(['north']);
    expect(of(projector)).toEqual([]);
  });

  it('history rows are trimmed like the meters, and the prompt shows only in the reflection phase', () => {
    let state = play(talking(), [cmd({ type: 'skipPhase', by: HOST }), cmd({ type: 'skipPhase', by: HOST })]).state;
    expect(state.history.length).toBeGreaterThan(0);
    expect(viewFor(tinyScenario, state, s1).history.every((m) => Object.keys(m.threat).join() === 'south')).toBe(true);
    expect(viewFor(tinyScenario, state, host).history).toEqual(state.history);
    expect(viewFor(tinyScenario, state, s1).reflectionPrompt).toBeNull();
    state = play(state, [cmd({ type: 'skipPhase', by: HOST })]).state;
    expect(state.phase).toBe('reflection');
    expect(viewFor(tinyScenario, state, s1).reflectionPrompt).toBe(tinyScenario.reflectionPrompts[0]);
  });
});

describe('threat rows', () => {
  const meters = (): Meters => deliberating().meters;

  it('a seat reads its own delegation’s row, the projector none, the host all', () => {
    const m = meters();
    expect(Object.keys(metersFor({ kind: 'seat', seatId: 'n1', delegation: 'north' }, m).threat)).toEqual(['north']);
    expect(metersFor({ kind: 'public' }, m).threat).toEqual({});
    expect(metersFor({ kind: 'host' }, m)).toBe(m);
    expect(metersFor({ kind: 'public' }, m).tension).toBe(m.tension);
  });

  it('in events: a threat change reaches its own delegation and the host; recorded history is trimmed per viewer', () => {
    const state = talking();
    const change: GameEvent = {
      type: 'meterChanged',
      meter: { kind: 'threat', from: 'north', to: 'south' },
      from: 35,
      to: 50,
      cause: { code: 'move', mechanism: 'direct', who: 'north', move: 'drill' },
    };
    const history: GameEvent = { type: 'historyRecorded', meters: state.meters };
    expect(redactEvents(state, n1, [change])).toEqual([change]);
    expect(redactEvents(state, s1, [change])).toEqual([]);
    expect(redactEvents(state, projector, [change])).toEqual([]);
    expect(redactEvents(state, host, [change])).toEqual([change]);
    const [trimmed] = redactEvents(state, s1, [history]) as [Extract<GameEvent, { type: 'historyRecorded' }>];
    expect(Object.keys(trimmed.meters.threat)).toEqual(['south']);
    expect(redactEvents(state, host, [history])).toEqual([history]);
  });
});

describe('who hears which event', () => {
  it('diplomacy reaches both sides, team business the team, world meters everyone', () => {
    const state = talking();
    const msg = (channel: 'team' | 'diplomatic', to: string | null): GameEvent => ({
      type: 'messageSent',
      message: { id: 'm99', round: 1, channel, seatId: 'n1', from: 'north', to, text: 'x', commitment: null, at: 1 },
    });
    const who = (event: GameEvent) =>
      [n1, s1, { kind: 'seat', seatId: 'e1' } as Viewer, projector, host].map(
        (v) => redactEvents(state, v, [event]).length,
      );
    expect(who(msg('diplomatic', 'south'))).toEqual([1, 1, 0, 0, 1]);
    expect(who(msg('team', null))).toEqual([1, 0, 0, 0, 1]);
    expect(who({ type: 'approvalChanged', proposalId: 'p1', delegation: 'south', approvals: ['s1'] })).toEqual([
      0, 1, 0, 0, 1,
    ]);
    const locked: ResolvedMove = {
      round: 1,
      delegation: 'east',
      moveId: 'talk',
      target: 'north',
      proposalId: null,
      byBot: false,
      covert: false,
      revealedRound: null,
    };
    expect(who({ type: 'moveLocked', move: locked })).toEqual([0, 0, 1, 0, 1]);
    expect(
      who({
        type: 'meterChanged',
        meter: { kind: 'tension' },
        from: 35,
        to: 40,
        cause: { code: 'move', mechanism: 'direct', who: 'north', move: 'drill' },
      }),
    ).toEqual([1, 1, 1, 1, 1]);
  });

  it('every viewer reads the band thresholds of the scenario', () => {
    expect(scenarioFor(tinyScenario, projector, talking()).bandThresholds).toEqual([
      ...tinyScenario.params.bandThresholds,
    ]);
  });
});

describe('names and moves in events', () => {
  it('the projector hears a seat joined without its name; students hear names, and renames', () => {
    const state = talking();
    const joined: GameEvent = {
      type: 'seatJoined',
      seat: { id: 'x1', name: 'Xavier', delegation: 'east', removed: false },
    };
    const renamed: GameEvent = { type: 'seatRenamed', seatId: 'n1', name: 'New name' };
    expect(redactEvents(state, projector, [joined, renamed])).toEqual([
      { ...joined, seat: { ...joined.seat, name: '' } },
    ]);
    expect(redactEvents(state, s1, [joined, renamed])).toEqual([joined, renamed]);
    expect(redactEvents(state, host, [joined, renamed])).toEqual([joined, renamed]);
  });

  it('a covert move is seen by its own team and the host until it is revealed, then by all', () => {
    const covert: ResolvedMove = {
      round: 1,
      delegation: 'north',
      moveId: 'hack',
      target: 'south',
      proposalId: null,
      byBot: false,
      covert: true,
      revealedRound: null,
    };
    const open: ResolvedMove = { ...covert, delegation: 'south', moveId: 'talk', covert: false, revealedRound: 1 };
    expect(canSeeMove({ kind: 'seat', seatId: 'n1', delegation: 'north' }, covert)).toBe(true);
    expect(canSeeMove({ kind: 'seat', seatId: 's1', delegation: 'south' }, covert)).toBe(false);
    expect(canSeeMove({ kind: 'public' }, covert)).toBe(false);
    expect(canSeeMove({ kind: 'host' }, covert)).toBe(true);
    expect(canSeeMove({ kind: 'public' }, { ...covert, revealedRound: 2 })).toBe(true);
    const state = talking();
    const reveal: GameEvent = { type: 'movesRevealed', round: 1, moves: [covert, open] };
    const cover: ResolvedMove = { ...covert, moveId: 'hold', target: null, covert: false, revealedRound: 1 };
    expect(redactEvents(state, s1, [reveal])).toEqual([{ ...reveal, moves: [cover, open] }]);
    expect(redactEvents(state, n1, [reveal])).toEqual([reveal]);
    expect(redactEvents(state, projector, [{ type: 'moveLocked', move: covert }])).toEqual([]);
  });

  it('only a seat that itself joined or moved needs a snapshot', () => {
    const joined: GameEvent = {
      type: 'seatJoined',
      seat: { id: 'n1', name: 'N', delegation: 'north', removed: false },
    };
    const moved: GameEvent = { type: 'seatReassigned', seatId: 'n1', from: 'north', to: 'east' };
    expect(needsSnapshot(n1, [joined])).toBe(true);
    expect(needsSnapshot(n1, [moved])).toBe(true);
    expect(needsSnapshot(s1, [joined, moved])).toBe(false);
    expect(needsSnapshot(host, [joined, moved])).toBe(false);
    expect(needsSnapshot(projector, [joined])).toBe(false);
    // Other news about the seat itself folds like any event: a rename, its extra time.
    const renamed: GameEvent = { type: 'seatRenamed', seatId: 'n1', name: 'Nora' };
    const extra: GameEvent = { type: 'extraTimeSet', seatId: 'n1', percent: 50, reflectionMs: 30_000 };
    expect(needsSnapshot(n1, [renamed, extra])).toBe(false);
  });
});

describe('the scenario each viewer reads', () => {
  it('withholds other delegations’ briefs and objectives, and the injectable news list from all but the host', () => {
    const state = talking();
    const briefs = (viewer: Viewer) =>
      Object.fromEntries(
        scenarioFor(tinyScenario, viewer, state).delegations.map((d) => [
          d.id,
          [d.privateBrief !== null, d.objectives !== null],
        ]),
      );
    expect(briefs(n1)).toEqual({ north: [true, true], south: [false, false], east: [false, false] });
    expect(briefs(projector)).toEqual({ north: [false, false], south: [false, false], east: [false, false] });
    expect(briefs({ kind: 'seat', seatId: 'e2' })).toEqual({
      north: [false, false],
      south: [false, false],
      east: [false, false],
    });
    expect(briefs(host)).toEqual({ north: [true, true], south: [true, true], east: [true, true] });
    expect(scenarioFor(tinyScenario, n1, state).injectableNews).toEqual([]);
    expect(scenarioFor(tinyScenario, host, state).injectableNews).toEqual([{ id: 'storm', headline: 'Storm' }]);
    expect(scenarioFor(tinyScenario, projector, state).moves.north?.map((m) => m.id)).toContain('hold');
  });
});

describe('orders every view shares', () => {
  it('seats by id, moves by round then scenario order', () => {
    expect(
      sortSeats([
        { id: 'b', name: '', delegation: 'x' },
        { id: 'a', name: '', delegation: 'x' },
        { id: 'c', name: '', delegation: 'x' },
      ]).map((s) => s.id),
    ).toEqual(['a', 'b', 'c']);
    const m = (round: number, delegation: string): ResolvedMove => ({
      round,
      delegation,
      moveId: 'talk',
      target: null,
      proposalId: null,
      byBot: false,
      covert: false,
      revealedRound: round,
    });
    expect(
      sortMoves(tinyScenario, [m(2, 'north'), m(1, 'east'), m(1, 'north'), m(1, 'south')]).map(
        (x) => `${x.round}${x.delegation}`,
      ),
    ).toEqual(['1north', '1south', '1east', '2north']);
  });
});
