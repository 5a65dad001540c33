// The small Colyseus Schema every connection (projector included) receives as patches: public facts only.
// Must not hold anything private (chat, proposals, seats, threat rows): those travel as targeted messages.
import { schema, t, type SchemaType } from '@colyseus/schema';
import type { GameState } from '../../shared/rules/types.ts';

/** Public session status, patched to every client. `endsAt` 0 means no running clock. */
export const SessionStatus = schema(
  {
    phase: t.string().default('lobby'),
    round: t.uint8().default(0),
    endsAt: t.float64().default(0),
    paused: t.boolean().default(false),
    remainingMs: t.float64().default(0),
    tension: t.float32().default(0),
    band: t.uint8().default(0),
    joinsLocked: t.boolean().default(false),
    crisisHold: t.boolean().default(false),
    /** Open connections of any kind (students, host, projector). */
    connected: t.uint16().default(0),
    // No `seq` here on purpose: it changes with every chat line, and each change is a patch to every client.
  },
  'SessionStatus',
);
export type SessionStatus = SchemaType<typeof SessionStatus>;

/** Copies the public facts of the game state into the schema (only changed fields are sent). */
export function syncStatus(status: SessionStatus, state: GameState, connected: number): void {
  status.phase = state.phase;
  status.round = state.round;
  status.endsAt = state.clock.endsAt ?? 0;
  status.paused = state.clock.paused;
  status.remainingMs = state.clock.remainingMs ?? 0;
  status.tension = state.meters.tension;
  status.band = state.meters.band;
  status.joinsLocked = state.joinsLocked;
  status.crisisHold = state.crisisHold;
  status.connected = connected;
}
