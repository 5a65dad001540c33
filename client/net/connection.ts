// The one connection to a session room: join, fold server messages into the store, survive drops,
// and send intents with plain-words errors. Loaded only after the join form is submitted (it pulls the SDK).
import { Client, type Room } from '@colyseus/sdk';
import { INTENT, ROOM_NAME, SERVER_MESSAGE } from '../../shared/protocol/constants.ts';
import type {
  HostIntent,
  IntentReply,
  JoinOptions,
  ServerMessage,
  StudentIntent,
} from '../../shared/protocol/messages.ts';
import type { Store } from '../state/store.ts';
import { errorCodeOf } from './errors.ts';

export type RequestResult = { ok: true } | { ok: false; code: string };

/** A joined session: send intents, leave. */
export interface Session {
  request(intent: StudentIntent | HostIntent): Promise<RequestResult>;
  leave(): Promise<void>;
}

export interface ConnectOptions {
  join: JoinOptions;
  store: Store;
  /** How to come back after the SDK's own reconnection gives up (e.g. a seat token learnt after join). */
  rejoin?: () => JoinOptions;
  onMessage?: (message: ServerMessage) => void;
  /** Server origin; the page's own by default (the server serves the client). */
  endpoint?: string;
}

/** Codes after which retrying the join cannot help. */
const FATAL = new Set([
  'protocol/unknown-session',
  'protocol/unauthorized',
  'protocol/version',
  'rule/seat-removed',
  'rule/seat-unknown',
  'rule/joins-locked',
  'rule/name-taken',
  'rule/session-full',
]);
const REQUEST_TIMEOUT_MS = 10_000;
const REJOIN_ATTEMPTS = 40;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Joins the room; rejects with the server's error (map it with errorCodeOf). */
export async function connect(opts: ConnectOptions): Promise<Session> {
  const client = new Client(opts.endpoint ?? location.origin);
  const { store } = opts;
  let leaving = false;
  let room: Room = await client.joinOrCreate(ROOM_NAME, opts.join);

  const attach = (r: Room) => {
    r.onMessage(SERVER_MESSAGE, (message: ServerMessage) => {
      opts.onMessage?.(message);
      store.receive(message);
      if (message.type === 'removed') leaving = true;
    });
    r.onDrop(() => store.setStatus('reconnecting'));
    r.onReconnect(() => store.setStatus('online'));
    r.onLeave(() => {
      if (leaving || r !== room) return;
      store.setStatus('reconnecting');
      void rejoin();
    });
  };

  // The SDK retries a dropped socket for about a minute (not in the first seconds after joining);
  // when it gives up, a fresh join with the seat token gets the same seat back.
  const rejoin = async () => {
    for (let attempt = 0; attempt < REJOIN_ATTEMPTS && !leaving; attempt++) {
      await sleep(Math.min(500 * 2 ** attempt, 5_000));
      try {
        const next = await client.joinOrCreate(ROOM_NAME, opts.rejoin?.() ?? opts.join);
        room = next;
        attach(next);
        store.setStatus('online');
        return;
      } catch (err) {
        if (FATAL.has(errorCodeOf(err))) break;
      }
    }
    if (!leaving) store.setStatus('offline');
  };

  attach(room);
  store.setStatus('online');

  return {
    async request(intent) {
      try {
        const reply = (await room.request(INTENT, intent, { timeout: REQUEST_TIMEOUT_MS })) as IntentReply;
        return reply.ok ? { ok: true } : { ok: false, code: reply.error };
      } catch (err) {
        return { ok: false, code: errorCodeOf(err) };
      }
    },
    async leave() {
      leaving = true;
      await room.leave(true);
    },
  };
}
