// The scenario's types, inferred from its schema (shape.ts) so the file format is written down once: what the
// loader returns is exactly what the rules read. Types only (no zod at run time). Must not import the rules engine.
import type { z } from 'zod';
import type { scenarioShape, translationShape } from './shape.ts';

/** A validated scenario file (strings trimmed); the cross-checks in checks.ts have passed. */
export type Scenario = z.output<typeof scenarioShape>;

/** A delegation id as written in the scenario file ("washington", "pyongyang", ...). */
export type DelegationId = string;

/** One delegation: names, colour, briefs (the private one for its own team and the teacher), objectives, red lines. */
export type DelegationSpec = Scenario['delegations'][number];

/** A scored objective: a meter condition checked at the end. Points add up to the delegation's score. */
export type ObjectiveSpec = DelegationSpec['objectives'][number];

/** One move a delegation may choose (its Goldstein weight, effects, target, conditions); Hold is the rules' own. */
export type MoveSpec = Scenario['moves'][DelegationId][number];

/** Whom a move is aimed at: nobody in particular, a fixed delegation, or one the team picks when proposing. */
export type MoveTarget = MoveSpec['target'];

/** A news item of the scenario; `trigger` says when it breaks. */
export type NewsSpec = Scenario['news'][number];
export type NewsTrigger = NewsSpec['trigger'];

/** The tension model's parameters (see shared/rules/model/README.md). */
export type ModelParams = Scenario['params'];

/** The meters a session starts from. */
export type InitialMeters = Scenario['initial'];

/**
 * A scenario's readable text in one language, keyed by the ids of the base file. Every field is optional in the
 * file's shape; the loader refuses a listed language whose text is incomplete (checks.ts).
 */
export type ScenarioText = z.output<typeof translationShape>;
