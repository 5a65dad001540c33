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

/** Default settings: six rounds (never shown to students) and phase lengths that fit one class period. */
export function defaultSettings(): SessionSettings {
  return {
    rounds: 6,
    phaseSeconds: { briefing: 180, news: 30, deliberation: 240, decision: 90, resolution: 45, reflection: 60 },
    reflection: true,
    misperception: false,
  };
}

/** The state before any command: lobby, round 0, the scenario's initial meters. */
export function createInitialState(setup: SessionSetup): GameState {
  void setup;
  throw new Error('TODO(rules): createInitialState');
}
