// The surface of one rules engine: everything a session needs from the rules to be played, replayed, reviewed
// and exported. The current source is one engine; each released RULES_VERSION is another, frozen (see registry.ts).
import type { CommandResult } from '../rules/apply.ts';
import type { Command } from '../rules/commands.ts';
import type { GameEvent } from '../rules/events.ts';
import type { SessionSetup } from '../rules/setup.ts';
import type { GameState } from '../rules/types.ts';
import type { Scenario } from '../scenario/types.ts';
import type { ScenarioView, View, Viewer } from '../rules/view-types.ts';
import type { Lang } from '../i18n/index.ts';
import type { ReplayStep } from '../transcript/replay.ts';
import type { ReviewModel } from '../transcript/review-types.ts';
import type { Transcript } from '../transcript/types.ts';

/**
 * One rules engine. Types are today's; an engine frozen at an older RULES_VERSION returns the shapes of its own
 * day, so anything shown from it (the review model above all) goes through upcast.ts before a page reads it.
 */
export interface Engine {
  /** The RULES_VERSION this engine implements. */
  rulesVersion: number;
  /** The scenarios shipped with this engine (for sessions recorded before records kept their scenario). */
  scenarios: Readonly<Record<string, Scenario>>;
  createInitialState(setup: SessionSetup): GameState;
  applyCommand(scenario: Scenario, state: GameState, command: Command): CommandResult;
  viewFor(scenario: Scenario, state: GameState, viewer: Viewer): View;
  redactEvents(state: GameState, viewer: Viewer, events: GameEvent[]): GameEvent[];
  /**
   * Viewers with the same key receive the same `redactEvents` (the room redacts once per key). Engines frozen
   * before it lack it; the room then redacts per connection.
   */
  audienceKey?(state: GameState, viewer: Viewer, events: readonly GameEvent[]): string;
  needsSnapshot(viewer: Viewer, events: readonly GameEvent[]): boolean;
  scenarioFor(scenario: Scenario, viewer: Viewer, state: GameState): ScenarioView;
  replay(scenario: Scenario, transcript: Transcript, untilSeq?: number): { state: GameState; events: GameEvent[] };
  replaySteps(scenario: Scenario, transcript: Transcript, onStep: (step: ReplayStep) => void): GameState;
  /** The scripted bot's move for a delegation now (what-if forks hand a delegation to it). */
  botMove(scenario: Scenario, state: GameState, delegation: string): { moveId: string; target: string | null };
  /** The review model in this engine's own shape (upcast before use), its sentences in `lang` (default English). */
  buildReview(scenario: Scenario, transcript: Transcript, lang?: Lang): ReviewModel;
  exportCsv(scenario: Scenario, transcript: Transcript, lang?: Lang): string;
  exportMarkdown(scenario: Scenario, transcript: Transcript, lang?: Lang): string;
}
