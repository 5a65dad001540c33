// A Colyseus 0.18 client for the load generators of `npm run bench:server`, on a plain `ws` socket: it reserves a
// seat over HTTP, answers the JOIN_ROOM handshake, sends requests as pre-encoded frames (a template copied and
// patched, never msgpack-encoded per send) and hands back raw frames for the caller to look into as little as it
// needs. No schema state, no request timers, no reconnection: the bench must cost less than the server it measures.
// The wire format follows @colyseus/core's Protocol (getMessageBytes) and @colyseus/sdk's Room (#dispatchFrame).
import { decode, encode } from '@colyseus/schema';
import { Protocol } from '@colyseus/sdk';
// msgpackr is what both @colyseus/core and @colyseus/sdk encode messages with (a dependency of each).
import { pack, unpack } from 'msgpackr';
import WebSocket, { type ClientOptions } from 'ws';

/** The low bits of a frame's first byte name its kind; the high ones are modifiers (@colyseus/shared-types). */
const CODE_MASK = 31;
/** ResponseStatus.OK of a ROOM_RESPONSE. */
const RESPONSE_OK = 0;

/** What Colyseus's matchmaking route answers: where the reserved seat waits. */
interface SeatReservation {
  name: string;
  roomId: string;
  sessionId: string;
  processId: string;
  publicAddress?: string;
}

/** A refused join: `code` is the refusal the server sent (the matchmaking body's `error`, or a close reason). */
export class RawJoinError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'RawJoinError';
  }
}

/**
 * A ROOM_REQUEST frame built once, with a fixed-width request id and a fixed-width number inside one string of
 * the payload (the mark), so each send is a 40-byte copy and two patches.
 */
export class RequestTemplate {
  private readonly bytes: Buffer;
  private readonly markAt: number;

  /** `payload(text)` must place `text` (a string the template chooses) exactly once in the message. */
  constructor(
    type: string,
    payload: (text: string) => unknown,
    private readonly markDigits = 10,
  ) {
    const placeholder = MARK_PREFIX + '0'.repeat(markDigits);
    const header = Buffer.alloc(64);
    const it = { offset: 0 };
    header[it.offset++] = Protocol.ROOM_REQUEST;
    // The request id as uint32 always (prefix 0xce), so every id takes the same five bytes.
    header[it.offset++] = 0xce;
    it.offset += 4;
    encode.string(header, type, it);
    const body = pack(payload(placeholder));
    this.bytes = Buffer.concat([header.subarray(0, it.offset), body]);
    const at = this.bytes.indexOf(placeholder, it.offset, 'latin1');
    if (at < 0) throw new Error('RequestTemplate: the payload does not carry the text it was given');
    this.markAt = at + MARK_PREFIX.length;
  }

  /** A fresh frame (the socket may hold it until written) for request `id` carrying `mark`. */
  frame(id: number, mark: number): Buffer {
    const out = Buffer.from(this.bytes);
    out.writeUInt32LE(id >>> 0, 2);
    let n = mark;
    for (let i = this.markAt + this.markDigits - 1; i >= this.markAt; i--) {
      out[i] = 48 + (n % 10);
      n = Math.floor(n / 10);
    }
    return out;
  }
}

/** Every mark in a template's text starts with this; `marks()` finds them in any frame without decoding it. */
export const MARK_PREFIX = 'load#';
const MARK_BYTES = Buffer.from(MARK_PREFIX, 'latin1');

/** Calls `found` with every mark carried in `frame` (e.g. each team message a ROOM_DATA frame delivers). */
export function marks(frame: Buffer, found: (mark: number) => void, digits = 10): void {
  let at = frame.indexOf(MARK_BYTES);
  while (at >= 0) {
    let n = 0;
    const start = at + MARK_BYTES.length;
    for (let i = start; i < start + digits; i++) n = n * 10 + (frame[i]! - 48);
    found(n);
    at = frame.indexOf(MARK_BYTES, start + digits);
  }
}

/** A ROOM_DATA frame's message type and where its msgpack payload starts. */
export function roomData(frame: Buffer): { type: string | number; offset: number } {
  const it = { offset: 1 };
  const type = decode.stringCheck(frame, it) ? decode.string(frame, it) : decode.number(frame, it);
  return { type, offset: it.offset };
}

/** The whole message of a ROOM_DATA frame (for the few frames a caller does need to read). */
export function roomDataMessage(frame: Buffer): { type: string | number; message: unknown } {
  const { type, offset } = roomData(frame);
  return { type, message: frame.byteLength > offset ? unpack(frame.subarray(offset)) : undefined };
}

type Reply = (ok: boolean, payload: unknown) => void;

/** One connection to one room. */
export class RawClient {
  /** Every ROOM_DATA frame, undecoded (see roomData, roomDataMessage, marks). */
  onData: (frame: Buffer) => void = () => undefined;
  /** The socket closed (code 4000 is a consented leave). */
  onClose: (code: number) => void = () => undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { reply: Reply; at: number }>();
  private joined = false;

  private constructor(
    private readonly ws: WebSocket,
    readonly sessionId: string,
  ) {}

  /**
   * Reserves a seat (`POST /matchmake/<method>/<room>`) and joins it; resolves once the room confirmed the join.
   * `onData` may be set from `early` so that no frame sent right after the join is missed; `socket` passes
   * options to `ws` (a test turns its automatic pong off).
   */
  static async join(
    httpUrl: string,
    roomName: string,
    options: object,
    how: {
      early?: (client: RawClient) => void;
      method?: 'joinOrCreate' | 'create' | 'join';
      socket?: ClientOptions;
    } = {},
  ): Promise<RawClient> {
    const { early = () => undefined, method = 'joinOrCreate', socket } = how;
    const res = await fetch(`${httpUrl}/matchmake/${method}/${roomName}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(options),
    });
    const body = (await res.json()) as SeatReservation & { error?: string };
    if (!res.ok || body.error) throw new RawJoinError(body.error ?? `matchmake ${res.status}`);
    const base = new URL(httpUrl);
    const host = body.publicAddress ?? base.host;
    const ws = new WebSocket(
      `${base.protocol === 'https:' ? 'wss' : 'ws'}://${host}/${body.processId}/${body.roomId}?sessionId=${body.sessionId}`,
      { perMessageDeflate: false, ...socket },
    );
    const client = new RawClient(ws, body.sessionId);
    early(client);
    return new Promise((resolve, reject) => {
      ws.binaryType = 'nodebuffer';
      ws.on('message', (data: Buffer) => {
        const code = data[0]! & CODE_MASK;
        if (code === Protocol.ROOM_DATA) client.onData(data);
        else if (code === Protocol.ROOM_RESPONSE) client.response(data);
        else if (code === Protocol.JOIN_ROOM && !client.joined) {
          client.joined = true;
          // The acknowledgement: the room then sends what it queued for this client (seat, snapshot).
          ws.send(Buffer.from([Protocol.JOIN_ROOM]));
          resolve(client);
        } else if (code === Protocol.ERROR && !client.joined) {
          const it = { offset: 1 };
          decode.number(data, it);
          reject(new RawJoinError(decode.string(data, it)));
        }
        // ROOM_STATE and its patches (the public status) are not read: nothing the bench measures is in them.
      });
      ws.on('close', (code: number, reason: Buffer) => {
        for (const { reply } of client.pending.values()) reply(false, 'closed');
        client.pending.clear();
        if (!client.joined) reject(new RawJoinError(reason.toString() || `closed ${code}`));
        else client.onClose(code);
      });
      ws.on('error', (error) => {
        if (!client.joined) reject(error);
      });
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Requests still unanswered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Sends a request frame built from `template`; `reply` is called once (ok=false on a refusal or a close). */
  request(template: RequestTemplate, mark: number, reply: Reply): void {
    const id = this.nextId;
    this.nextId = (this.nextId + 1) >>> 0;
    this.pending.set(id, { reply, at: performance.now() });
    this.ws.send(template.frame(id, mark));
  }

  /** A one-off request whose payload is encoded now (setup, not the measured load). */
  requestOnce(type: string, payload: unknown): Promise<unknown> {
    const id = this.nextId;
    this.nextId = (this.nextId + 1) >>> 0;
    const header = Buffer.alloc(16 + type.length * 3);
    const it = { offset: 0 };
    header[it.offset++] = Protocol.ROOM_REQUEST;
    encode.number(header, id, it);
    encode.string(header, type, it);
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        at: performance.now(),
        reply: (ok, answer) => (ok ? resolve(answer) : reject(new Error(`request ${type}: ${String(answer)}`))),
      });
      this.ws.send(Buffer.concat([header.subarray(0, it.offset), pack(payload)]));
    });
  }

  /** Fails requests older than `ms` (one sweep for all, instead of a timer per request); returns how many. */
  expire(ms: number): number {
    const before = performance.now() - ms;
    let expired = 0;
    for (const [id, entry] of this.pending) {
      if (entry.at > before) break; // ids are in send order
      this.pending.delete(id);
      entry.reply(false, 'timeout');
      expired++;
    }
    return expired;
  }

  /** A consented leave; resolves when the socket is closed. */
  leave(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      if (this.ws.readyState === WebSocket.OPEN) this.ws.send(Buffer.from([Protocol.LEAVE_ROOM]));
      else this.ws.terminate();
      setTimeout(() => this.ws.terminate(), 2_000).unref();
    });
  }

  private response(frame: Buffer): void {
    const it = { offset: 1 };
    const id = decode.number(frame, it);
    const status = frame[it.offset++];
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.reply(status === RESPONSE_OK, frame.byteLength > it.offset ? unpack(frame.subarray(it.offset)) : undefined);
  }
}
