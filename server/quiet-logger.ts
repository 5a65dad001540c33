// A logger for Colyseus that caps how many lines a burst can write: a client spraying malformed frames must
// not turn into a disk-filling log. Must not import Colyseus (it only satisfies its logger shape).

type Sink = (message: string, error?: unknown) => void;

/** Colyseus's logger shape: errors and warnings go to `sink`, at most `perMinute` lines a minute. */
export function quietLogger(sink: Sink, perMinute = 30, now: () => number = Date.now) {
  let windowEnds = 0;
  let written = 0;
  let dropped = 0;
  const emit = (level: string, args: unknown[]) => {
    const t = now();
    if (t >= windowEnds) {
      if (dropped > 0) sink(`colyseus: ${dropped} more log lines were suppressed in the last minute`);
      windowEnds = t + 60_000;
      written = 0;
      dropped = 0;
    }
    if (written >= perMinute) {
      dropped++;
      return;
    }
    written++;
    sink(`colyseus ${level}: ${args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')}`);
  };
  return {
    debug: () => undefined,
    trace: () => undefined,
    info: (...args: unknown[]) => emit('info', args),
    warn: (...args: unknown[]) => emit('warn', args),
    error: (...args: unknown[]) => emit('error', args),
  };
}
