// The structural zod schema of a scenario file: field types, ranges and formats, one field at a time.
// Pure (zod only). Cross-field checks live in checks.ts; must not import the rules engine or anything impure.
import { z } from 'zod';
import { MOVE_CATEGORIES, WORLD_METERS } from '../rules/types.ts';

const between = (min: number, max: number) =>
  z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);
const nonNegative = z.number().min(0, 'must be 0 or more');
const text = z.string().trim().min(1, 'must not be empty');
/** Delegation ids are also protocol ids, so they follow the protocol's pattern. */
const delegationId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, 'must be a lowercase word (letters, digits, dashes)');
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, dashes or underscores');
const meter = between(0, 100);
const record = <T extends z.ZodType>(value: T) => z.record(z.string(), value);
const matrix = <T extends z.ZodType>(value: T) => record(record(value));
/** One field per world meter, each `value` (typed by name, so the inferred Scenario names every meter). */
const worldFields = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(WORLD_METERS.map((m) => [m, value])) as Record<(typeof WORLD_METERS)[number], T>;
const worldRecord = <T extends z.ZodType>(value: T) => z.strictObject(worldFields(value.optional()));

const objective = z.strictObject({
  id: itemId,
  text,
  points: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100, 'must be at most 100'),
  meter: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('tension') }),
    z.strictObject({ kind: z.literal('world'), meter: z.enum(WORLD_METERS) }),
    z.strictObject({ kind: z.literal('talks') }),
    z.strictObject({ kind: z.literal('credibility') }),
    z.strictObject({ kind: z.literal('threat'), from: delegationId, to: delegationId }),
  ]),
  op: z.enum(['atMost', 'atLeast']),
  threshold: meter,
});

const delegation = z.strictObject({
  id: delegationId,
  name: text,
  actor: text,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a CSS hex colour like #336699'),
  publicBrief: text,
  privateBrief: text,
  objectives: z.array(objective).min(1, 'must list at least one objective'),
  redLines: z.array(text),
});

const move = z.strictObject({
  id: itemId,
  label: text,
  category: z.enum(MOVE_CATEGORIES),
  visibility: z.enum(['public', 'covert']),
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('fixed'), delegation: delegationId }),
    z.strictObject({ kind: z.literal('choose') }),
  ]),
  goldstein: between(-10, 10),
  effects: z.strictObject({
    ...worldFields(between(-100, 100).optional()),
    talks: z
      .number()
      .int('must be a whole number of rungs')
      .min(-4, 'must be between -4 and 4')
      .max(4, 'must be between -4 and 4')
      .optional(),
  }),
  requires: z.strictObject({ delegation: delegationId, moveId: itemId }).optional(),
  pairs: z.array(z.strictObject({ from: delegationId, to: delegationId, delta: between(-30, 30) })).optional(),
  why: text,
});

const news = z.strictObject({
  id: itemId,
  headline: text,
  body: text,
  trigger: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('scheduled'),
      round: z.number().int('must be a whole round number').min(1, 'must be 1 or more'),
    }),
    z.strictObject({
      kind: z.literal('threshold'),
      meter: z.enum(['tension', ...WORLD_METERS]),
      op: z.enum(['atLeast', 'atMost']),
      value: meter,
    }),
    z.strictObject({ kind: z.literal('injectable') }),
  ]),
  effects: z
    .strictObject({
      tension: between(-100, 100).optional(),
      ...worldFields(between(-100, 100).optional()),
    })
    .optional(),
  revealsCovertOf: z.array(delegationId).optional(),
});

const params = z.strictObject({
  reaction: matrix(between(0, 1)),
  restraint: record(z.number().gt(0, 'must be above 0 (or nothing ever calms down)').max(1, 'must be at most 1')),
  baseline: matrix(meter),
  neutral: meter,
  impulse: z.number().gt(0, 'must be above 0').max(10, 'must be at most 10'),
  allies: matrix(between(0, 1)),
  reciprocity: between(0, 50),
  tensionWeights: matrix(between(0, 100)),
  bandThresholds: z.tuple([meter, meter, meter, meter]),
  hysteresis: between(0, 50),
  credibility: z.strictObject({
    brokenBase: nonNegative,
    perRound: nonNegative,
    cedingGround: nonNegative,
    answeredBonus: nonNegative,
    firmness: nonNegative.optional(),
  }),
  misperception: z.strictObject({ enabled: z.boolean(), noise: between(0, 50), bias: record(between(-50, 50)) }),
  drift: worldRecord(between(-20, 20)).optional(),
  covertDetection: between(0, 1).optional(),
  armsRace: z.strictObject({ feed: between(0, 10), neutral: meter }).optional(),
  incidents: z
    .strictObject({
      intenseCrisis: between(0, 1),
      brink: between(0, 1),
      threat: between(0, 30),
      credibility: between(0, 30),
    })
    .optional(),
  repeatDecay: between(0, 1).optional(),
  agreement: z
    .strictObject({
      relief: between(0, 20),
      collapseRungs: z
        .number()
        .int('must be a whole number of rungs')
        .min(0, 'must be between 0 and 4')
        .max(4, 'must be between 0 and 4'),
    })
    .optional(),
});

const initial = z.strictObject({
  threat: matrix(meter),
  world: z.strictObject(worldFields(meter)),
  talks: z.number().int('must be a rung index').min(0, 'must be between 0 and 4').max(4, 'must be between 0 and 4'),
  credibility: record(meter),
});

/** A translation's shape; whether it is complete is a cross-check (checks.ts), so a gap is named by its path. */
export const translationShape = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  delegations: record(
    z.strictObject({
      name: text.optional(),
      actor: text.optional(),
      publicBrief: text.optional(),
      privateBrief: text.optional(),
      objectives: record(text).optional(),
      redLines: z.array(text).optional(),
    }),
  ).optional(),
  moves: record(record(z.strictObject({ label: text.optional(), why: text.optional() }))).optional(),
  news: record(z.strictObject({ headline: text.optional(), body: text.optional() })).optional(),
  reflectionPrompts: z.array(text).optional(),
  debriefPrompts: z.array(text).optional(),
});

/** The shape of a scenario file, before the cross-checks. */
export const scenarioShape = z.strictObject({
  formatVersion: z.literal(1, 'must be 1 (the only scenario format this build reads)'),
  id: itemId,
  version: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  title: text,
  summary: text,
  source: text,
  delegations: z.array(delegation).min(2, 'must list at least two delegations'),
  moves: record(z.array(move)),
  news: z.array(news),
  params,
  initial,
  reflectionPrompts: z.array(text).min(1, 'must list at least one prompt'),
  debriefPrompts: z
    .array(z.strictObject({ stage: z.enum(['describe', 'analyze', 'transfer', 'apply']), text }))
    .min(4, 'must list at least one prompt per stage'),
  botDefaultMove: record(itemId),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "ko"'))
    .min(1, "must list at least the file's own language")
    .optional(),
  translations: record(translationShape).optional(),
});
