// Every client↔server message in one place, with the protocol version exchanged at join.
// Client messages are zod schemas (validated at the server's edge); server messages are types.
// Must not import Node, DOM, Colyseus or Phaser (zod is pure).
import { z } from 'zod';
import { LIMITS } from '../rules/commands.ts';
import type { GameEvent } from '../rules/events.ts';
import type { DelegationSpec, MoveSpec, Scenario } from '../rules/types.ts';
import type { View } from '../rules/view-types.ts';

import { nameSchema } from '../commands/fields.ts';
import { CODE_ALPHABET, CODE_LENGTH, INTENT, PROTOCOL_VERSION, ROOM_NAME, SERVER_MESSAGE } from './constants.ts';

// The constants live in constants.ts (no zod) so the browser bundle need not carry the schemas.
export { CODE_ALPHABET, CODE_LENGTH, INTENT, PROTOCOL_VERSION, ROOM_NAME, SERVER_MESSAGE };
export { nameSchema };
export const codeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), 'a six-character session code'));

// --- join -------------------------------------------------------------------------------------------
/**
 * Options passed to `client.joinOrCreate(ROOM_NAME, options)`; exactly one role per join. A refused join
 * rejects with an error whose `message` is the ErrorCode (e.g. 'rule/name-taken'): show errorMessage(it).
 */
/** The language the reader picked ("en", "ko"): the scenario's text is sent in it when the scenario has it. */
const langOption = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/)
  .optional();
export const joinOptionsSchema = z.discriminatedUnion('role', [
  z
    .object({
      role: z.literal('student'),
      protocol: z.literal(PROTOCOL_VERSION),
      code: codeSchema,
      name: nameSchema,
      lang: langOption,
    })
    .strict(),
  z
    .object({
      role: z.literal('rejoin'),
      protocol: z.literal(PROTOCOL_VERSION),
      code: codeSchema,
      seatToken: z.string().min(16).max(200),
      lang: langOption,
    })
    .strict(),
  z
    .object({
      role: z.literal('host'),
      protocol: z.literal(PROTOCOL_VERSION),
      code: codeSchema,
      hostKey: z.string().min(16).max(200),
      lang: langOption,
    })
    .strict(),
  z
    .object({ role: z.literal('projector'), protocol: z.literal(PROTOCOL_VERSION), code: codeSchema, lang: langOption })
    .strict(),
]);
export type JoinOptions = z.input<typeof joinOptionsSchema>;

// --- intents: what a client asks for; the server adds `at` and `by` and makes a Command ----------------
// Each intent is declared once, with its command, in shared/commands/ (payload, senders, phases, handler).
export { hostIntentSchema, studentIntentSchema, type HostIntent, type StudentIntent } from '../commands/index.ts';

/**
 * Refusals resolve with ok:false (they never reject), so one `await` handles both; the socket stays open. `seq`, the
 * stored command's place in the transcript, goes to the host alone: a student could count other teams' hidden
 * actions from the gaps between two of its own.
 */
export type IntentReply = { ok: true; seq?: number } | { ok: false; error: string; message: string };

// --- server → client ---------------------------------------------------------------------------------
/** The scenario as one viewer may read it: other delegations' private brief and objectives removed. */
export interface ScenarioView {
  id: string;
  version: number;
  title: string;
  summary: string;
  delegations: (Omit<DelegationSpec, 'privateBrief' | 'objectives'> & {
    privateBrief: string | null;
    objectives: DelegationSpec['objectives'] | null;
  })[];
  moves: Record<string, MoveSpec[]>;
  /** The scenario's band thresholds, so pair and threat meters are named with the same words as tension. */
  bandThresholds?: number[];
  /** Injectable news for the host's menu (empty for others). */
  injectableNews: { id: string; headline: string }[];
  /** The reflection prompts (public): the client's event fold needs them to show a round's prompt. */
  reflectionPrompts?: string[];
}

export type ServerMessage =
  /** Sent once after join and after every reconnect: the whole picture for this viewer. */
  | {
      type: 'snapshot';
      protocol: typeof PROTOCOL_VERSION;
      view: View;
      scenario: ScenarioView;
      connected: string[];
      /** The server's clock (epoch ms) when sent: phase deadlines are server times, so a client with a wrong clock corrects by the difference. */
      serverNow: number;
    }
  /**
   * After each accepted command: the events this viewer may see, in order; not sent when it may see none. `seq` (the
   * command's place in the transcript) is the host's alone: it counts every team's hidden actions. Frames arrive in
   * order on one socket, and every reconnection starts from a fresh snapshot, so no other viewer needs a number.
   */
  | { type: 'events'; seq?: number; events: GameEvent[] }
  /** To a student on first join: keep this token to get the same seat back from any tab. */
  | { type: 'seat'; seatId: string; seatToken: string; code: string }
  /** Seats whose sockets are connected right now (presence is not part of the rules). */
  | { type: 'presence'; connected: string[] }
  /** The host removed this seat; the client should leave. */
  | { type: 'removed' }
  /**
   * Saving has been slow for seconds (a busy disk): slow=true asks the class to hold on, nothing is lost and
   * replies will come; slow=false says it is over. Older clients ignore it.
   */
  | { type: 'saving'; slow: boolean };

// --- HTTP API (server/http/api.ts; documented in docs/api.md) -----------------------------------------
const phaseSecondsSchema = z
  .number({ error: 'a number of seconds' })
  .int('a whole number of seconds')
  .min(LIMITS.phaseSecondsMin, `at least ${LIMITS.phaseSecondsMin} seconds`)
  .max(LIMITS.phaseSecondsMax, `at most ${LIMITS.phaseSecondsMax} seconds`);

/** Body of POST /api/sessions: a scenario and optional overrides of defaultSettings(). */
export const createSessionSchema = z
  .object({
    scenarioId: z.string({ error: 'a scenario id' }).min(1, 'a scenario id').max(64, 'at most 64 characters'),
    rounds: z
      .number({ error: 'a number of rounds' })
      .int('a whole number of rounds')
      .min(LIMITS.roundsMin, `at least ${LIMITS.roundsMin} round`)
      .max(LIMITS.roundsMax, `at most ${LIMITS.roundsMax} rounds`)
      .optional(),
    /** Only the phases to change; the others keep their defaults. */
    phaseSeconds: z
      .object({
        briefing: phaseSecondsSchema.optional(),
        news: phaseSecondsSchema.optional(),
        deliberation: phaseSecondsSchema.optional(),
        decision: phaseSecondsSchema.optional(),
        resolution: phaseSecondsSchema.optional(),
        reflection: phaseSecondsSchema.optional(),
      })
      .strict()
      .optional(),
    reflection: z.boolean({ error: 'true or false' }).optional(),
    misperception: z.boolean({ error: 'true or false' }).optional(),
  })
  .strict();
export type CreateSessionBody = z.input<typeof createSessionSchema>;

/** Reply of POST /api/sessions (201). The host key is shown once; only its hash is stored. */
export interface CreateSessionReply {
  code: string;
  hostKey: string;
  joinUrl: string;
  hostUrl: string;
  projectorUrl: string;
  /** SVG QR code of joinUrl. */
  qrUrl: string;
}

/** Reply of GET /api/sessions/:code: public; the dashboard and the projector read the join address from it. */
export interface SessionInfo {
  code: string;
  scenarioId: string;
  /** The host ended the session (from the stored record; no replay). */
  ended: boolean;
  /** The address students join at (what the QR code encodes). */
  joinUrl: string;
}

/** One entry of GET /api/scenarios. */
export interface ScenarioSummary {
  id: string;
  version: number;
  title: string;
  summary: string;
  delegations: { id: string; name: string; actor: string; color: string }[];
}

/** Every API error body: a namespaced code (see shared/rules/errors.ts) and a plain-words message. */
export interface ApiError {
  error: string;
  message: string;
}

/** Keeps Scenario imported for docs tooling; ScenarioView is derived from it. */
export type { Scenario };
