// The WebSocket transport of every server process: Colyseus's own, with its heartbeat paced. Colyseus pings every
// connection in one synchronous loop every 3 s; with 4,500 connections that loop is a socket write each, one long
// pause of the event loop that every class on the process feels. Here each connection is still pinged once per
// interval and cut after `maxMissed` unanswered pings in a row (a closed laptop lid, a dead network), but the
// pings go out in small slices spread over the interval. Knows only sockets; must not import rooms.
import { WebSocketTransport, type TransportOptions } from '@colyseus/ws-transport';
import type { WebSocket } from 'ws';

export interface HeartbeatOptions {
  /** Each connection is pinged once per interval. */
  intervalMs: number;
  /** A connection that has not answered this many pings in a row is closed. */
  maxMissed: number;
  /** How often a slice of the connections is pinged; smaller slices, shorter work per tick. */
  sliceMs: number;
}

/** Colyseus's own cadence (a dead socket is cut after 6 to 9 s), paced. */
export const DEFAULT_HEARTBEAT: HeartbeatOptions = { intervalMs: 3_000, maxMissed: 2, sliceMs: 100 };

/** What the heartbeat needs of a socket (a `ws` WebSocket). */
export interface Pingable {
  readonly readyState: number;
  readonly OPEN: number;
  ping(): void;
  terminate(): void;
}

/**
 * The pacing, apart from timers and sockets: `tick(now, sockets)` runs every `sliceMs`. A round starts every
 * `intervalMs` with the sockets open then and pings its share of them per tick; sockets that arrive meanwhile
 * wait for the next round, as they would have waited for Colyseus's next sweep.
 */
export class Heartbeat<S extends Pingable = Pingable> {
  private readonly missed = new WeakMap<S, number>();
  private round: S[] = [];
  private next = 0;
  private perTick = 0;
  private startedAt = -Infinity;

  constructor(private readonly opts: HeartbeatOptions) {}

  /** The socket answered (a pong): its count of missed pings starts again. */
  answered(socket: S): void {
    this.missed.set(socket, 0);
  }

  tick(now: number, sockets: Iterable<S>): void {
    const { intervalMs, maxMissed, sliceMs } = this.opts;
    if (now - this.startedAt >= intervalMs) {
      this.round = [...sockets];
      this.next = 0;
      this.startedAt = now;
      this.perTick = Math.ceil((this.round.length * sliceMs) / intervalMs);
    }
    for (const end = Math.min(this.round.length, this.next + this.perTick); this.next < end; this.next++) {
      const socket = this.round[this.next]!;
      if (socket.readyState !== socket.OPEN) continue;
      const missed = this.missed.get(socket) ?? 0;
      if (missed >= maxMissed) {
        socket.terminate();
        continue;
      }
      this.missed.set(socket, missed + 1);
      socket.ping();
    }
  }
}

export class PacedTransport extends WebSocketTransport {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(options: Omit<TransportOptions, 'pingInterval' | 'pingMaxRetries'> & { heartbeat?: HeartbeatOptions }) {
    const { heartbeat: opts = DEFAULT_HEARTBEAT, ...rest } = options;
    // pingInterval 0 turns Colyseus's burst heartbeat off; this one replaces it.
    super({ ...rest, pingInterval: 0 });
    const heartbeat = new Heartbeat<WebSocket>(opts);
    this.wss.on('connection', (ws: WebSocket) => ws.on('pong', () => heartbeat.answered(ws)));
    this.server?.on('listening', () => {
      this.timer ??= setInterval(() => heartbeat.tick(performance.now(), this.wss.clients), opts.sliceMs);
      this.timer.unref();
    });
    this.server?.on('close', () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
    });
  }
}
