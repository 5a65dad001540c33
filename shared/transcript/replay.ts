// Replay: start from the header, then apply each command. Refuses another rules version loudly.
// Pure: must not import Node, the DOM, Colyseus or the clock.
import { applyCommand } from '../rules/apply.ts';
import { withOwnedLists } from '../rules/handler.ts';
import { errorMessage } from '../rules/errors.ts';
import type { GameEvent } from '../rules/events.ts';
import { createInitialState } from '../rules/setup.ts';
import type { GameState } from '../rules/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { RULES_VERSION } from '../rules/types.ts';
import type { Transcript } from './types.ts';
import { TRANSCRIPT_VERSION } from './types.ts';

export interface ReplayStep {
  seq: number;
  state: GameState;
  events: GameEvent[];
}

export class ReplayError extends Error {
  override name = 'ReplayError';
}

/** Rebuilds the final state; throws ReplayError on a version mismatch or a command the rules refuse. */
export function replay(
  scenario: Scenario,
  transcript: Transcript,
  untilSeq?: number,
): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  // Only the last state leaves, so the lists the replay makes may grow in place (linear, not quadratic).
  const state = withOwnedLists(() =>
    fold(scenario, transcript, untilSeq, (step) => {
      for (const e of step.events) events.push(e);
    }),
  );
  return { state, events };
}

/** Calls `onStep` after every entry (for review timelines and scrubbing). */
export function replaySteps(scenario: Scenario, transcript: Transcript, onStep: (step: ReplayStep) => void): GameState {
  return fold(scenario, transcript, undefined, onStep);
}

function fold(
  scenario: Scenario,
  transcript: Transcript,
  untilSeq: number | undefined,
  onStep: (step: ReplayStep) => void,
): GameState {
  checkHeader(scenario, transcript);
  const { header } = transcript;
  let state = createInitialState({ scenario, settings: header.settings, seed: header.seed });
  for (const entry of transcript.entries) {
    if (untilSeq !== undefined && entry.seq > untilSeq) break;
    if (entry.seq !== state.seq + 1) {
      throw new ReplayError(`Transcript entry ${entry.seq} is out of order: expected seq ${state.seq + 1}.`);
    }
    const result = applyCommand(scenario, state, entry.command);
    if (!result.ok) {
      throw new ReplayError(
        `Transcript entry ${entry.seq} (${entry.command.type}) is refused by the rules: ${result.error} (${errorMessage(result.error)}).`,
      );
    }
    state = result.state;
    onStep({ seq: entry.seq, state, events: result.events });
  }
  return state;
}

function checkHeader(scenario: Scenario, transcript: Transcript): void {
  const { header } = transcript;
  if (header.transcriptVersion !== TRANSCRIPT_VERSION) {
    throw new ReplayError(
      `This transcript has format version ${header.transcriptVersion}; this build reads version ${TRANSCRIPT_VERSION}.`,
    );
  }
  if (header.rulesVersion !== RULES_VERSION) {
    throw new ReplayError(
      `This transcript was recorded with rules version ${header.rulesVersion}; this build has rules version ${RULES_VERSION}, so replaying it could give different meters.`,
    );
  }
  if (header.scenarioId !== scenario.id || header.scenarioVersion !== scenario.version) {
    throw new ReplayError(
      `This transcript is for scenario ${header.scenarioId} version ${header.scenarioVersion}, not ${scenario.id} version ${scenario.version}.`,
    );
  }
}
