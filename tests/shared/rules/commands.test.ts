// Each command's accepted path and its refusals: a refusal returns the same state object, the error code,
// and does not advance seq. Rows name the classroom situation they come from.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Command } from '../../../shared/rules/commands.ts';
import type { ErrorCode } from '../../../shared/rules/errors.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import {
  cmd,
  type CommandInput,
  deliberating,
  HOST,
  join,
  lobby,
  play,
  seat,
  skip,
  start,
  SYSTEM,
  tinyScenario,
} from './fixtures.ts';

function refused(state: GameState, command: Command, error: ErrorCode): void {
  const result = applyCommand(tinyScenario, state, command);
  expect(result.ok, `${command.type} should be refused with ${error}`).toBe(false);
  if (result.ok) return;
  expect(result.error).toBe(error);
  expect(result.state).toBe(state);
  expect(result.state.seq).toBe(state.seq);
}

function accepted(state: GameState, command: Command): { state: GameState; events: ReturnType<typeof play>['events'] } {
  const before = JSON.stringify(state);
  const result = applyCommand(tinyScenario, state, command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error}`);
  expect(result.state.seq).toBe(state.seq + 1);
  expect(JSON.stringify(state)).toBe(before); // the input state was not mutated
  return result;
}

const inLobbyWithAna = () => play(lobby(), [join('a', 'Ana')]).state;
const inDecision = () => play(deliberating(), [skip()]).state;
const inReflection = () => play(deliberating(), [skip(), skip(), skip()]).state;
const ended = () => play(lobby(), [cmd({ type: 'endSession', by: HOST })]).state;
const paused = () => play(deliberating(), [cmd({ type: 'pauseClock', by: HOST })]).state;
const proposalOfN1 = (s: GameState) =>
  play(s, [cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'drill', target: null, rationale: 'Show we mean it' })]);

describe('refusals leave the state untouched', () => {
  const rows: [string, () => GameState, Command, ErrorCode][] = [
    // permissions
    [
      'a student tries to start the session',
      inLobbyWithAna,
      cmd({ type: 'startSession', by: seat('a') }),
      'rule/not-allowed',
    ],
    ['a student tries to skip a phase', deliberating, cmd({ type: 'skipPhase', by: seat('n1') }), 'rule/not-allowed'],
    [
      'the teacher tries to chat as a team member',
      deliberating,
      cmd({ type: 'sendTeamMessage', by: HOST, text: 'hi' }),
      'rule/not-allowed',
    ],
    [
      'the host sends a phase timer',
      deliberating,
      cmd({ type: 'phaseTimeUp', by: HOST, phase: 'deliberation', round: 1 }),
      'rule/not-allowed',
    ],
    [
      'a student tries to add a seat',
      inLobbyWithAna,
      cmd({ type: 'joinSeat', by: seat('a'), seatId: 'x', name: 'X' }),
      'rule/not-allowed',
    ],
    // joins
    ['a second tab reuses a seat id', inLobbyWithAna, join('a', 'Other'), 'rule/seat-exists'],
    ['a name differing only in case', inLobbyWithAna, join('b', 'ANA'), 'rule/name-taken'],
    ['an empty name', inLobbyWithAna, join('b', '   '), 'rule/name-invalid'],
    ['a 25-character name', inLobbyWithAna, join('b', 'x'.repeat(25)), 'rule/name-invalid'],
    ['a name with a control character', inLobbyWithAna, join('b', 'bad\u0007name'), 'rule/name-invalid'],
    ['a join naming no real delegation', inLobbyWithAna, join('b', 'Bo', 'atlantis'), 'rule/delegation-unknown'],
    [
      'a join after the teacher locked',
      () => play(lobby(), [cmd({ type: 'lockJoins', by: HOST, locked: true })]).state,
      join('b', 'Bo'),
      'rule/joins-locked',
    ],
    ['a join once the session has ended', ended, join('b', 'Bo'), 'rule/session-ended'],
    // seat management
    [
      'renaming a seat that does not exist',
      inLobbyWithAna,
      cmd({ type: 'renameSeat', by: HOST, seatId: 'zz', name: 'Z' }),
      'rule/seat-unknown',
    ],
    [
      'renaming onto someone else’s name',
      () => play(inLobbyWithAna(), [join('b', 'Bo')]).state,
      cmd({ type: 'renameSeat', by: HOST, seatId: 'b', name: 'ana' }),
      'rule/name-taken',
    ],
    [
      'removing a seat twice',
      () => play(inLobbyWithAna(), [cmd({ type: 'removeSeat', by: HOST, seatId: 'a' })]).state,
      cmd({ type: 'removeSeat', by: HOST, seatId: 'a' }),
      'rule/seat-removed',
    ],
    [
      'reassigning to an unknown delegation',
      inLobbyWithAna,
      cmd({ type: 'reassignSeat', by: HOST, seatId: 'a', delegation: 'atlantis' }),
      'rule/delegation-unknown',
    ],
    [
      'reassigning to the same delegation',
      inLobbyWithAna,
      cmd({ type: 'reassignSeat', by: HOST, seatId: 'a', delegation: 'north' }),
      'rule/same-delegation',
    ],
    // flow
    ['starting twice', deliberating, start(), 'rule/session-started'],
    ['skipping in the lobby', lobby, skip(), 'rule/wrong-phase'],
    [
      'a timer from the previous phase',
      deliberating,
      cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'news', round: 1 }),
      'rule/stale-timer',
    ],
    [
      'a timer from the previous round',
      inReflection,
      cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'reflection', round: 0 }),
      'rule/stale-timer',
    ],
    [
      'a timer firing while paused',
      paused,
      cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'deliberation', round: 1 }),
      'rule/paused',
    ],
    ['pausing twice', paused, cmd({ type: 'pauseClock', by: HOST }), 'rule/already-paused'],
    ['pausing in the lobby', lobby, cmd({ type: 'pauseClock', by: HOST }), 'rule/wrong-phase'],
    ['resuming a running clock', deliberating, cmd({ type: 'resumeClock', by: HOST }), 'rule/not-paused'],
    ['extending by zero', deliberating, cmd({ type: 'extendPhase', by: HOST, seconds: 0 }), 'rule/extend-invalid'],
    [
      'extending by eleven minutes',
      deliberating,
      cmd({ type: 'extendPhase', by: HOST, seconds: 660 }),
      'rule/extend-invalid',
    ],
    ['extending in the lobby', lobby, cmd({ type: 'extendPhase', by: HOST, seconds: 30 }), 'rule/wrong-phase'],
    [
      'injecting an unknown news id',
      deliberating,
      cmd({ type: 'injectNews', by: HOST, newsId: 'nope' }),
      'rule/news-unknown',
    ],
    [
      'injecting a blank headline',
      deliberating,
      cmd({ type: 'injectNews', by: HOST, headline: '  ' }),
      'rule/text-empty',
    ],
    [
      'injecting a headline too long',
      deliberating,
      cmd({ type: 'injectNews', by: HOST, headline: 'x'.repeat(121) }),
      'rule/text-too-long',
    ],
    [
      'injecting news in the lobby',
      lobby,
      cmd({ type: 'injectNews', by: HOST, headline: 'Early' }),
      'rule/wrong-phase',
    ],
    [
      'ending a crisis hold that never started',
      deliberating,
      cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' }),
      'rule/no-crisis-hold',
    ],
    ['ending twice', ended, cmd({ type: 'endSession', by: HOST }), 'rule/session-ended'],
    // students
    [
      'a student who is not in the session',
      deliberating,
      cmd({ type: 'sendTeamMessage', by: seat('ghost'), text: 'hi' }),
      'rule/seat-unknown',
    ],
    [
      'a removed student keeps typing',
      () => play(deliberating(), [cmd({ type: 'removeSeat', by: HOST, seatId: 'n1' })]).state,
      cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'hi' }),
      'rule/seat-removed',
    ],
    [
      'a removed student sends a reflection',
      () => play(inReflection(), [cmd({ type: 'removeSeat', by: HOST, seatId: 'n1' })]).state,
      cmd({ type: 'submitReflection', by: seat('n1'), text: 'Still here' }),
      'rule/seat-removed',
    ],
    [
      'chatting while the teacher has paused',
      paused,
      cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'hi' }),
      'rule/paused',
    ],
    [
      'chatting in the lobby',
      () => play(lobby(), [join('n1', 'N')]).state,
      cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'hi' }),
      'rule/wrong-phase',
    ],
    [
      'an empty message',
      deliberating,
      cmd({ type: 'sendTeamMessage', by: seat('n1'), text: ' \n ' }),
      'rule/text-empty',
    ],
    [
      'a message over 500 characters',
      deliberating,
      cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'x'.repeat(501) }),
      'rule/text-too-long',
    ],
    [
      'a diplomatic note to nobody real',
      deliberating,
      cmd({ type: 'sendDiplomaticMessage', by: seat('n1'), to: 'atlantis', text: 'hi' }),
      'rule/delegation-unknown',
    ],
    [
      'a diplomatic note to one’s own team',
      deliberating,
      cmd({ type: 'sendDiplomaticMessage', by: seat('n1'), to: 'north', text: 'hi' }),
      'rule/recipient-invalid',
    ],
    [
      'a statement in the news phase',
      () => play(lobby(), [join('n1', 'N'), start(), skip()]).state,
      cmd({ type: 'makeStatement', by: seat('n1'), text: 'hi', commitment: null }),
      'rule/wrong-phase',
    ],
    [
      'a warning aimed at oneself',
      deliberating,
      cmd({ type: 'makeStatement', by: seat('n1'), text: 'x', commitment: { kind: 'warning', target: 'north' } }),
      'rule/commitment-invalid',
    ],
    [
      // The edge refuses it too; the rules hold by themselves for a stored or hand-made command.
      'a warning aimed at no one',
      deliberating,
      cmd({
        type: 'makeStatement',
        by: seat('n1'),
        text: 'Or else.',
        commitment: { kind: 'warning', target: null },
      } as unknown as CommandInput),
      'rule/commitment-invalid',
    ],
    [
      'a pledge toward an unknown delegation',
      deliberating,
      cmd({ type: 'makeStatement', by: seat('n1'), text: 'x', commitment: { kind: 'pledge', target: 'atlantis' } }),
      'rule/commitment-invalid',
    ],
    [
      'proposing a move the delegation lacks',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'nuke', target: null, rationale: 'r' }),
      'rule/move-unknown',
    ],
    [
      'proposing talks without saying with whom',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'talk', target: null, rationale: 'r' }),
      'rule/target-required',
    ],
    [
      'proposing talks with oneself',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'talk', target: 'north', rationale: 'r' }),
      'rule/target-invalid',
    ],
    [
      'aiming a world-wide drill at someone',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'drill', target: 'south', rationale: 'r' }),
      'rule/target-invalid',
    ],
    [
      're-aiming a fixed-target move',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'aidSouth', target: 'east', rationale: 'r' }),
      'rule/target-invalid',
    ],
    [
      'a proposal without a rationale',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'drill', target: null, rationale: '' }),
      'rule/text-empty',
    ],
    [
      'a rationale over 140 characters',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'drill', target: null, rationale: 'x'.repeat(141) }),
      'rule/text-too-long',
    ],
    [
      'proposing after the deadline',
      () => play(inDecision(), [skip()]).state,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'drill', target: null, rationale: 'r' }),
      'rule/wrong-phase',
    ],
    [
      'approving another team’s proposal',
      () => proposalOfN1(deliberating()).state,
      cmd({ type: 'approveProposal', by: seat('s1'), proposalId: 'p_north_1' }),
      'rule/proposal-unknown',
    ],
    [
      'approving last round’s proposal in the next round',
      () => play(proposalOfN1(deliberating()).state, [skip(), skip(), skip(), skip(), skip()]).state,
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
      'rule/proposal-unknown',
    ],
    [
      'approving a proposal twice',
      () =>
        play(proposalOfN1(deliberating()).state, [
          cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
        ]).state,
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
      'rule/already-approved',
    ],
    [
      'withdrawing an approval never given',
      () => proposalOfN1(deliberating()).state,
      cmd({ type: 'withdrawApproval', by: seat('n2'), proposalId: 'p_north_1' }),
      'rule/not-approved',
    ],
    [
      'reflecting outside the reflection phase',
      deliberating,
      cmd({ type: 'submitReflection', by: seat('n1'), text: 'hm' }),
      'rule/wrong-phase',
    ],
    [
      'reflecting twice in one round',
      () => play(inReflection(), [cmd({ type: 'submitReflection', by: seat('n1'), text: 'one' })]).state,
      cmd({ type: 'submitReflection', by: seat('n1'), text: 'two' }),
      'rule/already-reflected',
    ],
    [
      'a reflection over 280 characters',
      inReflection,
      cmd({ type: 'submitReflection', by: seat('n1'), text: 'x'.repeat(281) }),
      'rule/text-too-long',
    ],
  ];
  it.each(rows)('%s', (_name, build, command, error) => refused(build(), command, error));

  it('a malformed command (unknown type, missing text) is refused, not thrown', () => {
    const s = deliberating();
    refused(s, { type: 'launchMissiles', by: HOST, at: 1 } as unknown as Command, 'protocol/invalid');
    refused(s, { type: 'sendTeamMessage', by: seat('n1'), at: 1 } as unknown as Command, 'rule/text-empty');
    refused(s, { type: 'joinSeat', by: SYSTEM, seatId: 'q', at: 1 } as unknown as Command, 'rule/name-invalid');
  });

  it('the 61st student finds the session full', () => {
    const full = play(
      lobby(),
      Array.from({ length: 60 }, (_, i) => join(`s${i}`, `Student ${i}`)),
    ).state;
    refused(full, join('late', 'Late'), 'rule/session-full');
  });

  it('a crisis hold stops timers, skipping, pausing and students', () => {
    const hold = { ...deliberating(), crisisHold: true };
    refused(hold, cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'deliberation', round: 1 }), 'rule/crisis-hold');
    refused(hold, skip(), 'rule/crisis-hold');
    refused(hold, cmd({ type: 'pauseClock', by: HOST }), 'rule/crisis-hold');
    refused(hold, cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'hi' }), 'rule/crisis-hold');
  });
});

describe('every command has an accepted path', () => {
  const hold = (): GameState => ({
    ...deliberating(),
    crisisHold: true,
    holdPausedClock: true,
    clock: { endsAt: null, remainingMs: 9_000, paused: true },
  });
  const rows: [string, () => GameState, Command, string[]][] = [
    ['joinSeat', lobby, join('a', 'Ana'), ['seatJoined']],
    ['renameSeat', inLobbyWithAna, cmd({ type: 'renameSeat', by: HOST, seatId: 'a', name: 'Anna' }), ['seatRenamed']],
    ['removeSeat', inLobbyWithAna, cmd({ type: 'removeSeat', by: HOST, seatId: 'a' }), ['seatRemoved']],
    [
      'reassignSeat',
      inLobbyWithAna,
      cmd({ type: 'reassignSeat', by: HOST, seatId: 'a', delegation: 'east' }),
      ['seatReassigned'],
    ],
    ['lockJoins', lobby, cmd({ type: 'lockJoins', by: HOST, locked: true }), ['joinsLocked']],
    ['startSession', inLobbyWithAna, start(), ['phaseChanged']],
    [
      'phaseTimeUp',
      deliberating,
      cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'deliberation', round: 1 }),
      ['phaseChanged'],
    ],
    ['skipPhase', deliberating, skip(), ['phaseChanged']],
    ['pauseClock', deliberating, cmd({ type: 'pauseClock', by: HOST }), ['clockPaused']],
    ['resumeClock', paused, cmd({ type: 'resumeClock', by: HOST }), ['clockResumed']],
    ['extendPhase', deliberating, cmd({ type: 'extendPhase', by: HOST, seconds: 60 }), ['phaseExtended']],
    [
      'injectNews (scenario item)',
      deliberating,
      cmd({ type: 'injectNews', by: HOST, newsId: 'storm' }),
      ['newsPublished'],
    ],
    [
      'injectNews (free headline)',
      deliberating,
      cmd({ type: 'injectNews', by: HOST, headline: 'Talks rumoured' }),
      ['newsPublished'],
    ],
    [
      'resolveCrisisHold',
      hold,
      cmd({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' }),
      ['crisisHoldEnded', 'clockResumed'],
    ],
    ['endSession', deliberating, cmd({ type: 'endSession', by: HOST }), ['phaseChanged', 'sessionEnded']],
    [
      'sendTeamMessage',
      deliberating,
      cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'We should wait.' }),
      ['messageSent'],
    ],
    [
      'sendDiplomaticMessage',
      deliberating,
      cmd({ type: 'sendDiplomaticMessage', by: seat('n1'), to: 'south', text: 'Talk?' }),
      ['messageSent'],
    ],
    [
      'makeStatement',
      deliberating,
      cmd({ type: 'makeStatement', by: seat('n1'), text: 'We want peace.', commitment: null }),
      ['messageSent'],
    ],
    [
      'proposeMove',
      deliberating,
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'hold', target: null, rationale: 'Wait and see' }),
      ['moveProposed'],
    ],
    [
      'approveProposal',
      () => proposalOfN1(deliberating()).state,
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
      ['approvalChanged'],
    ],
    [
      'withdrawApproval',
      () =>
        play(proposalOfN1(deliberating()).state, [
          cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
        ]).state,
      cmd({ type: 'withdrawApproval', by: seat('n2'), proposalId: 'p_north_1' }),
      ['approvalChanged'],
    ],
    [
      'submitReflection',
      inReflection,
      cmd({ type: 'submitReflection', by: seat('n1'), text: 'We waited too long.' }),
      ['reflectionSubmitted'],
    ],
  ];
  it.each(rows)('%s', (_name, build, command, types) => {
    const { events } = accepted(build(), command);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(types));
  });
});

describe('accepted commands', () => {
  it('balances new students across delegations in scenario order', () => {
    const { state } = play(
      lobby(),
      ['a', 'b', 'c', 'd', 'e'].map((id) => join(id, id)),
    );
    expect(Object.values(state.seats).map((s) => s.delegation)).toEqual(['north', 'south', 'east', 'north', 'south']);
  });

  it('fills the emptiest delegation first when the teacher placed students by hand', () => {
    const { state } = play(lobby(), [
      join('a', 'A', 'north'),
      join('b', 'B', 'north'),
      join('c', 'C', 'south'),
      join('d', 'D'),
    ]);
    expect(state.seats['d']?.delegation).toBe('east');
  });

  it('does not count removed seats when balancing, and frees their names', () => {
    const { state } = play(lobby(), [
      join('a', 'Ana'),
      cmd({ type: 'removeSeat', by: HOST, seatId: 'a' }),
      join('b', 'ana'),
    ]);
    expect(state.seats['b']).toMatchObject({ name: 'ana', delegation: 'north' });
  });

  it('stores the name trimmed with inner spaces collapsed', () => {
    const r = accepted(lobby(), join('a', '  Kim   Ji  '));
    expect(r.state.seats['a']?.name).toBe('Kim Ji');
    expect(r.events).toEqual([
      { type: 'seatJoined', seat: { id: 'a', name: 'Kim Ji', delegation: 'north', removed: false } },
    ]);
  });

  it('lets the teacher add a student after locking joins', () => {
    const locked = play(lobby(), [cmd({ type: 'lockJoins', by: HOST, locked: true })]).state;
    expect(
      accepted(locked, cmd({ type: 'joinSeat', by: HOST, seatId: 'b', name: 'Bo', delegation: 'east' })).state.seats[
        'b'
      ]?.delegation,
    ).toBe('east');
  });

  it('renames, with a case-only change of one’s own name allowed', () => {
    const r = accepted(inLobbyWithAna(), cmd({ type: 'renameSeat', by: HOST, seatId: 'a', name: 'ANA' }));
    expect(r.events).toEqual([{ type: 'seatRenamed', seatId: 'a', name: 'ANA' }]);
  });

  it('removing or reassigning a student withdraws their approvals from the open decision', () => {
    const base = play(proposalOfN1(deliberating()).state, [
      cmd({ type: 'approveProposal', by: seat('n1'), proposalId: 'p_north_1' }),
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
    ]).state;
    const removed = accepted(base, cmd({ type: 'removeSeat', by: HOST, seatId: 'n2' }));
    expect(removed.state.proposals[0]?.approvals).toEqual(['n1']);
    expect(removed.events).toContainEqual({ type: 'seatRemoved', seatId: 'n2', delegation: 'north' });
    const moved = accepted(base, cmd({ type: 'reassignSeat', by: HOST, seatId: 'n1', delegation: 'east' }));
    expect(moved.state.proposals[0]?.approvals).toEqual(['n2']);
    expect(moved.state.seats['n1']?.delegation).toBe('east');
    expect(moved.events).toContainEqual({ type: 'seatReassigned', seatId: 'n1', from: 'north', to: 'east' });
  });

  it('a public pledge is a message and a standing commitment', () => {
    const s = deliberating();
    const r = accepted(
      s,
      cmd({
        type: 'makeStatement',
        by: seat('s1'),
        text: 'We will not drill.',
        commitment: { kind: 'pledge', target: 'north' },
      }),
    );
    const id = 's_1'; // the first public statement
    expect(r.state.commitments).toEqual([
      {
        id,
        delegation: 'south',
        terms: { kind: 'pledge', target: 'north' },
        round: 1,
        status: 'standing',
        settledRound: null,
      },
    ]);
    expect(r.events.map((e) => e.type)).toEqual(['messageSent', 'commitmentMade']);
  });

  it('a pledge still standing when the teacher ends the session early counts as kept', () => {
    const pledged = accepted(
      deliberating(),
      cmd({ type: 'makeStatement', by: seat('s1'), text: 'No drills.', commitment: { kind: 'pledge', target: null } }),
    );
    const r = accepted(pledged.state, cmd({ type: 'endSession', by: HOST }));
    expect(r.state.commitments[0]).toMatchObject({ status: 'kept', settledRound: 1 });
    expect(r.events.map((e) => e.type)).toContain('commitmentSettled');
  });

  it('a team line or a plain statement commits the delegation to nothing', () => {
    const team = accepted(deliberating(), cmd({ type: 'sendTeamMessage', by: seat('n1'), text: 'Drill tonight?' }));
    expect(team.events.map((e) => e.type)).toEqual(['messageSent']);
    expect(team.state.messages.at(-1)).toMatchObject({ channel: 'team', from: 'north', to: null });
    expect(team.state.commitments).toEqual([]);
    const said = accepted(
      team.state,
      cmd({ type: 'makeStatement', by: seat('n1'), text: 'We are calm.', commitment: null }),
    );
    expect(said.events.map((e) => e.type)).toEqual(['messageSent']);
    expect(said.state.commitments).toEqual([]);
  });

  it('withdrawing one’s approval leaves the teammates’ approvals standing', () => {
    const base = play(proposalOfN1(deliberating()).state, [
      cmd({ type: 'approveProposal', by: seat('n1'), proposalId: 'p_north_1' }),
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
    ]).state;
    const r = accepted(base, cmd({ type: 'withdrawApproval', by: seat('n2'), proposalId: 'p_north_1' }));
    expect(r.state.proposals[0]?.approvals).toEqual(['n1']);
    expect(r.events).toEqual([
      { type: 'approvalChanged', proposalId: 'p_north_1', delegation: 'north', approvals: ['n1'] },
    ]);
  });

  it('a diplomatic note is addressed to the other delegation', () => {
    const r = accepted(
      deliberating(),
      cmd({ type: 'sendDiplomaticMessage', by: seat('n1'), to: 'east', text: ' Can we talk? ' }),
    );
    expect(r.state.messages.at(-1)).toMatchObject({
      channel: 'diplomatic',
      from: 'north',
      to: 'east',
      text: 'Can we talk?',
      seatId: 'n1',
    });
  });

  it('a fixed-target move resolves its own target; a seat may approve several proposals', () => {
    const s = deliberating();
    const r = play(s, [
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'aidSouth', target: null, rationale: 'Help them' }),
      cmd({ type: 'proposeMove', by: seat('n2'), moveId: 'talk', target: 'east', rationale: 'Open a line' }),
      cmd({ type: 'approveProposal', by: seat('n1'), proposalId: 'p_north_1' }),
      cmd({ type: 'approveProposal', by: seat('n1'), proposalId: 'p_north_2' }),
      cmd({ type: 'withdrawApproval', by: seat('n1'), proposalId: 'p_north_1' }),
    ]);
    expect(r.state.proposals.map((p) => [p.id, p.target, p.approvals])).toEqual([
      ['p_north_1', 'south', []],
      ['p_north_2', 'east', ['n1']],
    ]);
  });

  it('pause keeps the time left and resume restarts from it; extend adds to either', () => {
    const s = deliberating(); // entered at t=1,000,000 with 240 s
    const pausedAt = accepted(s, cmd({ type: 'pauseClock', by: HOST, at: 1_100_000 })).state;
    expect(pausedAt.clock).toEqual({ endsAt: null, remainingMs: 140_000, paused: true });
    const extended = accepted(pausedAt, cmd({ type: 'extendPhase', by: HOST, seconds: 60 })).state;
    expect(extended.clock.remainingMs).toBe(200_000);
    const resumed = accepted(extended, cmd({ type: 'resumeClock', by: HOST, at: 2_000_000 })).state;
    expect(resumed.clock).toEqual({ endsAt: 2_200_000, remainingMs: null, paused: false });
    expect(accepted(resumed, cmd({ type: 'extendPhase', by: HOST, seconds: 30 })).state.clock.endsAt).toBe(2_230_000);
  });

  it('a free headline from the teacher becomes a numbered news item', () => {
    const s = deliberating();
    const r = accepted(
      s,
      cmd({ type: 'injectNews', by: HOST, headline: 'Floods in the North', body: 'Rivers burst.' }),
    );
    expect(r.state.news.at(-1)).toEqual({
      id: 'teacher-1',
      round: 1,
      headline: 'Floods in the North',
      body: 'Rivers burst.',
      source: 'teacher',
    });
  });

  it('reflections take the round’s prompt, cycling through the scenario’s list', () => {
    const r = accepted(inReflection(), cmd({ type: 'submitReflection', by: seat('e2'), text: 'We held.' }));
    expect(r.state.reflections).toEqual([
      { round: 1, seatId: 'e2', delegation: 'east', prompt: 'What happened?', text: 'We held.' },
    ]);
  });
});
