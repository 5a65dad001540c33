// The tension model's surface used by the reducer: resolving a round, news triggers, bots, scores.
// Deterministic: same state in, same state and events out. No clock, no Math.random.
export type { ModelStep } from './resolve.ts';
export { resolveRound } from './resolve.ts';
export { dueNews, publishNews } from './news.ts';
export { botMove } from './bot.ts';
export { keepStandingCommitments } from './commitments.ts';
export { revealAtEnd } from './covert.ts';
export { walkOffers, ANSWER_WINDOW_ROUNDS, type Offer, type OfferMove } from './offers.ts';
export { finalScores, objectiveMet, objectiveValue } from './scores.ts';
export { nextBand, tensionOf } from './tension.ts';
export { credibilityMultiplier } from './acts.ts';
