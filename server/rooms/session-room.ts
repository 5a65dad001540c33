// The Colyseus room of one class session: maps connections to actors, serializes commands through the rules and
// persists each accepted one before anyone hears of it. What each viewer then receives is fan-out.ts's; the
// phase deadline is phase-timer.ts's. Holds no rule (those live in shared/); must not import Express or the HTTP API.
import { CloseCode, Room, ServerError, type Client, type RoomException, type RoomMethodName } from '@colyseus/core';
import type { Actor, Command } from '../../shared/rules/commands.ts';
import { errorMessage, type ErrorCode } from '../../shared/rules/errors.ts';
import type { GameState } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import type { CommandResult } from '../../shared/rules/apply.ts';
import {
  PROTOCOL_VERSION,
  SERVER_MESSAGE,
  INTENT,
  codeSchema,
  hostIntentSchema,
  joinOptionsSchema,
  studentIntentSchema,
  type HostIntent,
  type IntentReply,
  type StudentIntent,
  type ServerMessage,
} from '../../shared/protocol/messages.ts';
import { FanOut, type Member } from './fan-out.ts';
import { PhaseTimer, type Deadline, type FireOutcome } from './phase-timer.ts';
import { SerialQueue } from './serial-queue.ts';
import { SlowSaveNotice } from './slow-save.ts';
import type { RoomServices, RulesPort } from './services.ts';
import type { z } from 'zod';

/**
 * Numeric code Colyseus carries with a refused join; the message is the ErrorCode string. It must be a valid
 * HTTP status: refusals raised while the room is created travel back as the matchmaking response's status.
 */
export const JOIN_REFUSED = 403;

/** A refused join: the SDK rejects `joinOrCreate` with an error whose message is the ErrorCode. */
export function joinRefused(code: ErrorCode): ServerError {
  return new ServerError(JOIN_REFUSED, code);
}

/**
 * One live room per session across every process: the room that first increments this presence key owns the
 * code; any other creation (Colyseus's public `create`, a joinOrCreate race between processes) is refused.
 * The owner refreshes the key's expiry; a killed process's claim lapses after CLAIM_TTL_SECONDS.
 */
const claimKey = (code: string) => `peninsula:session-room:${code}`;
const CLAIM_TTL_SECONDS = 10;
const CLAIM_REFRESH_MS = 3_000;

type JoinOptions = z.output<typeof joinOptionsSchema>;
type Intent = HostIntent | StudentIntent;

function refusal(error: ErrorCode, detail?: string): IntentReply {
  return { ok: false, error, message: detail ? `${errorMessage(error)} (${detail})` : errorMessage(error) };
}

/** Base room; `sessionRoomType(services)` binds the outside world to it. */
export class SessionRoom extends Room {
  declare protected readonly services: RoomServices;

  private code = '';
  private hostKeyHash = '';
  private scenario!: Scenario;
  private rules!: RulesPort;
  private game!: GameState;
  private readonly members = new Map<string, Member>();
  private readonly queue = new SerialQueue();
  /** Tells the class "saving is slow, hold on" when the store keeps a command waiting for seconds. */
  private readonly slowSave = new SlowSaveNotice((message) => this.broadcast(SERVER_MESSAGE, message));
  /** What each connection receives (events, snapshots, presence); reads the room as it is at each call. */
  private readonly out = new FanOut({
    clients: () => this.clients,
    members: () => this.members,
    game: () => this.game,
    scenario: () => this.scenario,
    rules: () => this.rules,
    now: () => this.services.now(),
    log: (message, error) => this.services.log(`session ${this.code}: ${message}`, error),
  });
  /** The phase's deadline; made once the game is loaded. */
  private phaseTimer: PhaseTimer | null = null;
  private claimTimer: ReturnType<typeof setInterval> | null = null;
  private readonly buckets = new WeakMap<Client, { tokens: number; at: number }>();
  /** Seats created by a join whose client has not yet confirmed it (and so has not received its seat token). */
  private readonly freshSeats = new Map<string, string>();
  /** A write failed: the store may hold more than `game` (or be down); catch up before the next write. */
  private stale = false;

  override async onCreate(options: unknown): Promise<void> {
    const raw = (options as { code?: unknown } | undefined)?.code;
    const code = codeSchema.safeParse(raw);
    // Matchmaking filters on the raw code: a non-canonical one would open a second room for the same session.
    if (!code.success || code.data !== raw) throw joinRefused('protocol/unknown-session');
    const { store, scenarioById, limits } = this.services;
    const session = await store.getSession(code.data);
    if (!session) throw joinRefused('protocol/unknown-session');
    // A session continues under the rules and the scenario it started with, whatever this build's current ones are.
    const { rulesFor, scenarioFor } = this.services;
    const rules = rulesFor ? await rulesFor(session.header) : this.services.rules;
    const scenario = scenarioFor
      ? await scenarioFor(session.header).catch(() => undefined)
      : scenarioById(session.header.scenarioId);
    if (!scenario || !rules) throw joinRefused('protocol/server-error');
    this.rules = rules;
    await this.claimSession(code.data);
    try {
      const entries = await store.readEntries(code.data);
      this.game = rules.replay(scenario, { header: session.header, entries }).state;
    } catch (error) {
      this.releaseClaim(code.data);
      throw error;
    }
    this.code = code.data;
    this.hostKeyHash = session.hostKeyHash;
    this.scenario = scenario;
    // Colyseus's own guard is a fixed one-second window that cuts a person's burst; it stays only as a backstop
    // against raw frames, and the bucket in `floodGuard` decides for messages.
    this.maxMessagesPerSecond = limits.burstMessages + limits.maxMessagesPerSecond;
    // No Colyseus Schema state: every fact a client reads travels as a targeted message (per-viewer views).
    this.patchRate = 100;
    // Colyseus awaits the handler and sends its result as the request's reply.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    this.onMessage(INTENT, (client: Client, payload: unknown) =>
      this.floodGuard(client) ? this.handleIntent(client, payload) : refusal('protocol/rate-limited'),
    );
    // Unknown message types are ignored rather than fatal, so a confused client keeps its seat (unless it floods).
    this.onMessage('*', (client: Client) => void this.floodGuard(client));
    this.phaseTimer = new PhaseTimer(
      this.services.now,
      () => this.game,
      (deadline) => this.timeUp(deadline),
      (message, error) => this.services.log(`session ${this.code}: ${message}`, error),
    );
    await this.queue.run(() => this.pauseIfOverdue());
    this.phaseTimer.arm();
  }

  /**
   * After a restart the deadline may already have passed: rather than resolve the round the moment someone
   * reconnects, the clock waits paused for the teacher (who can extend, then resume).
   */
  private async pauseIfOverdue(): Promise<void> {
    const { clock, phase, crisisHold } = this.game;
    if (phase === 'lobby' || phase === 'ended' || crisisHold || clock.paused || clock.endsAt === null) return;
    if (clock.endsAt > this.services.now()) return;
    const reply = await this.submit({ type: 'pauseClock' }, { kind: 'system' });
    if (!reply.ok) this.services.log(`session ${this.code}: could not pause an overdue clock (${reply.error})`);
  }

  override async onJoin(client: Client, options: unknown): Promise<void> {
    if ((options as { protocol?: unknown } | undefined)?.protocol !== PROTOCOL_VERSION)
      throw joinRefused('protocol/version');
    const parsed = joinOptionsSchema.safeParse(options);
    if (!parsed.success || parsed.data.code !== this.code) throw joinRefused('protocol/invalid');
    await this.queue.run(() => this.admit(client, parsed.data));
  }

  override onDrop(client: Client): void {
    if (this.releaseOrphan(client)) return;
    // The seat itself is permanent (seat token); this only keeps the connection slot for a quick return.
    // Rejects when the window ends or the room is disposing; the seat token still works after that.
    void this.allowReconnection(client, this.services.limits.reconnectSeconds).catch(() => undefined);
    this.out.announcePresence();
  }

  override async onReconnect(client: Client): Promise<void> {
    // Events sent while the socket was down are lost: a fresh snapshot makes the client whole again.
    await this.queue.run(() => {
      const member = this.members.get(client.sessionId);
      if (member) this.out.snapshot(client, member);
      this.out.announcePresence();
    });
  }

  override onLeave(client: Client): void {
    this.releaseOrphan(client);
    this.members.delete(client.sessionId);
    this.out.announcePresence();
  }

  override onDispose(): void {
    this.slowSave.dispose();
    this.out.dispose();
    this.phaseTimer?.dispose();
    if (this.claimTimer) {
      clearInterval(this.claimTimer);
      this.claimTimer = null;
      this.releaseClaim(this.code);
    }
  }

  override onUncaughtException(error: RoomException, methodName: RoomMethodName): void {
    // A refused join is routine (a stale tab, a wrong key): the session and the code only. The exception also
    // carries the join's options (host key, seat token), so it is never handed to the log as an object.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof ServerError && cause.code === JOIN_REFUSED) {
      this.services.log(`session ${this.code || '?'}: ${methodName} refused: ${cause.message}`);
      return;
    }
    const inner = cause instanceof Error ? cause : error;
    const failure = new Error(inner.message);
    failure.name = inner.name;
    failure.stack = inner.stack;
    this.services.log(`session ${this.code || '?'}: uncaught exception in ${methodName}`, failure);
  }

  // --- one room per session ---------------------------------------------------------------------

  /** Takes the session's claim or refuses the creation: another room (here or on another process) holds it. */
  private async claimSession(code: string): Promise<void> {
    const key = claimKey(code);
    if ((await this.presence.incr(key)) !== 1) throw joinRefused('protocol/server-error');
    await this.presence.expire(key, CLAIM_TTL_SECONDS);
    // The refresh also re-creates the claim if Redis restarted and lost it (incr on a missing key makes it 1).
    this.claimTimer = setInterval(() => {
      void Promise.resolve(this.presence.incr(key))
        .then(() => this.presence.expire(key, CLAIM_TTL_SECONDS))
        .catch(() => undefined);
    }, CLAIM_REFRESH_MS);
    this.claimTimer.unref?.();
  }

  private releaseClaim(code: string): void {
    if (this.claimTimer) clearInterval(this.claimTimer);
    this.claimTimer = null;
    try {
      void Promise.resolve(this.presence.del(claimKey(code))).catch(() => undefined);
    } catch {
      // Presence unreachable: the claim lapses on its own.
    }
  }

  // --- flood guard -------------------------------------------------------------------------------

  /**
   * A token bucket per connection: `burstMessages` at once (a person clicking fast, the UI's retries, a script
   * awaiting each reply), refilled at `maxMessagesPerSecond`. An empty bucket drops that connection alone.
   */
  private floodGuard(client: Client): boolean {
    const { burstMessages, maxMessagesPerSecond } = this.services.limits;
    const t = this.services.now();
    const bucket = this.buckets.get(client) ?? { tokens: burstMessages, at: t };
    bucket.tokens = Math.min(burstMessages, bucket.tokens + ((t - bucket.at) / 1000) * maxMessagesPerSecond);
    bucket.at = t;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return true;
    }
    client.leave(CloseCode.WITH_ERROR);
    return false;
  }

  // --- orphan seats ------------------------------------------------------------------------------

  /**
   * A student's join created a seat, but the socket closed before the client confirmed the join, so its seat
   * token never left the server: nobody can ever reclaim that seat, and it would hold the nickname. Removes it.
   */
  private releaseOrphan(client: Client): boolean {
    const seatId = this.freshSeats.get(client.sessionId);
    this.freshSeats.delete(client.sessionId);
    // Colyseus keeps messages for a joining client here until it confirms the join, then deletes the queue.
    if (!seatId || (client as unknown as { _enqueuedMessages?: unknown })._enqueuedMessages === undefined) return false;
    this.members.delete(client.sessionId);
    void this.queue
      .run(() => this.submit({ type: 'removeSeat', seatId }, { kind: 'system' }))
      .then((reply) => {
        if (!reply.ok) this.services.log(`session ${this.code}: could not release an orphan seat (${reply.error})`);
      });
    this.out.announcePresence();
    return true;
  }

  // --- joins ---------------------------------------------------------------------------------------

  private async admit(client: Client, options: JoinOptions): Promise<void> {
    const { store, hashSecret, secretMatches } = this.services;
    let member: Member;
    let seatMessage: ServerMessage | null = null;
    switch (options.role) {
      case 'host':
        if (!secretMatches(options.hostKey, this.hostKeyHash)) throw joinRefused('protocol/unauthorized');
        member = { viewer: { kind: 'host' }, actor: { kind: 'host' } };
        break;
      case 'projector':
        member = { viewer: { kind: 'projector' }, actor: null };
        break;
      case 'rejoin': {
        const record = await store.findSeatByToken(this.code, hashSecret(options.seatToken));
        const seat = record ? this.game.seats[record.seatId] : undefined;
        if (!seat) throw joinRefused('rule/seat-unknown');
        if (seat.removed) throw joinRefused('rule/seat-removed');
        member = { viewer: { kind: 'seat', seatId: seat.id }, actor: { kind: 'seat', seatId: seat.id } };
        break;
      }
      case 'student': {
        if (!(await this.catchUp())) throw joinRefused('protocol/server-error');
        const seatId = this.services.newSeatId();
        // A join is the server's act (the seat does not exist yet), so the rules see it as a system command.
        const command: Command = {
          type: 'joinSeat',
          seatId,
          name: options.name,
          at: this.services.now(),
          by: { kind: 'system' },
        };
        const result = this.rules.applyCommand(this.scenario, this.game, command);
        if (!result.ok) throw joinRefused(result.error);
        const seatToken = this.services.newSeatToken();
        // The token goes in first: a crash between the two leaves a harmless orphan token, never a seat nobody can reclaim.
        try {
          await store.putSeatToken({ code: this.code, seatId, tokenHash: hashSecret(seatToken) });
          await this.commit(command, result);
        } catch (error) {
          this.services.log(`session ${this.code}: could not store a new seat`, error);
          this.stale = true;
          await this.catchUp();
          throw joinRefused('protocol/server-error');
        }
        this.freshSeats.set(client.sessionId, seatId);
        member = { viewer: { kind: 'seat', seatId }, actor: { kind: 'seat', seatId } };
        seatMessage = { type: 'seat', seatId, seatToken, code: this.code };
        break;
      }
    }
    if (options.lang) member.lang = options.lang;
    this.members.set(client.sessionId, member);
    if (seatMessage) client.send(SERVER_MESSAGE, seatMessage);
    this.out.snapshot(client, member);
    this.out.announcePresence();
  }

  // --- intents -------------------------------------------------------------------------------------

  private async handleIntent(client: Client, payload: unknown): Promise<IntentReply> {
    const member = this.members.get(client.sessionId);
    if (!member?.actor) return refusal('protocol/unauthorized');
    const schema = member.actor.kind === 'host' ? hostIntentSchema : studentIntentSchema;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return refusal('protocol/invalid', first ? `${first.path.join('.') || 'message'}: ${first.message}` : undefined);
    }
    const actor = member.actor;
    const intent = parsed.data as Intent; // the schema is built from the same definitions as the type
    return this.queue.run(() => this.submit(intent, actor));
  }

  /** Applies one command in queue order; the reply goes out only after the transcript holds it. */
  private async submit(
    intent:
      | Intent
      | { type: 'phaseTimeUp'; phase: GameState['phase']; round: number }
      | { type: 'removeSeat'; seatId: string },
    by: Actor,
    at?: number,
  ): Promise<IntentReply> {
    // During a database outage the room keeps serving what it holds, and refuses writes with a plain "try again".
    if (!(await this.catchUp())) return refusal('protocol/server-error');
    const command = { ...intent, at: at ?? this.services.now(), by } as Command;
    let result: CommandResult;
    try {
      result = this.rules.applyCommand(this.scenario, this.game, command);
    } catch (error) {
      this.services.log(`session ${this.code}: rules threw on ${command.type}`, error);
      return refusal('protocol/server-error');
    }
    if (!result.ok) return refusal(result.error);
    try {
      await this.commit(command, result);
    } catch (error) {
      this.services.log(`session ${this.code}: could not persist seq ${result.state.seq}`, error);
      // The append may or may not have reached the store: adopt what it holds now, or before the next write.
      this.stale = true;
      await this.catchUp();
      return refusal('protocol/server-error');
    }
    // The transcript position is the host's alone (a student could count other teams' hidden actions with it).
    return by.kind === 'host' ? { ok: true, seq: result.state.seq } : { ok: true };
  }

  /** Persists, then adopts the new state and tells every connection what it may see. */
  private async commit(command: Command, result: Extract<CommandResult, { ok: true }>): Promise<void> {
    const seq = result.state.seq;
    if (seq !== this.game.seq + 1) throw new Error(`rules advanced seq from ${this.game.seq} to ${seq}`);
    await this.slowSave.watch(this.services.store.append(this.code, [{ seq, command }]));
    const wasEnded = this.game.phase === 'ended';
    this.game = result.state;
    this.out.events(seq, result.events);
    if (command.type === 'removeSeat') this.out.evictSeat(command.seatId);
    if (!wasEnded && this.game.phase === 'ended') {
      await this.services.store
        .markEnded(this.code, true)
        .catch((error) => this.services.log(`session ${this.code}: markEnded failed`, error));
    }
    this.phaseTimer?.arm();
  }

  /**
   * After a failed write: adopt whatever the store does hold, so seq never forks from the transcript. True when
   * the room is in step with the store. A store that does not answer (an outage) leaves the room serving and
   * stale, to try again at the next write; only a deleted session or a transcript that does not replay closes it.
   */
  private async catchUp(): Promise<boolean> {
    if (!this.stale) return true;
    let session;
    let entries;
    try {
      session = await this.services.store.getSession(this.code);
      entries = session ? await this.services.store.readEntries(this.code, this.game.seq) : [];
    } catch (error) {
      this.services.log(`session ${this.code}: the store is unreachable; refusing writes until it answers`, error);
      return false;
    }
    try {
      // A session deleted by its teacher (or by retention) has nothing left to play: close its room.
      if (!session) throw new Error('the session was deleted');
      for (const entry of entries) {
        const result = this.rules.applyCommand(this.scenario, this.game, entry.command);
        if (!result.ok || result.state.seq !== entry.seq) throw new Error(`stored seq ${entry.seq} does not replay`);
        this.game = result.state;
        this.out.events(entry.seq, result.events);
      }
      this.stale = false;
      this.phaseTimer?.arm();
      return true;
    } catch (error) {
      this.services.log(
        `session ${this.code}: resync failed; closing the room so it is rebuilt from the transcript`,
        error,
      );
      // Later, so the refusal that led here still reaches its sender before the socket closes.
      setTimeout(() => void this.disconnect().catch(() => undefined), 100);
      return false;
    }
  }

  // --- clock ---------------------------------------------------------------------------------------

  /** The deadline passed: "time is up", unless a "+60 s" or a pause queued ahead of it moved the deadline. */
  private timeUp({ phase, round, endsAt }: Deadline): Promise<FireOutcome> {
    return this.queue.run(async () => {
      // The rules check only phase and round; the deadline itself decides whether this firing still stands.
      const now = this.game;
      if (now.phase !== phase || now.round !== round || now.clock.endsAt !== endsAt) return 'done';
      const reply = await this.submit(
        { type: 'phaseTimeUp', phase, round },
        { kind: 'system' },
        Math.max(this.services.now(), endsAt),
      );
      // The store is down: try again shortly, or the phase would never end.
      const failed = !reply.ok && reply.error === 'protocol/server-error' && this.game.clock.endsAt === endsAt;
      return failed ? 'retry' : 'done';
    });
  }
}

/** The room class to register with `.define(ROOM_NAME, …).filterBy(['code'])`, bound to its services. */
export function sessionRoomType(services: RoomServices): typeof SessionRoom {
  return class BoundSessionRoom extends SessionRoom {
    protected override readonly services = services;
  };
}
