// Every WebSocket message between a client and a session room, with the protocol version exchanged at join.
// Client messages are zod schemas (validated at the server's edge); server messages are types. The HTTP API is
// api.ts. Must not import Node, DOM, Colyseus or Phaser (zod is pure).
import { z } from 'zod';
import type { GameEvent } from '../rules/events.ts';
import type { ScenarioView, View } from '../rules/view-types.ts';

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
