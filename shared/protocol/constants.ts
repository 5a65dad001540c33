// The protocol's plain constants, without zod: the browser's join page and game chunk import these
// directly so the schema library stays on the server. messages.ts re-exports them; names are stable.
// Must not import zod, Node, DOM, Colyseus or Phaser.

/** Bumped on any incompatible change to the messages; a mismatch is refused at join. */
export const PROTOCOL_VERSION = 1 as const;

/** The Colyseus room name every session runs in. */
export const ROOM_NAME = 'session' as const;

/** Join codes: six characters, no look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY' as const;
export const CODE_LENGTH = 6 as const;

/** The one request type clients use: `room.request(INTENT, intent)`; the reply is an IntentReply. */
export const INTENT = 'intent' as const;

/** The message type every ServerMessage travels on. */
export const SERVER_MESSAGE = 'server' as const;
