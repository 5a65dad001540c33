// The scenario package's surface: loading and validating files, the shipped catalog, and move lists.
// Pure; must not import Node, the DOM, Colyseus, Phaser or the clock.
export { loadScenario, scenarioProblems, ScenarioError, formatPath, type ScenarioProblem } from './schema.ts';
export { SCENARIOS, DEFAULT_SCENARIO_ID, getScenario } from './catalog.ts';
export { linearMap, spectralRadius, scenarioSpectralRadius } from './stability.ts';
export { MIN_MOVES } from './checks.ts';
export { localizeScenario, scenarioLanguages } from './localize.ts';
// Hold is added in one place, the rules' moves module; re-exported here so scenario readers find it.
export { movesOf, HOLD_MOVE, HOLD_MOVE_ID } from '../rules/moves.ts';
