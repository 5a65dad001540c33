// Replay: start from the header, then apply each command. Refuses another rules version loudly.
import type { GameEvent } from '../rules/events.ts';
import type { GameState, Scenario } from '../rules/types.ts';
import type { Transcript } from './types.ts';

export interface ReplayStep {
  seq: number;
  state: GameState;
  events: GameEvent[];
}

export class ReplayError extends Error {}

/** Rebuilds the final state; throws ReplayError on a version mismatch or a command the rules refuse. */
export function replay(scenario: Scenario, transcript: Transcript, untilSeq?: number): { state: GameState; events: GameEvent[] } {
  void scenario; void transcript; void untilSeq;
  throw new ReplayError('TODO(rules): replay');
}

/** Calls `onStep` after every entry (for review timelines and scrubbing). */
export function replaySteps(scenario: Scenario, transcript: Transcript, onStep: (step: ReplayStep) => void): GameState {
  void scenario; void transcript; void onStep;
  throw new ReplayError('TODO(rules): replaySteps');
}
