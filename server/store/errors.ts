// Store failures a caller can act on: a seq that does not continue the log, an unknown or taken code.
// Must not import a database driver: both stores and their callers share these classes.

/** An append whose first seq is not exactly last+1 (or whose seqs have a gap): nothing was written. */
export class SeqConflictError extends Error {
  readonly code = 'store/seq-conflict' as const;
  constructor(
    readonly sessionCode: string,
    readonly expected: number,
    readonly got: number,
  ) {
    super(`Session ${sessionCode}: expected seq ${expected}, got ${got}; nothing was appended.`);
    this.name = 'SeqConflictError';
  }
}

/** An operation on a session the store does not hold. */
export class UnknownSessionError extends Error {
  readonly code = 'store/unknown-session' as const;
  constructor(readonly sessionCode: string) {
    super(`No session with code ${sessionCode}.`);
    this.name = 'UnknownSessionError';
  }
}

/** createSession with a code that is already taken: the caller draws a new code and retries. */
export class DuplicateSessionError extends Error {
  readonly code = 'store/duplicate-session' as const;
  constructor(readonly sessionCode: string) {
    super(`A session with code ${sessionCode} already exists.`);
    this.name = 'DuplicateSessionError';
  }
}

/** Checks that `entries` continue a log whose last seq is `last`, without gaps; throws otherwise. */
export function checkContinuity(code: string, last: number, seqs: readonly number[]): void {
  seqs.forEach((seq, i) => {
    const expected = last + 1 + i;
    if (seq !== expected) throw new SeqConflictError(code, expected, seq);
  });
}
