// Flow commands, each declared once: the teacher starts, skips, pauses, extends, injects news, ends; the server's
// timer ends phases. Handlers in shared/rules/flow.ts. Pure: must not import Node, DOM, Colyseus or Phaser.
import { z } from 'zod';
import { LIMITS } from '../rules/commands.ts';
import * as flow from '../rules/flow.ts';
import { PHASES } from '../rules/types.ts';
import type { CommandsOf, Definitions } from './define.ts';
import { id, text } from './fields.ts';

const payloads = {
  startSession: z.object({}).strict(),
  /** Sent by the server's timer; refused (changes nothing) unless phase and round still match. */
  phaseTimeUp: z.object({ phase: z.enum(PHASES), round: z.number().int().min(0) }).strict(),
  skipPhase: z.object({}).strict(),
  pauseClock: z.object({}).strict(),
  resumeClock: z.object({}).strict(),
  extendPhase: z.object({ seconds: z.number().int().min(1).max(LIMITS.extendSecondsMax) }).strict(),
  /** Either a scenario news id (injectable or any) or a free headline from the teacher. */
  injectNews: z
    .object({
      newsId: id.optional(),
      headline: text(LIMITS.headlineMax).optional(),
      body: z.string().max(LIMITS.newsBodyMax).optional(),
    })
    .strict(),
  /** After the top-band discussion: go on playing, or declare the crisis over (ends the session). */
  resolveCrisisHold: z.object({ outcome: z.enum(['resume', 'end']) }).strict(),
  endSession: z.object({}).strict(),
};
export type FlowCommand = CommandsOf<typeof payloads>;

const host = { senders: ['host'], intent: 'host' } as const;
export const FLOW = {
  startSession: { ...host, payload: payloads.startSession, apply: flow.startSession },
  phaseTimeUp: { payload: payloads.phaseTimeUp, senders: ['system'], intent: null, apply: flow.phaseTimeUp },
  skipPhase: { ...host, payload: payloads.skipPhase, apply: flow.skipPhase },
  // The server pauses an overdue session it rebuilt after a restart, so the class does not lose a phase.
  pauseClock: { ...host, senders: ['host', 'system'], payload: payloads.pauseClock, apply: flow.pauseClock },
  resumeClock: { ...host, payload: payloads.resumeClock, apply: flow.resumeClock },
  extendPhase: { ...host, payload: payloads.extendPhase, apply: flow.extendPhase },
  injectNews: { ...host, payload: payloads.injectNews, apply: flow.injectNews },
  resolveCrisisHold: { ...host, payload: payloads.resolveCrisisHold, apply: flow.resolveCrisisHold },
  endSession: { ...host, payload: payloads.endSession, apply: flow.endSessionCommand },
} satisfies Definitions<typeof payloads>;
