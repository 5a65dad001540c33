// The engine is not tied to Korea: a three-delegation river dispute with other ids plays a whole session
// through the reducer, with news, a conditional treaty, a bot and scores.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Command } from '../../../shared/rules/commands.ts';
import type { GameEvent } from '../../../shared/rules/events.ts';
import { proposalId } from '../../../shared/rules/ids.ts';
import type { GameState } from '../../../shared/rules/types.ts';
import { TALKS_LADDER } from '../../../shared/rules/types.ts';
import { fresh, river } from './helpers.ts';

type Input = Omit<Command, 'at'>;
const HOST = { kind: 'host' } as const;
const skip: Input = { type: 'skipPhase', by: HOST };

function run(state: GameState, commands: Input[]): { state: GameState; events: GameEvent[] } {
  let current = state;
  const events: GameEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(river, current, { ...command, at: 5_000 } as Command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error}`);
    current = result.state;
    events.push(...result.events);
  }
  return { state: current, events };
}

const choose = (seatId: string, moveId: string, state: GameState): Input[] => {
  const propose: Input = {
    type: 'proposeMove',
    by: { kind: 'seat', seatId },
    moveId,
    target: null,
    rationale: 'for the river',
  } as Input;
  const id = proposalId(state, state.seats[seatId]!.delegation);
  return [propose, { type: 'approveProposal', by: { kind: 'seat', seatId }, proposalId: id } as Input];
};

describe('the river dispute fixture', () => {
  it('plays two rounds: the treaty needs both sides, the coast bot acts, the drought arrives, scores come out', () => {
    const joined = run(fresh(river, { rounds: 2, reflection: false }), [
      { type: 'joinSeat', by: { kind: 'system' }, seatId: 'r', name: 'R', delegation: 'ridge' } as Input,
      { type: 'joinSeat', by: { kind: 'system' }, seatId: 'd', name: 'D', delegation: 'delta' } as Input,
      { type: 'startSession', by: HOST },
      skip, // briefing → news 1
      skip, // news → deliberation
    ]);
    let state = joined.state;
    state = run(state, choose('r', 'treaty', state)).state;
    state = run(state, choose('d', 'talk', state)).state;
    const round1 = run(state, [skip, skip]); // → decision → resolution
    // From contacts, delta's offer of talks climbs one rung; ridge's lone treaty (+2) does nothing without delta.
    expect(round1.state.meters.talks).toBe(TALKS_LADDER.indexOf('talks'));
    expect(round1.state.moves.find((m) => m.delegation === 'coast')).toMatchObject({
      byBot: true,
      moveId: 'courtThird',
    });

    const news2 = run(round1.state, [skip]);
    expect(news2.state.news.map((n) => n.id)).toEqual(['drought']);
    state = run(news2.state, [skip]).state;
    state = run(state, choose('r', 'treaty', state)).state;
    state = run(state, choose('d', 'treaty', state)).state;
    const round2 = run(state, [skip, skip]);
    expect(round2.state.meters.talks).toBeGreaterThanOrEqual(TALKS_LADDER.indexOf('firstPhaseAgreement'));
    const ended = run(round2.state, [skip]);
    expect(ended.state.phase).toBe('ended');
    expect(Object.keys(ended.state.scores ?? {})).toEqual(['ridge', 'delta', 'coast']);
  });
});
