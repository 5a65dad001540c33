// The server's logging: a structured pino logger that redacts key and token fields and logs errors by name,
// code and message only (an exception object can carry a join's options), plus line caps so a burst of refused
// joins or malformed frames cannot fill a disk. Must not import Colyseus (it only satisfies its logger shape).
import pino, { type DestinationStream } from 'pino';

type Sink = (message: string, error?: unknown) => void;

/** Field names whose values are secrets wherever they appear in a logged object. */
const SECRET_FIELDS = ['hostKey', 'seatToken', 'token', 'key', 'authorization', 'password', 'reconnectionToken'];
const REDACT_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`]);

/** What of an error may be logged: never its own properties (options, client, body), which may hold secrets. */
export function safeError(
  error: unknown,
): { type: string; code?: string | number; message: string; stack?: string } | undefined {
  if (error === undefined || error === null || error === '') return undefined;
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  // Colyseus wraps a room's exception (OnJoinException…) around the real error: the cause is what went wrong.
  const inner = cause instanceof Error ? cause : error;
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: scrub(inner.message),
    ...(inner.stack ? { stack: scrub(inner.stack) } : {}),
  };
}

/** Masks anything shaped like one of our secrets (43-character base64url keys, 32-character tokens). */
function scrub(text: string): string {
  return text.replace(/[A-Za-z0-9_-]{32,}/g, '[redacted]');
}

/** The default sink: one JSON line per problem on `destination` (stderr), secrets redacted. */
export function pinoSink(destination: DestinationStream = pino.destination(2)): Sink {
  const logger = pino({ base: null, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
  return (message, error) => {
    const err = safeError(error);
    logger.error(err ? { err } : {}, message);
  };
}

/** Passes at most `perMinute` lines a minute to `sink`, then says how many it dropped. */
export function capped(sink: Sink, perMinute = 30, now: () => number = Date.now): Sink {
  let windowEnds = 0;
  let written = 0;
  let dropped = 0;
  return (message, error) => {
    const t = now();
    if (t >= windowEnds) {
      if (dropped > 0) sink(`${dropped} more log lines were suppressed in the last minute`);
      windowEnds = t + 60_000;
      written = 0;
      dropped = 0;
    }
    if (written >= perMinute) {
      dropped++;
      return;
    }
    written++;
    sink(message, error);
  };
}

/** Colyseus's logger shape: errors and warnings go to `sink` (capped), by message only. */
export function quietLogger(sink: Sink, perMinute = 30, now: () => number = Date.now) {
  const out = capped(sink, perMinute, now);
  const emit = (level: string, args: unknown[]) => {
    const error = args.find((a) => a instanceof Error);
    const text = args.map((a) => (a instanceof Error ? a.name : typeof a === 'string' ? scrub(a) : typeof a)).join(' ');
    out(`colyseus ${level}: ${text}`, error);
  };
  return {
    debug: () => undefined,
    trace: () => undefined,
    info: (...args: unknown[]) => emit('info', args),
    warn: (...args: unknown[]) => emit('warn', args),
    error: (...args: unknown[]) => emit('error', args),
  };
}
