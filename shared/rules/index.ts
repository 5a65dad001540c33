// The rules' public surface: everything the server, client and review may call.
// Pure: no Node, DOM, Colyseus, Phaser, clock or Math.random behind any of these.
export * from './types.ts';
export * from './commands.ts';
export * from './events.ts';
export * from './errors.ts';
export * from './view-types.ts';
export { createInitialState, defaultSettings, type SessionSetup } from './setup.ts';
export { applyCommand, type CommandResult } from './apply.ts';
export { viewFor, eventAudience, canSee, redactEvents, audienceKey, needsSnapshot, scenarioFor } from './views.ts';
export { scopeOf, canSeeMove, type Scope } from './scope.ts';
export { applyEventToView, applyEventsToView, type FoldScenario } from './view-fold.ts';
export { HOLD_MOVE, HOLD_MOVE_ID, movesOf, findMove } from './moves.ts';
export { pairKey, pairsOf } from './pairs.ts';
export { winningProposal, reflectionPrompt } from './phases.ts';
export { normalizeName, balancedDelegation } from './seats.ts';
export { nextRandom, nextInt } from './rng.ts';
