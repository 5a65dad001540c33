// Turns small random numbers into commands that are mostly legal in the current state, so property
// tests and the benchmark drive whole sessions. Test helper only: imports the rules, nothing else.
import type { Command } from '../../../shared/rules/commands.ts';
import { movesOf } from '../../../shared/rules/moves.ts';
import type { CommitmentTerms, GameState, Scenario } from '../../../shared/rules/types.ts';

/** One random step: which kind of command and three numbers to pick its details with. */
export interface Action {
  kind: number;
  a: number;
  b: number;
  c: number;
}

export const ACTION_KINDS = 24;
const SEAT_POOL = 12;

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** Marks secret text with its delegation so leak checks can search serialized views for it. */
export const secretText = (kind: 'team' | 'plan' | 'diplo', from: string, to = '') => `SECRET-${kind}-${from}-${to}`;

/** The command an action stands for in this state. */
export function commandFor(scenario: Scenario, state: GameState, action: Action, at: number): Command {
  const { a, b, c } = action;
  const ids = scenario.delegations.map((d) => d.id);
  // Mostly act as a student who is really there, sometimes as a stranger or a removed seat.
  const present = Object.values(state.seats).filter((s) => !s.removed);
  const seatId = c % 10 === 0 || present.length === 0 ? `s${a % SEAT_POOL}` : present[a % present.length]!.id;
  const by = { kind: 'seat' as const, seatId };
  const seat = state.seats[seatId];
  const own = seat?.delegation ?? ids[0]!;
  const other = pick(ids.filter((d) => d !== own), b) ?? own;
  const host = { kind: 'host' as const };
  switch (action.kind % ACTION_KINDS) {
    case 0:
    case 1:
      return { type: 'joinSeat', by: { kind: 'system' }, seatId: `s${a % SEAT_POOL}`, name: `Student ${a % SEAT_POOL}`, at };
    case 2:
      return { type: 'phaseTimeUp', by: { kind: 'system' }, phase: state.phase, round: b % 5 === 0 ? state.round - 1 : state.round, at };
    case 3:
      return state.phase === 'lobby' ? { type: 'startSession', by: host, at } : { type: 'skipPhase', by: host, at };
    case 4:
      return { type: 'sendTeamMessage', by, text: secretText('team', own), at };
    case 5:
      return { type: 'sendDiplomaticMessage', by, to: other, text: secretText('diplo', own, other), at };
    case 6: {
      const commitment: CommitmentTerms | null =
        c % 3 === 0 ? null : c % 3 === 1 ? { kind: 'pledge', target: b % 2 === 0 ? null : other } : { kind: 'warning', target: other };
      return { type: 'makeStatement', by, text: `Public word from ${own}`, commitment, at };
    }
    case 7:
    case 8:
    case 9: {
      const move = pick(movesOf(scenario, own), b);
      const target = move?.target.kind === 'choose' ? other : move?.target.kind === 'fixed' ? move.target.delegation : null;
      return { type: 'proposeMove', by, moveId: move?.id ?? 'hold', target, rationale: secretText('plan', own), at };
    }
    case 10:
    case 11:
    case 12: {
      const open = state.proposals.filter((p) => p.round === state.round && p.delegation === own);
      return { type: 'approveProposal', by, proposalId: pick(open, b)?.id ?? 'p0', at };
    }
    case 13: {
      const mine = state.proposals.filter((p) => p.round === state.round && p.approvals.includes(seatId));
      return { type: 'withdrawApproval', by, proposalId: pick(mine, b)?.id ?? 'p0', at };
    }
    case 14:
      return { type: 'submitReflection', by, text: `Reflection of ${seatId}`, at };
    case 15:
      return c % 2 === 0 ? { type: 'pauseClock', by: host, at } : { type: 'resumeClock', by: host, at };
    case 16:
      return { type: 'extendPhase', by: host, seconds: 1 + (b % 120), at };
    case 17: {
      const news = pick(scenario.news, b);
      return c % 2 === 0 && news
        ? { type: 'injectNews', by: host, newsId: news.id, at }
        : { type: 'injectNews', by: host, headline: `Teacher headline ${b % 7}`, body: 'Details.', at };
    }
    case 18:
      return { type: 'reassignSeat', by: host, seatId, delegation: pick(ids, b) ?? own, at };
    case 19:
      return c % 4 === 0 ? { type: 'removeSeat', by: host, seatId, at } : { type: 'renameSeat', by: host, seatId, name: `Renamed ${b % 20}`, at };
    case 20:
      return { type: 'lockJoins', by: host, locked: c % 4 === 0, at };
    case 21:
      return state.crisisHold
        ? { type: 'resolveCrisisHold', by: host, outcome: c % 8 === 0 ? 'end' : 'resume', at }
        : { type: 'phaseTimeUp', by: { kind: 'system' }, phase: state.phase, round: state.round, at };
    case 22:
      // Rare: ending early. Otherwise another timer, so sessions move through their rounds.
      return c % 40 === 0 ? { type: 'endSession', by: host, at } : { type: 'phaseTimeUp', by: { kind: 'system' }, phase: state.phase, round: state.round, at };
    default:
      return { type: 'sendTeamMessage', by, text: secretText('team', own), at };
  }
}

/** A small deterministic generator for scripts that cannot use fast-check (the benchmark). */
export function* pseudoActions(seed: number): Generator<Action> {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (;;) yield { kind: next() % ACTION_KINDS, a: next() % 1000, b: next() % 1000, c: next() % 1000 };
}
