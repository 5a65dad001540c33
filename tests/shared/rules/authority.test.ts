// Authority lives in the rules, not only at the server's edge: a student actor is refused every teacher and
// system command in every phase, and the teacher cannot speak as a student. The table is complete by type.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command, CommandType } from '../../../shared/rules/commands.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { cmd, deliberating, HOST, lobby, play, seat, skip, SYSTEM, tinyScenario } from './fixtures.ts';

type Sample = (by: Actor) => Command;

/** One well-formed command of every type (a Record, so a new command type fails to compile until listed). */
const SAMPLES: Record<CommandType, Sample> = {
  joinSeat: (by) => cmd({ type: 'joinSeat', by, seatId: 'x9', name: 'Newcomer' }),
  renameSeat: (by) => cmd({ type: 'renameSeat', by, seatId: 's1', name: 'Renamed' }),
  removeSeat: (by) => cmd({ type: 'removeSeat', by, seatId: 's1' }),
  reassignSeat: (by) => cmd({ type: 'reassignSeat', by, seatId: 's1', delegation: 'east' }),
  setExtraTime: (by) => cmd({ type: 'setExtraTime', by, seatId: 's1', percent: 50 }),
  lockJoins: (by) => cmd({ type: 'lockJoins', by, locked: true }),
  startSession: (by) => cmd({ type: 'startSession', by }),
  phaseTimeUp: (by) => cmd({ type: 'phaseTimeUp', by, phase: 'deliberation', round: 1 }),
  skipPhase: (by) => cmd({ type: 'skipPhase', by }),
  pauseClock: (by) => cmd({ type: 'pauseClock', by }),
  resumeClock: (by) => cmd({ type: 'resumeClock', by }),
  extendPhase: (by) => cmd({ type: 'extendPhase', by, seconds: 60 }),
  injectNews: (by) => cmd({ type: 'injectNews', by, newsId: 'storm' }),
  resolveCrisisHold: (by) => cmd({ type: 'resolveCrisisHold', by, outcome: 'end' }),
  endSession: (by) => cmd({ type: 'endSession', by }),
  sendTeamMessage: (by) => cmd({ type: 'sendTeamMessage', by, text: 'hello team' }),
  sendDiplomaticMessage: (by) => cmd({ type: 'sendDiplomaticMessage', by, to: 'south', text: 'hello south' }),
  makeStatement: (by) =>
    cmd({ type: 'makeStatement', by, text: 'We pledge calm', commitment: { kind: 'pledge', target: null } }),
  proposeMove: (by) => cmd({ type: 'proposeMove', by, moveId: 'talk', target: 'south', rationale: 'talk' }),
  approveProposal: (by) => cmd({ type: 'approveProposal', by, proposalId: 'p1' }),
  withdrawApproval: (by) => cmd({ type: 'withdrawApproval', by, proposalId: 'p1' }),
  submitReflection: (by) => cmd({ type: 'submitReflection', by, text: 'I learned' }),
};

const TEACHER_ONLY: CommandType[] = [
  'renameSeat',
  'removeSeat',
  'reassignSeat',
  'setExtraTime',
  'lockJoins',
  'startSession',
  'skipPhase',
  'pauseClock',
  'resumeClock',
  'extendPhase',
  'injectNews',
  'resolveCrisisHold',
  'endSession',
];
const SYSTEM_ONLY: CommandType[] = ['phaseTimeUp'];
const STUDENT_ONLY: CommandType[] = [
  'sendTeamMessage',
  'sendDiplomaticMessage',
  'makeStatement',
  'proposeMove',
  'approveProposal',
  'withdrawApproval',
  'submitReflection',
];

const withSeats = (): GameState =>
  play(lobby(), [
    cmd({ type: 'joinSeat', by: SYSTEM, seatId: 'n1', name: 'N1', delegation: 'north' }),
    cmd({ type: 'joinSeat', by: SYSTEM, seatId: 's1', name: 'S1', delegation: 'south' }),
  ]).state;
const phases: [string, () => GameState][] = [
  ['the lobby', withSeats],
  ['deliberation', () => deliberating()],
  ['decision', () => play(deliberating(), [skip()]).state],
];

describe('the rules refuse a student every teacher and system command', () => {
  it('the table names every command type exactly once', () => {
    const listed = [...TEACHER_ONLY, ...SYSTEM_ONLY, ...STUDENT_ONLY, 'joinSeat'];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const [name, state] of phases) {
    it.each([...TEACHER_ONLY, ...SYSTEM_ONLY, 'joinSeat' as CommandType])(
      `%s from a student in ${name} is refused as not allowed, state untouched`,
      (type) => {
        const before = state();
        for (const seatId of ['n1', 's1', 'nobody']) {
          const result = applyCommand(tinyScenario, before, SAMPLES[type](seat(seatId)));
          expect(result).toMatchObject({ ok: false, error: 'rule/not-allowed' });
          expect(result.state).toBe(before);
        }
      },
    );
  }

  it.each(STUDENT_ONLY)('%s from the teacher or the system is refused: nobody speaks for a student', (type) => {
    const before = deliberating();
    for (const by of [HOST, SYSTEM])
      expect(applyCommand(tinyScenario, before, SAMPLES[type](by))).toMatchObject({
        ok: false,
        error: 'rule/not-allowed',
      });
  });

  // The server may free a seat whose join never completed and pause an overdue rebuilt session (as system);
  // every other teacher command is the teacher's alone.
  it.each(TEACHER_ONLY.filter((t) => t !== 'removeSeat' && t !== 'pauseClock'))(
    '%s from the system (the server timer) is refused',
    (type) => {
      expect(applyCommand(tinyScenario, deliberating(), SAMPLES[type](SYSTEM))).toMatchObject({
        ok: false,
        error: 'rule/not-allowed',
      });
    },
  );

  it('the teacher may send the same commands (the refusals above are about who, not what)', () => {
    const state = deliberating();
    for (const type of ['pauseClock', 'extendPhase', 'injectNews', 'skipPhase', 'endSession'] as const) {
      expect(applyCommand(tinyScenario, state, SAMPLES[type](HOST)).ok, type).toBe(true);
    }
  });
});
