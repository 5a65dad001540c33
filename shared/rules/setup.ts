// Builds the state a session starts from: scenario, settings and seed. Owns defaults for settings.
// Must not import anything impure.
import type { GameState, Scenario, SessionSettings } from './types.ts';

/** Everything needed to create a session; recorded in the transcript header so replay can redo it. */
export interface SessionSetup {
  scenario: Scenario;
  settings: SessionSettings;
  /** Seed of the game's random generator (uint32). */
  seed: number;
}

/** The state before any command: lobby, round 0, the scenario's initial meters. */
export function createInitialState(setup: SessionSetup): GameState {
  void setup;
  throw new Error('TODO(rules): createInitialState');
}
