// Retention: deletes sessions (record, transcript, seat tokens) untouched for more than N days, on a timer.
// Talks to the store only through TranscriptStore; must not import rooms or HTTP.
import type { TranscriptStore } from './store/types.ts';

/** Days a session is kept when nothing is configured (RETENTION_DAYS). */
export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface RetentionOptions {
  days: number;
  /** How often to sweep; default hourly. */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Told about each sweep that deleted something (default: one console line). */
  onDeleted?: (codes: string[]) => void;
}

/** One sweep: deletes sessions whose last activity is older than `days`; returns their codes. */
export async function sweepRetention(store: TranscriptStore, days: number, now: number): Promise<string[]> {
  if (!Number.isFinite(days) || days <= 0) throw new Error(`Retention days must be a positive number, got ${days}.`);
  return store.deleteOlderThan(now - days * DAY_MS);
}

/**
 * Sweeps once now and then every `intervalMs`; returns a function that stops the timer. A failing sweep is
 * logged and retried next time: retention must never take the server down.
 */
export function startRetention(store: TranscriptStore, opts: RetentionOptions): () => void {
  const days = opts.days > 0 ? opts.days : DEFAULT_RETENTION_DAYS;
  const now = opts.now ?? Date.now;
  const onDeleted =
    opts.onDeleted ??
    ((codes: string[]) => console.log(`retention: deleted ${codes.length} session(s) older than ${days} days`));
  let running = false;
  let stopped = false;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const codes = await sweepRetention(store, days, now());
      if (codes.length > 0) onDeleted(codes);
    } catch (error) {
      console.error('retention: sweep failed, will retry', error);
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), opts.intervalMs ?? HOUR_MS);
  timer.unref?.();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
