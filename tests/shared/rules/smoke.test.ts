import { describe, expect, it } from 'vitest';
import { cmd, deliberating, play, seat, skip } from './fixtures.ts';

describe('smoke', () => {
  it('runs a round', () => {
    const s = deliberating();
    expect(s.phase).toBe('deliberation');
    expect(s.round).toBe(1);
    const r = play(s, [
      cmd({ type: 'proposeMove', by: seat('n1'), moveId: 'talk', target: 'south', rationale: 'try' }),
      skip(),
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: `p${s.seq + 1}` }),
      skip(),
    ]);
    expect(r.state.phase).toBe('resolution');
    expect(r.events.filter((e) => e.type === 'moveLocked').map((e) => e.type === 'moveLocked' && e.move.moveId)).toEqual(['talk', 'hold', 'hold']);
  });
});
