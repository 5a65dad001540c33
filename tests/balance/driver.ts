// Plays a whole class through the real reducer (applyCommand): one student per delegation, each round's
// move chosen by a policy, statements and pledges sent as commands, crisis holds resumed by the teacher.
// Test and balance tooling only: imports the pure rules, never the server or the client.
import { applyCommand } from '../../shared/rules/apply.ts';
import type { Actor, Command } from '../../shared/rules/commands.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import { findMove } from '../../shared/rules/moves.ts';
import { createInitialState, defaultSettings } from '../../shared/rules/setup.ts';
import type { CommitmentTerms, GameState, Meters } from '../../shared/rules/types.ts';
import type { DelegationId, Scenario } from '../../shared/scenario/types.ts';

/** A delegation's choice for a round: a move id, or [move id, target] for a move that needs one. */
export type Choice = string | [string, DelegationId];

/** What a policy may read when it chooses: the state the delegation's students would see, simplified to the whole state. */
export interface PolicyContext {
  scenario: Scenario;
  state: GameState;
  round: number;
  me: DelegationId;
}

/** A delegation's strategy: its move each round, and optionally a public statement made before it. */
export interface Policy {
  move(ctx: PolicyContext): Choice;
  statement?(ctx: PolicyContext): CommitmentTerms | null;
}

export interface PlayedClass {
  state: GameState;
  /** Closing meters per round: history[0] is the start. */
  history: Meters[];
  /** Events of each round, from its news to its resolution (index 0 = round 1). */
  rounds: GameEvent[][];
  /** Events of the end of the session. */
  ending: GameEvent[];
  crisisHolds: number;
  scores: Record<DelegationId, number>;
}

const HOST: Actor = { kind: 'host' };
const seat = (d: DelegationId): Actor => ({ kind: 'seat', seatId: `s-${d}` });

/** Plays `rounds` rounds with one policy per delegation (missing: Hold) and ends the session. */
export function playClass(
  scenario: Scenario,
  policies: Record<DelegationId, Policy>,
  options: { rounds?: number; seed?: number; inject?: Record<number, string> } = {},
): PlayedClass {
  const rounds = options.rounds ?? 6;
  let state = createInitialState({
    scenario,
    settings: { ...defaultSettings(), rounds, reflection: false },
    seed: options.seed ?? 7,
  });
  let at = 1_000_000;
  let buffer: GameEvent[] = [];
  let crisisHolds = 0;
  const send = (command: Record<string, unknown> & { type: Command['type'] }, optional = false): boolean => {
    at += 1000;
    const result = applyCommand(scenario, state, { ...command, at } as unknown as Command);
    if (!result.ok) {
      if (optional) return false;
      throw new Error(`${command.type} refused in ${state.phase} round ${state.round}: ${result.error}`);
    }
    state = result.state;
    buffer.push(...result.events);
    return true;
  };
  for (const d of scenario.delegations)
    send({ type: 'joinSeat', by: { kind: 'system' }, seatId: `s-${d.id}`, name: d.id, delegation: d.id });
  send({ type: 'startSession', by: HOST });
  send({ type: 'skipPhase', by: HOST }); // briefing → round 1 news
  buffer = buffer.slice(
    Math.max(
      0,
      buffer.findIndex((e) => e.type === 'phaseChanged' && e.phase === 'news'),
    ),
  );
  const perRound: GameEvent[][] = [];
  for (let r = 1; r <= rounds; r++) {
    const injected = options.inject?.[r];
    if (injected) send({ type: 'injectNews', by: HOST, newsId: injected });
    send({ type: 'skipPhase', by: HOST }); // news → deliberation
    for (const d of scenario.delegations) {
      const ctx: PolicyContext = { scenario, state, round: r, me: d.id };
      const terms = policies[d.id]?.statement?.(ctx) ?? null;
      if (terms) send({ type: 'makeStatement', by: seat(d.id), text: `${terms.kind} by ${d.id}`, commitment: terms });
    }
    for (const d of scenario.delegations) {
      const ctx: PolicyContext = { scenario, state, round: r, me: d.id };
      const choice = policies[d.id]?.move(ctx) ?? 'hold';
      const [moveId, chosen] = typeof choice === 'string' ? [choice, null] : choice;
      const spec = findMove(scenario, d.id, moveId);
      if (!spec) throw new Error(`${d.id} has no move ${moveId}`);
      if (moveId === 'hold') continue;
      const target = spec.target.kind === 'choose' ? chosen : null;
      send({ type: 'proposeMove', by: seat(d.id), moveId, target, rationale: 'policy' });
      const proposal = state.proposals[state.proposals.length - 1];
      if (proposal) send({ type: 'approveProposal', by: seat(d.id), proposalId: proposal.id });
    }
    send({ type: 'skipPhase', by: HOST }); // deliberation → decision
    send({ type: 'skipPhase', by: HOST }); // decision → resolution (the model runs)
    if (state.crisisHold) {
      crisisHolds++;
      send({ type: 'resolveCrisisHold', by: HOST, outcome: 'resume' });
    }
    if (r < rounds) {
      send({ type: 'skipPhase', by: HOST }); // resolution → next round's news
      // The next round's news is part of the round it opens; split the buffer at its phaseChanged.
      const open = buffer.findIndex((e, k) => k > 0 && e.type === 'phaseChanged' && e.phase === 'news');
      perRound.push(open < 0 ? buffer : buffer.slice(0, open));
      buffer = open < 0 ? [] : buffer.slice(open);
    } else {
      perRound.push(buffer);
      buffer = [];
    }
  }
  send({ type: 'skipPhase', by: HOST }); // resolution → ended
  return { state, history: state.history, rounds: perRound, ending: buffer, crisisHolds, scores: state.scores ?? {} };
}

/** A policy that plays the same move every round. */
export const always = (choice: Choice): Policy => ({ move: () => choice });
/** A policy that plays from a list by round (1-based), the last entry repeating. */
export const script = (choices: Choice[]): Policy => ({
  move: ({ round }) => choices[Math.min(round, choices.length) - 1] ?? 'hold',
});
