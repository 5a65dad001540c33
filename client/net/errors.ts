// Turns whatever a failed join or request throws into one error code the catalogue can word.
// Must not import the SDK or Phaser: pure string handling, unit-tested.

const CODE_PATTERN = /\b((?:rule|protocol)\/[a-z-]+)\b/;

/**
 * The error code inside a thrown value: an IntentReply-like `{ error }`, a `ctx.reject(reason)` reason,
 * or an SDK error whose message carries the code. Network failures map to `net/offline`.
 */
export function errorCodeOf(err: unknown): string {
  if (typeof err === 'string') return CODE_PATTERN.exec(err)?.[1] ?? err;
  if (err && typeof err === 'object') {
    const o = err as { error?: unknown; reason?: unknown; message?: unknown; code?: unknown };
    if (typeof o.error === 'string' && CODE_PATTERN.test(o.error)) return o.error;
    if (o.reason !== undefined && o.reason !== null) {
      const inner = errorCodeOf(o.reason);
      if (CODE_PATTERN.test(inner)) return inner;
    }
    if (typeof o.message === 'string') {
      const found = CODE_PATTERN.exec(o.message)?.[1];
      if (found) return found;
      if (/timed? ?out|timeout/i.test(o.message)) return 'net/timeout';
      if (/failed to fetch|network|ECONNREFUSED|closed/i.test(o.message)) return 'net/offline';
    }
  }
  return 'protocol/server-error';
}
