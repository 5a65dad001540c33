// Background threads give way to the rooms. Every class on a process is served by its one event loop; the threads
// beside it (building a review, copying the SQLite WAL into the database) can wait, so on a busy machine the
// scheduler should hand a free core to the loop first. Linux gives each thread its own nice value, so a worker
// can lower its own priority without touching the loop's. Elsewhere, or where the kernel refuses, nothing changes.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice values (0 normal, 19 the least CPU when others want it) of the process's background threads. */
export const BACKGROUND_NICE = {
  /** Reviews and shared links: a teacher waits a moment longer; no class feels it. */
  reviewBuilder: 19,
  /** WAL checkpoints: late ones cost only a longer WAL. */
  checkpointer: 10,
} as const;

/** The calling thread's id in the kernel (Linux), or null. */
function threadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** Lowers the calling thread's priority to `nice`; true when the kernel took it. Never the whole process. */
export function lowerThisThread(nice: number): boolean {
  const tid = threadId();
  // On Linux the process id names the main thread; a worker that got it would slow every room instead.
  if (tid === null || tid === process.pid) return false;
  try {
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
