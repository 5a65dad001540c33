// The zod pieces command payloads are made of: names, chat text, ids, delegation ids, commitment terms.
// Pure (zod only); must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { LIMITS } from '../rules/commands.ts';
import { normalizeName } from '../rules/seats.ts';

/** 1–24 printable characters (counted in code points, as the rules count them), no control characters, trimmed. */
export const nameSchema = z
  .string()
  .transform(normalizeName)
  .pipe(
    z
      .string()
      .min(LIMITS.nameMin, 'a name')
      .refine((s) => [...s].length <= LIMITS.nameMax, `at most ${LIMITS.nameMax} characters`)
      .regex(/^[^\p{C}]+$/u, 'printable characters only'),
  );

/** Control characters (NUL, escapes, bells, C1) other than a line break or a tab: never part of what a person writes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Text a person wrote, 1 to `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .min(1, 'some text')
    .max(max, `at most ${max} characters`)
    .refine((t) => !CONTROL.test(t), 'no control characters');
export const delegationId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-zA-Z0-9-]*$/);
export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export const commitmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pledge'), target: delegationId.nullable() }).strict(),
  z.object({ kind: z.literal('warning'), target: delegationId }).strict(),
]);
