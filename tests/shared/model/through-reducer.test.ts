// The model as a class meets it: through applyCommand, from the lobby to the end of a session on the
// Korean scenario, with students proposing and approving moves and bots filling an empty delegation.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { redactEvents, viewFor } from '../../../shared/rules/views.ts';
import { fresh, korea as shipped, secretive } from './helpers.ts';

/** Covert moves here stay hidden until the news reveals them (no chance detection). */
const korea = secretive(shipped);

const HOST: Actor = { kind: 'host' };
const at = 1_000_000;
const by = (seatId: string): Actor => ({ kind: 'seat', seatId });

function run(state: GameState, commands: Omit<Command, 'at'>[]): { state: GameState; events: GameEvent[] } {
  let current = state;
  const events: GameEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(korea, current, { ...command, at } as Command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error}`);
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

/** A lobby with one student in each listed delegation; the others are played by bots. */
const lobby = (rounds: number, seated: string[]) =>
  run(
    fresh(korea, { rounds, reflection: false }),
    seated.map(
      (d) => ({ type: 'joinSeat', by: { kind: 'system' }, seatId: d, name: d, delegation: d }) as Omit<Command, 'at'>,
    ),
  );

/** Plays one round from its news phase (or the previous resolution) to its resolution. */
function round(state: GameState, moves: Record<string, [string, string | null]>) {
  const commands: Omit<Command, 'at'>[] =
    state.phase === 'resolution'
      ? [
          { type: 'skipPhase', by: HOST },
          { type: 'skipPhase', by: HOST },
        ]
      : [{ type: 'skipPhase', by: HOST }];
  for (const [d, [moveId, target]] of Object.entries(moves)) {
    commands.push({ type: 'proposeMove', by: by(d), moveId, target, rationale: 'because' } as Omit<Command, 'at'>);
  }
  const proposed = run(state, commands);
  const approvals = proposed.state.proposals
    .filter((p) => p.round === proposed.state.round)
    .map((p) => ({ type: 'approveProposal', by: by(p.seatId), proposalId: p.id }) as Omit<Command, 'at'>);
  const decided = run(proposed.state, [...approvals, { type: 'skipPhase', by: HOST }, { type: 'skipPhase', by: HOST }]);
  return { state: decided.state, events: [...proposed.events, ...decided.events] };
}

describe('a class plays the Korean scenario through the reducer', () => {
  it('reveals the round’s moves, explains every change, and records the round in history', () => {
    const start = run(lobby(3, ['washington', 'seoul', 'pyongyang', 'beijing']).state, [
      { type: 'startSession', by: HOST },
      { type: 'skipPhase', by: HOST },
    ]);
    expect(start.state.news.map((n) => n.id)).toEqual(['testPreparations']);
    const r1 = round(start.state, {
      washington: ['jointDrills', null],
      pyongyang: ['missileTest', null],
      beijing: ['hostTalks', 'pyongyang'],
    });
    const revealed = r1.events.find((e) => e.type === 'movesRevealed');
    expect(revealed?.type === 'movesRevealed' && revealed.moves.map((m) => `${m.delegation}:${m.moveId}`)).toEqual([
      'washington:jointDrills',
      'seoul:hold',
      'pyongyang:missileTest',
      'beijing:hostTalks',
      'moscow:energyDeal',
    ]);
    expect(
      r1.events.some(
        (e) =>
          e.type === 'meterChanged' &&
          e.cause.code === 'move' &&
          e.cause.who === 'pyongyang' &&
          e.cause.move === 'missileTest' &&
          e.meter.kind === 'threat' &&
          e.meter.from === 'washington' &&
          e.to > e.from,
      ),
    ).toBe(true);
    expect(r1.state.history).toHaveLength(2);
    expect(r1.events.some((e) => e.type === 'historyRecorded')).toBe(true);
    expect(r1.state.pendingMoves).toEqual([]);
  });

  it('lets an empty Washington’s bot answer a missile test in kind, and ends with scores', () => {
    const start = run(lobby(2, ['seoul', 'pyongyang', 'beijing', 'moscow']).state, [
      { type: 'startSession', by: HOST },
      { type: 'skipPhase', by: HOST },
    ]);
    const r1 = round(start.state, { pyongyang: ['missileTest', null] });
    expect(r1.state.moves.find((m) => m.delegation === 'washington')).toMatchObject({
      byBot: true,
      moveId: 'specialRepresentative',
    });
    const r2 = round(r1.state, {});
    const answer = r2.state.moves.find((m) => m.round === 2 && m.delegation === 'washington');
    expect(answer).toMatchObject({ byBot: true, target: 'pyongyang', moveId: 'tighterSanctions' });
    const ended = run(r2.state, [{ type: 'skipPhase', by: HOST }]);
    expect(ended.state.phase).toBe('ended');
    expect(Object.keys(ended.state.scores ?? {})).toEqual(korea.delegations.map((d) => d.id));
  });

  it('keeps Moscow’s covert transfer out of Washington’s view until the teacher injects the leaked cable', () => {
    const start = run(lobby(3, ['washington', 'seoul', 'pyongyang', 'beijing', 'moscow']).state, [
      { type: 'startSession', by: HOST },
      { type: 'skipPhase', by: HOST },
    ]);
    const r1 = round(start.state, { moscow: ['techTransfer', null] });
    const washington = viewFor(korea, r1.state, { kind: 'seat', seatId: 'washington' });
    // Washington sees Moscow in the reveal, holding: its public cover, not the transfer.
    expect(washington.moves.filter((m) => m.delegation === 'moscow').map((m) => m.moveId)).toEqual(['hold']);
    expect(
      redactEvents(r1.state, { kind: 'seat', seatId: 'washington' }, r1.events).some((e) =>
        JSON.stringify(e).includes('techTransfer'),
      ),
    ).toBe(false);
    const leaked = run(r1.state, [{ type: 'injectNews', by: HOST, newsId: 'leakedCable' } as Omit<Command, 'at'>]);
    expect(leaked.events.some((e) => e.type === 'covertRevealed' && e.move.moveId === 'techTransfer')).toBe(true);
    expect(
      viewFor(korea, leaked.state, { kind: 'seat', seatId: 'washington' }).moves.some(
        (m) => m.moveId === 'techTransfer',
      ),
    ).toBe(true);
  });
});
