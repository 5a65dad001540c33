// Starts a real in-process server on a free port with an in-memory SQLite store, seeds sessions, and joins
// real SDK clients (Participant) that record everything they receive. Shared by every server-side test.
import { matchMaker } from '@colyseus/core';
import { startServer, type RunningServer, type StartOptions } from '../../server/app.ts';
import { Participant, type ParticipantOptions } from '../../server/bots/participant.ts';
import { hashSecret, newHostKey, newJoinCode } from '../../server/store/secrets.ts';
import { newSessionRecord } from '../../server/store/session-record.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/messages.ts';
import { defaultSettings } from '../../shared/rules/setup.ts';
import type { SessionSettings } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';

export interface TestServer extends RunningServer {
  /** Everything the server logged through its `log` hook (errors it survived). */
  logs: string[];
}

/** A server on 127.0.0.1 with a free port and an in-memory store; joins are not rate-limited unless asked. */
export async function startTestServer(opts: StartOptions = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: ':memory:',
    joinRateLimit: false,
    log: (message, error) => logs.push(`${message} ${error instanceof Error ? error.stack : String(error ?? '')}`),
    ...opts,
  });
  return Object.assign(server, { logs, url: `http://127.0.0.1:${server.port}` });
}

export interface SeededSession {
  code: string;
  hostKey: string;
}

/** Creates a session record straight in the store (what POST /api/sessions does), fast phases by default. */
export async function seedSession(
  store: TranscriptStore,
  scenario: Pick<Scenario, 'id' | 'version'>,
  settings: Partial<SessionSettings> = {},
): Promise<SeededSession> {
  const code = newJoinCode();
  const hostKey = newHostKey();
  const now = Date.now();
  await store.createSession(
    newSessionRecord({
      code,
      scenario,
      settings: { ...defaultSettings(), ...settings },
      seed: 12345,
      hostKeyHash: hashSecret(hostKey),
      at: now,
    }),
  );
  return { code, hostKey };
}

const recording: ParticipantOptions = { record: true };

export function joinStudent(
  server: { url: string },
  code: string,
  name: string,
  opts: ParticipantOptions = {},
): Promise<Participant> {
  return Participant.join(
    server.url,
    { role: 'student', protocol: PROTOCOL_VERSION, code, name },
    { ...recording, ...opts },
  );
}

export function joinHost(
  server: { url: string },
  session: SeededSession,
  opts: ParticipantOptions = {},
): Promise<Participant> {
  return Participant.join(
    server.url,
    { role: 'host', protocol: PROTOCOL_VERSION, code: session.code, hostKey: session.hostKey },
    { ...recording, ...opts },
  );
}

export function joinProjector(
  server: { url: string },
  code: string,
  opts: ParticipantOptions = {},
): Promise<Participant> {
  return Participant.join(
    server.url,
    { role: 'projector', protocol: PROTOCOL_VERSION, code },
    { ...recording, ...opts },
  );
}

export function rejoinSeat(
  server: { url: string },
  code: string,
  seatToken: string,
  opts: ParticipantOptions = {},
): Promise<Participant> {
  return Participant.join(
    server.url,
    { role: 'rejoin', protocol: PROTOCOL_VERSION, code, seatToken },
    { ...recording, ...opts },
  );
}

/** Skips phases as the host until the session is in `phase` (or fails after `max` skips). */
export async function skipTo(host: Participant, phase: string, max = 12): Promise<void> {
  if (host.phase === 'lobby' && phase !== 'lobby') {
    const started = await host.intent({ type: 'startSession' });
    if (!started.ok) throw new Error(`startSession refused: ${started.error}`);
  }
  for (let i = 0; i < max && host.phase !== phase; i++) {
    const seq = host.seq;
    const reply = await host.intent({ type: 'skipPhase' });
    if (!reply.ok) throw new Error(`skipPhase refused: ${reply.error}`);
    await host.waitFor((m) => m.type === 'events' && (m.seq ?? 0) > seq);
  }
  if (host.phase !== phase) throw new Error(`never reached ${phase} (at ${host.phase})`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The server side of a participant's connection in this process's room, or an error saying why not. */
function serverSide(p: Participant): {
  room: ReturnType<typeof matchMaker.getLocalRoomById>;
  socket: { terminate(): void };
} {
  const room = matchMaker.getLocalRoomById(p.room.roomId);
  if (!room) throw new Error(`dropConnection: room ${p.room.roomId} is not in this process`);
  const socket = room.clients.getById(p.room.sessionId)?.ref as { terminate?: unknown } | undefined;
  if (!socket || typeof socket.terminate !== 'function')
    throw new Error(`dropConnection: no open connection for ${p.room.sessionId}`);
  return { room, socket: socket as { terminate(): void } };
}

/**
 * Cuts a participant's TCP connection from the server side without a close frame, like a closed laptop lid:
 * both ends see an abnormal close, whatever WebSocket the client runs on. Throws when it cannot drop.
 */
export function dropConnection(p: Participant): void {
  serverSide(p).socket.terminate();
}

/** Resolves once the room no longer keeps a reconnection slot for this participant's session (the window ended). */
export async function reconnectionWindowClosed(p: Participant, timeoutMs = 15_000): Promise<void> {
  const room = matchMaker.getLocalRoomById(p.room.roomId) as unknown as
    { _reconnections?: Record<string, [string, unknown]> } | undefined;
  if (!room?._reconnections) throw new Error('reconnectionWindowClosed: room or its reconnection slots not found');
  const deadline = Date.now() + timeoutMs;
  // Colyseus keeps the slot until allowReconnection's window ends; it exposes no event for that, so poll it.
  while (Object.values(room._reconnections).some(([sessionId]) => sessionId === p.room.sessionId)) {
    if (Date.now() > deadline) throw new Error(`reconnection slot still open after ${timeoutMs} ms`);
    await sleep(20);
  }
}
