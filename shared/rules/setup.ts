// Builds the state a session starts from: scenario, settings and seed. Owns defaults for settings.
// Must not import anything impure.
import type { GameState, Meters, SessionSettings } from './types.ts';
import type { DelegationId, Scenario } from '../scenario/types.ts';
import { RULES_VERSION } from './types.ts';
import { initialTension } from './model/tension.ts';

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
  const { scenario, settings } = setup;
  const meters = initialMeters(scenario);
  return {
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seq: 0,
    rng: setup.seed >>> 0,
    settings: structuredCopy(settings),
    phase: 'lobby',
    round: 0,
    clock: { endsAt: null, remainingMs: null, paused: false },
    joinsLocked: false,
    crisisHold: false,
    holdPausedClock: false,
    seats: {},
    proposals: [],
    pendingMoves: [],
    moves: [],
    messages: [],
    commitments: [],
    news: [],
    firedNews: [],
    reflections: [],
    extraTime: {},
    personalDeadlines: [],
    meters,
    history: [meters],
    scores: null,
  };
}

/**
 * The scenario's starting meters; tension and band come from the model's own aggregate.
 */
function initialMeters(scenario: Scenario): Meters {
  const ids = scenario.delegations.map((d) => d.id);
  const threat: Record<DelegationId, Record<DelegationId, number>> = {};
  for (const i of ids) {
    const row: Record<DelegationId, number> = {};
    for (const j of ids) {
      if (i === j) continue;
      const value = scenario.initial.threat[i]?.[j] ?? scenario.params.baseline[i]?.[j] ?? 0;
      row[j] = value;
    }
    threat[i] = row;
  }
  const { tension, band } = initialTension(scenario, threat);
  return {
    tension,
    band,
    threat,
    world: { ...scenario.initial.world },
    talks: scenario.initial.talks,
    credibility: Object.fromEntries(ids.map((id) => [id, scenario.initial.credibility[id] ?? 50])),
  };
}

function structuredCopy(settings: SessionSettings): SessionSettings {
  return { ...settings, phaseSeconds: { ...settings.phaseSeconds } };
}
