// One SDK connection to a session as the protocol defines it: join, keep the seat token, send intents, keep its
// View current with the rules' own fold (as a browser does), and come back after a drop or a restart.
// Used by the bots, the server tests, the load benchmark and the review fixture. Must not import server code.
import { Client, type Room } from '@colyseus/sdk';
import {
  INTENT,
  ROOM_NAME,
  SERVER_MESSAGE,
  type HostIntent,
  type IntentReply,
  type JoinOptions,
  type ServerMessage,
  type StudentIntent,
} from '../../shared/protocol/messages.ts';
import type { ScenarioView } from '../../shared/rules/view-types.ts';
import type { GameEvent } from '../../shared/rules/events.ts';
import type { Phase, Proposal } from '../../shared/rules/types.ts';
import { applyEventsToView } from '../../shared/rules/view-fold.ts';
import type { View } from '../../shared/rules/view-types.ts';

export interface ParticipantOptions {
  /** Keep every ServerMessage received, in order (tests inspect them for leaks). */
  record?: boolean;
  /** Let the SDK retry a dropped socket into the same room (default true). */
  sdkReconnect?: boolean;
  /** After the SDK gives up (e.g. server restarted), join again with the seat token / host key (default false). */
  rejoin?: boolean;
}

/** A failed join: `code` is the ErrorCode string the server sent (e.g. 'rule/name-taken'). */
export class JoinError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'JoinError';
  }
}

type Listener = (message: ServerMessage) => void;

/** One connected viewer (student, host or projector) and the little it tracks of the game. */
export class Participant {
  room!: Room;
  /** Every message received, when `record` is set. */
  readonly received: ServerMessage[] = [];
  seat: { seatId: string; seatToken: string } | null = null;
  scenario: ScenarioView | null = null;
  /** The last snapshot's view as it arrived (`view` is the same folded forward). */
  snapshot: View | null = null;
  /** The last snapshot with every later event folded in by the rules' view fold: what a browser shows. */
  view: View | null = null;
  /** The host's alone: the transcript's count of commands (0 for every other viewer, which is never told it). */
  seq = 0;
  connected: string[] = [];
  removed = false;
  closed = false;
  private listeners = new Set<Listener>();
  private rejoining: Promise<void> | null = null;
  private snapshotArrived: () => void = () => undefined;

  private constructor(
    private readonly client: Client,
    private joinOptions: JoinOptions,
    private readonly options: ParticipantOptions,
  ) {}

  /** Joins (or creates, the first time since a restart) the session room. Rejects with JoinError. */
  static async join(url: string, joinOptions: JoinOptions, options: ParticipantOptions = {}): Promise<Participant> {
    const participant = new Participant(new Client(url), joinOptions, options);
    await participant.connect();
    return participant;
  }

  get seatId(): string | null {
    return this.seat?.seatId ?? null;
  }

  get phase(): Phase {
    return this.view?.phase ?? 'lobby';
  }

  get round(): number {
    return this.view?.round ?? 0;
  }

  /** This seat's delegation (null for the host and the projector); a move to another team arrives as a snapshot. */
  get delegation(): string | null {
    return this.view?.you?.delegation ?? null;
  }

  /** Proposals this viewer may see (own team's for a student, all for the host), every round. */
  get proposals(): readonly Proposal[] {
    return this.view?.proposals ?? [];
  }

  /** Sends one intent and resolves with the server's reply (refusals resolve too, with ok:false). */
  async intent(intent: StudentIntent | HostIntent, timeoutMs = 10_000): Promise<IntentReply> {
    return (await this.room.request(INTENT, intent, { timeout: timeoutMs })) as IntentReply;
  }

  /** Calls `listener` for every later message; returns an unsubscribe function. */
  onMessage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first message (already received or later) that matches. */
  waitFor<T extends ServerMessage>(match: (m: ServerMessage) => m is T, timeoutMs?: number): Promise<T>;
  waitFor(match: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  waitFor(match: (m: ServerMessage) => boolean, timeoutMs = 10_000): Promise<ServerMessage> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.onMessage((m) => {
        if (!match(m)) return;
        clearTimeout(timer);
        stop();
        resolve(m);
      });
    });
  }

  /** Every event received so far, flattened in order (needs `record`). */
  events(): GameEvent[] {
    return this.received.flatMap((m) => (m.type === 'events' ? m.events : []));
  }

  /** Leaves for good (consented): the seat stays in the session and its token still works. */
  async leave(): Promise<void> {
    this.closed = true;
    if (this.room.connection.isOpen) await this.room.leave(true).catch(() => undefined);
  }

  /**
   * Cuts the TCP connection without a goodbye, like a closed laptop lid (the SDK may reconnect). Only a `ws`
   * socket exposes its TCP socket; Node's built-in WebSocket (what the SDK picks on Node 22+) does not, so this
   * throws there rather than pretend: tests drop from the server side instead (tests/server/harness.ts).
   */
  dropSocket(): void {
    const transport = this.room.connection.transport as unknown as { ws?: { _socket?: { destroy?: unknown } } };
    const socket = transport.ws?._socket;
    if (!socket || typeof socket.destroy !== 'function') {
      throw new Error(
        'dropSocket: this WebSocket gives no access to its TCP socket; drop the connection from the server side',
      );
    }
    (socket.destroy as () => void).call(socket);
  }

  private async connect(): Promise<void> {
    let room: Room;
    try {
      room = await this.client.joinOrCreate(ROOM_NAME, this.joinOptions);
    } catch (error) {
      throw new JoinError(error instanceof Error ? error.message : String(error));
    }
    this.room = room;
    if (this.options.sdkReconnect === false) room.reconnection.enabled = false;
    // Resolve only once the snapshot (and, for a new student, the seat token sent before it) is in.
    const snapshot = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new JoinError('protocol/server-error')), 15_000);
      this.snapshotArrived = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    room.onMessage(SERVER_MESSAGE, (message: ServerMessage) => this.receive(message));
    room.onLeave((code: number) => {
      // 4000 is a consented leave (ours, or the server removing the seat); anything else lost the room.
      if (this.closed || this.removed || code === 4000 || !this.options.rejoin) return;
      void this.rejoinUntilBack();
    });
    await snapshot;
  }

  private rejoinUntilBack(): Promise<void> {
    this.rejoining ??= (async () => {
      for (let attempt = 0; !this.closed; attempt++) {
        try {
          await this.connect();
          return;
        } catch (error) {
          // A refused rejoin will not succeed by retrying (seat removed, session deleted).
          if (error instanceof JoinError && error.code.startsWith('rule/')) return;
          await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt)));
        }
      }
    })().finally(() => {
      this.rejoining = null;
    });
    return this.rejoining;
  }

  private receive(message: ServerMessage): void {
    if (this.options.record) this.received.push(message);
    switch (message.type) {
      case 'seat':
        this.seat = { seatId: message.seatId, seatToken: message.seatToken };
        // From now on this participant is that seat: a reload or restart comes back to it.
        this.joinOptions = {
          role: 'rejoin',
          protocol: this.joinOptions.protocol,
          code: message.code,
          seatToken: message.seatToken,
        };
        break;
      case 'snapshot':
        this.snapshot = message.view;
        this.view = message.view;
        this.scenario = message.scenario;
        this.seq = message.view.seq ?? 0;
        this.connected = message.connected;
        this.snapshotArrived();
        break;
      case 'events':
        if (message.seq !== undefined) this.seq = Math.max(this.seq, message.seq);
        // Events come only after a snapshot; the fold never mutates, so `snapshot` stays as it arrived.
        if (this.view && this.scenario) this.view = applyEventsToView(this.scenario, this.view, message.events);
        break;
      case 'presence':
        this.connected = message.connected;
        break;
      case 'removed':
        this.removed = true;
        break;
    }
    for (const listener of this.listeners) listener(message);
  }
}
