// What a session room needs from the outside world: the store, scenarios, secrets, the clock and the rules.
// Wired once in server/app.ts; tests swap parts (e.g. a throwing rules port). No Colyseus or Express here.
import type { Command } from '../../shared/rules/commands.ts';
import type { CommandResult } from '../../shared/rules/apply.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import type { GameState } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import type { View, Viewer } from '../../shared/rules/view-types.ts';
import type { Transcript, TranscriptHeader } from '../../shared/transcript/types.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import type { TranscriptStore } from '../store/types.ts';

/** The rules functions the room calls; the real ones come from shared/, tests may wrap them. */
export interface RulesPort {
  applyCommand(scenario: Scenario, state: GameState, command: Command): CommandResult;
  viewFor(scenario: Scenario, state: GameState, viewer: Viewer): View;
  redactEvents(state: GameState, viewer: Viewer, events: GameEvent[]): GameEvent[];
  /** Viewers with the same key get the same redaction; absent (engines frozen before it): redact per viewer. */
  audienceKey?(state: GameState, viewer: Viewer, events: readonly GameEvent[]): string;
  /** Whether a viewer must get a fresh snapshot instead of these events (e.g. it changed delegation). */
  needsSnapshot(viewer: Viewer, events: readonly GameEvent[]): boolean;
  scenarioFor(scenario: Scenario, viewer: Viewer, state: GameState): ScenarioView;
  /** Rebuilds the state from a whole transcript (throws on a version mismatch or a refused entry). */
  replay(scenario: Scenario, transcript: Transcript): { state: GameState };
}

export interface RoomLimits {
  /** Sustained messages per second per client the flood guard allows (its bucket refills at this rate). */
  maxMessagesPerSecond: number;
  /** Messages a client may send at once before the guard drops it (a person's burst, the UI's retries). */
  burstMessages: number;
  /** Seconds a dropped socket keeps its connection slot (the seat itself is kept forever). */
  reconnectSeconds: number;
}

export interface RoomServices {
  store: TranscriptStore;
  scenarioById(id: string): Scenario | undefined;
  /** The rules of the current RULES_VERSION. */
  rules: RulesPort;
  /**
   * The rules a stored session continues under (its own rules version; undefined: this build has none) and the
   * exact scenario it was played with. Omitted in tests: `rules` and `scenarioById` then serve every session.
   */
  rulesFor?(header: TranscriptHeader): Promise<RulesPort | undefined>;
  scenarioFor?(header: TranscriptHeader): Promise<Scenario | undefined>;
  now(): number;
  newSeatId(): string;
  newSeatToken(): string;
  hashSecret(secret: string): string;
  secretMatches(secret: string, hash: string): boolean;
  limits: RoomLimits;
  log(message: string, error?: unknown): void;
}
