// The session's flow as a class lives it: phases and rounds, the decision deadline, crisis holds and the end.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { winningProposal } from '../../../shared/rules/phases.ts';
import type { GameState, Proposal, ResolvedMove } from '../../../shared/rules/types.ts';
import { cmd, deliberating, HOST, join, lobby, play, seat, skip, start, SYSTEM, tinyScenario } from './fixtures.ts';

const phases = (events: GameEvent[]) =>
  events.flatMap((e) => (e.type === 'phaseChanged' ? [`${e.phase}${e.round > 0 ? e.round : ''}`] : []));
const locked = (events: GameEvent[]) => events.flatMap((e) => (e.type === 'moveLocked' ? [e.move] : []));
const timeUp = (s: GameState) => cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: s.phase, round: s.round });

/** Lets every timer run out until the session ends (or a limit is hit). */
function runOut(state: GameState, limit = 100): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  let s = state;
  for (let i = 0; i < limit && s.phase !== 'ended'; i++) {
    const r = applyCommand(tinyScenario, s, timeUp(s));
    if (!r.ok) throw new Error(r.error);
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

describe('a whole session', () => {
  it('two rounds with reflection: lobby → briefing → (news → deliberation → decision → resolution → reflection) × 2 → ended', () => {
    const s = play(lobby({ rounds: 2 }), [join('a', 'A'), start()]);
    const rest = runOut(s.state);
    expect(phases([...s.events, ...rest.events])).toEqual([
      'briefing',
      'news1',
      'deliberation1',
      'decision1',
      'resolution1',
      'reflection1',
      'news2',
      'deliberation2',
      'decision2',
      'resolution2',
      'reflection2',
      'ended2',
    ]);
    expect(rest.events.at(-1)?.type).toBe('sessionEnded');
    expect(rest.state.scores).not.toBeNull();
    expect(rest.state.clock).toEqual({ endsAt: null, remainingMs: null, paused: false });
  });

  it('without reflection the next round follows resolution directly', () => {
    const s = play(lobby({ rounds: 1, reflection: false }), [join('a', 'A'), start()]);
    expect(phases(runOut(s.state).events)).toEqual(['news1', 'deliberation1', 'decision1', 'resolution1', 'ended1']);
  });

  it('each phase runs on its own clock from the moment it is entered', () => {
    const s = play(lobby(), [start()]).state;
    expect(s.clock.endsAt).toBe(1_000_000 + 180_000);
    const news = play(s, [cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'briefing', round: 0, at: 1_180_000 })]).state;
    expect(news.clock.endsAt).toBe(1_180_000 + 30_000);
  });

  it('skipping while paused starts the next phase running', () => {
    const s = play(deliberating(), [cmd({ type: 'pauseClock', by: HOST }), skip()]).state;
    expect(s.phase).toBe('decision');
    expect(s.clock.paused).toBe(false);
  });

  it('a duplicated timer for the same phase is refused the second time', () => {
    const s = deliberating();
    const first = applyCommand(tinyScenario, s, timeUp(s));
    expect(first.ok).toBe(true);
    const again = applyCommand(tinyScenario, first.state, timeUp(s));
    expect(again).toMatchObject({ ok: false, error: 'rule/stale-timer' });
  });

  it('ending from the lobby ends at once', () => {
    const r = play(lobby(), [cmd({ type: 'endSession', by: HOST })]);
    expect(r.state.phase).toBe('ended');
    expect(phases(r.events)).toEqual(['ended']);
  });
});

describe('the decision rule at the deadline', () => {
  const propose = (by: string, moveId: string, target: string | null = null) =>
    cmd({ type: 'proposeMove', by: seat(by), moveId, target, rationale: 'because' });
  const approve = (by: string, proposalId: string) => cmd({ type: 'approveProposal', by: seat(by), proposalId });

  it('the most-approved proposal wins', () => {
    const r = play(deliberating(), [
      propose('n1', 'drill'), // p_north_1
      propose('n2', 'talk', 'south'), // p_north_2
      approve('n1', 'p_north_2'),
      approve('n2', 'p_north_2'),
      approve('n2', 'p_north_1'),
      skip(),
      skip(),
    ]);
    expect(locked(r.events).find((m) => m.delegation === 'north')).toMatchObject({
      moveId: 'talk',
      target: 'south',
      proposalId: 'p_north_2',
      byBot: false,
    });
  });

  it('on a tie the earlier proposal wins, also with no approvals at all', () => {
    const tie = play(deliberating(), [
      propose('s1', 'drill'),
      propose('s2', 'aidSouth'),
      approve('s1', 'p_south_2'),
      approve('s2', 'p_south_1'),
      skip(),
      skip(),
    ]);
    expect(locked(tie.events).find((m) => m.delegation === 'south')?.proposalId).toBe('p_south_1');
    const none = play(deliberating(), [propose('s1', 'drill'), propose('s2', 'aidSouth'), skip(), skip()]);
    expect(locked(none.events).find((m) => m.delegation === 'south')?.moveId).toBe('drill');
  });

  it('a team that proposed nothing holds', () => {
    const r = play(deliberating(), [skip(), skip()]);
    expect(locked(r.events).map((m) => [m.delegation, m.moveId, m.proposalId, m.byBot])).toEqual([
      ['north', 'hold', null, false],
      ['south', 'hold', null, false],
      ['east', 'hold', null, false],
    ]);
  });

  it('a delegation with no students is played by the bot', () => {
    const s = play(lobby(), [join('a', 'A', 'north'), start(), skip(), skip(), skip(), skip()]);
    const moves = locked(s.events);
    expect(moves.map((m) => [m.delegation, m.byBot])).toEqual([
      ['north', false],
      ['south', true],
      ['east', true],
    ]);
  });

  it('proposals from an earlier round do not count', () => {
    const r = play(deliberating({ reflection: false }), [
      propose('e1', 'drill'),
      skip(),
      skip(),
      skip(),
      skip(),
      skip(),
    ]);
    expect(r.state.phase).toBe('decision');
    expect(locked(play(r.state, [skip()]).events).find((m) => m.delegation === 'east')?.moveId).toBe('hold');
  });

  it('covert moves are locked as covert', () => {
    const r = play(deliberating(), [propose('e1', 'hack', 'north'), skip(), skip()]);
    expect(locked(r.events).find((m) => m.delegation === 'east')).toMatchObject({
      moveId: 'hack',
      covert: true,
      revealedRound: null,
    });
  });

  it('winningProposal is a pure function of the proposals', () => {
    const p = (id: string, approvals: string[], delegation = 'north', round = 1): Proposal => ({
      id,
      round,
      delegation,
      seatId: 'x',
      moveId: 'hold',
      target: null,
      rationale: '',
      approvals,
    });
    expect(winningProposal([], 1, 'north')).toBeNull();
    expect(winningProposal([p('p1', ['a']), p('p2', ['a', 'b']), p('p3', ['a', 'b'])], 1, 'north')?.id).toBe('p2');
    expect(winningProposal([p('p1', ['a', 'b', 'c'], 'south'), p('p2', [])], 1, 'north')?.id).toBe('p2');
  });
});

describe('crisis hold', () => {
  it('resume restarts the frozen clock; end closes the session', () => {
    const hold: GameState = {
      ...deliberating(),
      crisisHold: true,
      holdPausedClock: true,
      clock: { endsAt: null, remainingMs: 5_000, paused: true },
    };
    const resumed = play(hold, [cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume', at: 3_000_000 })]);
    expect(resumed.state.crisisHold).toBe(false);
    expect(resumed.state.clock).toEqual({ endsAt: 3_005_000, remainingMs: null, paused: false });
    expect(resumed.events.map((e) => e.type)).toEqual(['crisisHoldEnded', 'clockResumed']);
    const ended = play(hold, [cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'end' })]);
    expect(ended.state.phase).toBe('ended');
    expect(ended.events[0]).toEqual({ type: 'crisisHoldEnded', outcome: 'end' });
  });

  it('leaving the hold restores the pause state it found: a clock the teacher had paused stays paused', () => {
    const paused = play(deliberating(), [cmd({ type: 'pauseClock', by: HOST, at: 1_000 })]).state;
    expect(paused.clock.paused).toBe(true);
    // The hold starts on a paused clock (tension reached the top band at a resolution the teacher skipped to).
    const hold: GameState = { ...paused, crisisHold: true };
    const resumed = play(hold, [cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume', at: 3_000_000 })]);
    expect(resumed.state.crisisHold).toBe(false);
    expect(resumed.state.clock).toEqual(paused.clock);
    expect(resumed.events.map((e) => e.type)).toEqual(['crisisHoldEnded']);
    // The teacher resumes when ready.
    expect(play(resumed.state, [cmd({ type: 'resumeClock', by: HOST, at: 3_000_000 })]).state.clock.paused).toBe(false);
  });

  it('the teacher ending the session during a hold ends the hold too', () => {
    const hold: GameState = { ...deliberating(), crisisHold: true };
    const r = play(hold, [cmd({ type: 'endSession', by: HOST })]);
    expect(r.state.crisisHold).toBe(false);
    expect(r.events.map((e) => e.type)).toContain('crisisHoldEnded');
  });
});

describe('the end of the session', () => {
  it('reveals every covert move still hidden, and only those', () => {
    const covert = (delegation: string, revealedRound: number | null): ResolvedMove => ({
      round: 1,
      delegation,
      moveId: 'hack',
      target: 'north',
      proposalId: null,
      byBot: false,
      covert: true,
      revealedRound,
    });
    const s: GameState = { ...deliberating(), moves: [covert('east', null), covert('south', 1)] };
    const r = play(s, [cmd({ type: 'endSession', by: HOST })]);
    expect(r.events.filter((e) => e.type === 'covertRevealed')).toEqual([
      { type: 'covertRevealed', move: { ...covert('east', 1) }, cause: { code: 'revealedAtEnd', mechanism: 'direct' } },
    ]);
    expect(r.state.moves.every((m) => m.revealedRound !== null)).toBe(true);
  });
});
