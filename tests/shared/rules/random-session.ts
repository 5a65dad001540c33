// Turns small random numbers into commands that are mostly legal in the current state, so property
// tests and the benchmark drive whole sessions; a mood steers a class toward late-game states (covert
// reveals, pledges, answered offers, crisis holds, endings). Test helper only: imports the rules, nothing else.
import type { Command } from '../../../shared/rules/commands.ts';
import { movesOf } from '../../../shared/rules/moves.ts';
import type { CommitmentTerms, GameState } from '../../../shared/rules/types.ts';
import type { MoveSpec, Scenario } from '../../../shared/scenario/types.ts';

/** One random step: which kind of command and three numbers to pick its details with. */
export interface Action {
  kind: number;
  a: number;
  b: number;
  c: number;
}

export const ACTION_KINDS = 24;

/**
 * How a steered class plays. 'mixed' is uniform (any move); 'hawk' picks the most hostile move and pledges
 * anyway (crisis holds, broken pledges); 'dove' answers whoever offered it something (answered offers, kept
 * pledges); 'sneak' picks covert moves and the teacher publishes news that reveals them.
 */
export type Mood = 'mixed' | 'hawk' | 'dove' | 'sneak';
export const MOODS: readonly Mood[] = ['mixed', 'hawk', 'dove', 'sneak'];

/**
 * Relative weights of the action kinds for steered sessions: more proposals, approvals and timers, so teams
 * lock moves and sessions reach their last round; the rest stays reachable. Index = kind.
 */
export const STEERED_WEIGHTS: readonly number[] = [
  1,
  1, // joins
  2, // timer (sometimes stale)
  2, // start / skip
  1,
  1, // team chat, diplomacy
  3, // statements (pledges, warnings)
  3,
  3,
  3, // proposals
  4,
  4,
  4, // approvals
  1, // withdraw
  1, // reflection
  1,
  1,
  2, // pause/resume, extend, news
  1,
  1,
  1, // reassign, remove/rename, lock joins
  5,
  5, // crisis hold or timer, end or timer
  1, // default chat
];
const SEAT_POOL = 12;

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** Marks secret text with its delegation so leak checks can search serialized views for it. */
export const secretText = (kind: 'team' | 'plan' | 'diplo', from: string, to = '') => `SECRET-${kind}-${from}-${to}`;

/** The command an action stands for in this state. */
export function commandFor(
  scenario: Scenario,
  state: GameState,
  action: Action,
  at: number,
  mood: Mood = 'mixed',
): Command {
  const { a, b, c } = action;
  const ids = scenario.delegations.map((d) => d.id);
  // Mostly act as a student who is really there, sometimes as a stranger or a removed seat.
  const present = Object.values(state.seats).filter((s) => !s.removed);
  const seatId = c % 10 === 0 || present.length === 0 ? `s${a % SEAT_POOL}` : present[a % present.length]!.id;
  const by = { kind: 'seat' as const, seatId };
  const seat = state.seats[seatId];
  const own = seat?.delegation ?? ids[0]!;
  const other =
    pick(
      ids.filter((d) => d !== own),
      b,
    ) ?? own;
  const host = { kind: 'host' as const };
  const kind = action.kind % ACTION_KINDS;
  // A steered class does not let deliberation end before every team with students has proposed something.
  if (
    mood !== 'mixed' &&
    (kind === 2 || kind === 3 || kind === 21 || kind === 22) &&
    state.phase === 'deliberation' &&
    !state.crisisHold
  ) {
    const silent = present.find(
      (s) => !state.proposals.some((p) => p.round === state.round && p.delegation === s.delegation),
    );
    if (silent)
      return commandFor(
        scenario,
        state,
        { kind: 7, a: present.indexOf(silent), b, c: c % 10 === 0 ? c + 1 : c },
        at,
        mood,
      );
  }
  switch (kind) {
    case 0:
    case 1:
      return {
        type: 'joinSeat',
        by: { kind: 'system' },
        seatId: `s${a % SEAT_POOL}`,
        name: `Student ${a % SEAT_POOL}`,
        at,
      };
    case 2:
      return {
        type: 'phaseTimeUp',
        by: { kind: 'system' },
        phase: state.phase,
        round: b % 5 === 0 ? state.round - 1 : state.round,
        at,
      };
    case 3:
      return state.phase === 'lobby' ? { type: 'startSession', by: host, at } : { type: 'skipPhase', by: host, at };
    case 4:
      return { type: 'sendTeamMessage', by, text: secretText('team', own), at };
    case 5:
      return { type: 'sendDiplomaticMessage', by, to: other, text: secretText('diplo', own, other), at };
    case 6: {
      // Steered classes pledge more: a pledge then gets kept or broken by the moves that follow.
      const pledges = mood === 'mixed' ? c % 3 === 1 : c % 4 !== 0;
      const commitment: CommitmentTerms | null = pledges
        ? { kind: 'pledge', target: b % 2 === 0 ? null : other }
        : c % 3 === 0
          ? null
          : { kind: 'warning', target: other };
      return { type: 'makeStatement', by, text: `Public word from ${own}`, commitment, at };
    }
    case 7:
    case 8:
    case 9: {
      const move = steeredMove(scenario, state, own, mood, b) ?? pick(movesOf(scenario, own), b);
      const answer = mood === 'dove' ? offeredTo(scenario, state, own, b) : null;
      const chosen = answer && answer !== own ? answer : other;
      const target =
        move?.target.kind === 'choose' ? chosen : move?.target.kind === 'fixed' ? move.target.delegation : null;
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
      // A steered teacher pauses now and then and resumes the next time round; an unsteered one flips a coin.
      if (mood !== 'mixed')
        return state.clock.paused
          ? { type: 'resumeClock', by: host, at }
          : c % 4 === 0
            ? { type: 'pauseClock', by: host, at }
            : { type: 'extendPhase', by: host, seconds: 30, at };
      return c % 2 === 0 ? { type: 'pauseClock', by: host, at } : { type: 'resumeClock', by: host, at };
    case 16:
      return { type: 'extendPhase', by: host, seconds: 1 + (b % 120), at };
    case 17: {
      const revealing = scenario.news.filter((n) => (n.revealsCovertOf ?? []).length > 0);
      const news =
        mood === 'sneak' && revealing.length > 0 && c % 4 !== 0 ? pick(revealing, b) : pick(scenario.news, b);
      return c % 2 === 0 && news
        ? { type: 'injectNews', by: host, newsId: news.id, at }
        : { type: 'injectNews', by: host, headline: `Teacher headline ${b % 7}`, body: 'Details.', at };
    }
    case 18:
      return { type: 'reassignSeat', by: host, seatId, delegation: pick(ids, b) ?? own, at };
    case 19:
      return c % 4 === 0
        ? { type: 'removeSeat', by: host, seatId, at }
        : { type: 'renameSeat', by: host, seatId, name: `Renamed ${b % 20}`, at };
    case 20:
      // Now and then the teacher gives a student extra time (or takes it away): late reflections follow.
      return c % 3 === 1
        ? { type: 'setExtraTime', by: host, seatId, percent: [0, 50, 100][b % 3]!, at }
        : { type: 'lockJoins', by: host, locked: c % 4 === 0, at };
    case 21:
      return state.crisisHold
        ? { type: 'resolveCrisisHold', by: host, outcome: c % 8 === 0 ? 'end' : 'resume', at }
        : { type: 'phaseTimeUp', by: { kind: 'system' }, phase: state.phase, round: state.round, at };
    case 22:
      // Rare: ending early. Otherwise another timer, so sessions move through their rounds.
      return c % 40 === 0
        ? { type: 'endSession', by: host, at }
        : { type: 'phaseTimeUp', by: { kind: 'system' }, phase: state.phase, round: state.round, at };
    default:
      return { type: 'sendTeamMessage', by, text: secretText('team', own), at };
  }
}

/** The move a mood prefers among a delegation's own (undefined for 'mixed': pick any). */
function steeredMove(scenario: Scenario, state: GameState, own: string, mood: Mood, b: number): MoveSpec | undefined {
  const moves = movesOf(scenario, own);
  // One action in five still picks any move, so steered classes keep some variety.
  if (mood === 'mixed' || b % 5 === 0) return undefined;
  const targeted = moves.filter((m) => m.target.kind !== 'none');
  const byGoldstein = [...targeted].sort((x, y) => x.goldstein - y.goldstein);
  switch (mood) {
    case 'hawk':
      return byGoldstein[0];
    case 'dove':
      return (
        pick(
          byGoldstein.filter((m) => m.goldstein > 0 && m.visibility !== 'covert'),
          b,
        ) ?? byGoldstein.at(-1)
      );
    case 'sneak':
      return (
        pick(
          moves.filter((m) => m.visibility === 'covert'),
          b,
        ) ?? (state.round % 2 === 0 ? byGoldstein[0] : undefined)
      );
  }
}

/** A delegation that aimed a conciliatory move at `own` in the last rounds (the one a dove answers), if any. */
function offeredTo(scenario: Scenario, state: GameState, own: string, b: number): string | null {
  const offers = state.moves.filter((m) => {
    if (m.target !== own || m.delegation === own || state.round - m.round > 2) return false;
    return (movesOf(scenario, m.delegation).find((x) => x.id === m.moveId)?.goldstein ?? 0) > 0;
  });
  return pick(offers, b)?.delegation ?? null;
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
