// The HTTP API's bodies and replies (served by server/http/api.ts, documented in docs/api.md); the WebSocket
// protocol is messages.ts. Bodies are zod schemas (validated by the server); replies are types.
// Must not import Node, DOM, Colyseus or Phaser (zod is pure).
import { z } from 'zod';
import { LIMITS } from '../rules/commands.ts';

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
