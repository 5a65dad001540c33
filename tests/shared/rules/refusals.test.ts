// Refusals a class relies on that no screen sends in normal play: a phase timer in the lobby does not start the
// class, and a malformed or hand-made command (no sender, no type, not an object) is refused, never thrown.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/rules/apply.ts';
import type { Command } from '../../../shared/rules/commands.ts';
import { cmd, lobby, SYSTEM, tinyScenario } from './fixtures.ts';

describe('refusals', () => {
  it('a phase timer in the lobby is refused and the class does not start', () => {
    const state = lobby();
    const result = applyCommand(
      tinyScenario,
      state,
      cmd({ type: 'phaseTimeUp', by: SYSTEM, phase: 'lobby', round: state.round }),
    );
    expect(result).toMatchObject({ ok: false, error: 'rule/wrong-phase' });
    expect(result.state).toBe(state);
  });

  it('a command with no sender, no known type, or no body is refused as invalid', () => {
    const state = lobby();
    for (const bad of [
      { type: 'startSession', at: 1 },
      { type: 'startSession', by: null, at: 1 },
      { type: 'launchMissiles', by: { kind: 'host' }, at: 1 },
      null,
      undefined,
    ]) {
      const result = applyCommand(tinyScenario, state, bad as unknown as Command);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: 'protocol/invalid' });
      expect(result.state).toBe(state);
    }
  });

  it('a refusal with a reason carries it to the teacher', () => {
    const result = applyCommand(tinyScenario, lobby(), cmd({ type: 'skipPhase', by: { kind: 'host' } }));
    expect(result).toEqual({
      ok: false,
      state: expect.anything(),
      error: 'rule/wrong-phase',
      detail: 'Start the session instead.',
    });
    const plain = applyCommand(tinyScenario, lobby(), cmd({ type: 'resumeClock', by: { kind: 'host' } }));
    expect(plain).not.toHaveProperty('detail');
  });
});
