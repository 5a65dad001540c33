// The server's pauses and what they were made of, for the benches. A 10 ms interval measures each gap between its
// ticks; for a gap of 50 ms or more it also says where the main thread's time went, from the kernel's scheduler
// counters for this thread (/proc/thread-self/schedstat: time on a CPU, time runnable but waiting for one) and
// V8's garbage-collection entries:
// - on a CPU: our code or the collector ran (a long task, a long GC);
// - waiting for a CPU: the thread could run but the machine gave its cores to other processes (starvation);
// - asleep: neither, so the thread slept in the kernel (a synchronous disk read or write, a page fault on a file,
//   a lock; or, for a few ms at the start of a gap, the loop idle before the work that made it long).
// Linux only; elsewhere the split is left out and only gaps are counted.
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

/** Gaps of this many ms or more count as pauses. */
export const PAUSE_MS = 50;
const TICK_MS = 10;

export interface PauseTotals {
  /** The longest gap between ticks beyond the tick itself, in ms. */
  longestGap: number;
  pauses: number;
  ticks: number;
  /** Summed over the pauses, in ms; null where the kernel's counters cannot be read. */
  split: { onCpu: number; gc: number; waiting: number; asleep: number } | null;
  /** The longest pause's split, in ms. */
  longest: { gap: number; onCpu: number; gc: number; waiting: number; asleep: number } | null;
  /** The longest single garbage collection, in ms, and its kind (V8's flag: 1 minor, 2 major, 4 incremental, 8 weak). */
  longestGc: { ms: number; kind: number };
}

/** [ns on a CPU, ns waiting for one] for the calling thread, or null off Linux. */
function schedstat(): [number, number] | null {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return [Number(run), Number(wait)];
  } catch {
    return null;
  }
}

/** Starts watching the calling thread; `take()` returns the totals since the last take and starts again. */
export function watchPauses(): { take(): PauseTotals } {
  let gcSinceTick = 0;
  let longestGc = { ms: 0, kind: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcSinceTick += entry.duration;
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      if (entry.duration > longestGc.ms) longestGc = { ms: entry.duration, kind };
    }
  }).observe({ entryTypes: ['gc'] });

  const fresh = (): PauseTotals => ({
    longestGap: 0,
    pauses: 0,
    ticks: 0,
    split: schedstat() ? { onCpu: 0, gc: 0, waiting: 0, asleep: 0 } : null,
    longest: null,
    longestGc: { ms: 0, kind: 0 },
  });
  let totals = fresh();
  let last = performance.now();
  let lastSched = schedstat();
  setInterval(() => {
    const now = performance.now();
    const sched = schedstat();
    const gap = now - last - TICK_MS;
    const gc = gcSinceTick;
    gcSinceTick = 0;
    totals.ticks++;
    if (gap > totals.longestGap) totals.longestGap = gap;
    if (gap >= PAUSE_MS) {
      totals.pauses++;
      if (sched && lastSched && totals.split) {
        const elapsed = now - last;
        const onCpu = (sched[0] - lastSched[0]) / 1e6;
        const waiting = (sched[1] - lastSched[1]) / 1e6;
        const part = { onCpu, gc, waiting, asleep: Math.max(0, elapsed - onCpu - waiting) };
        totals.split.onCpu += part.onCpu;
        totals.split.gc += part.gc;
        totals.split.waiting += part.waiting;
        totals.split.asleep += part.asleep;
        if (!totals.longest || gap > totals.longest.gap) totals.longest = { gap, ...part };
      }
    }
    last = now;
    lastSched = sched;
  }, TICK_MS).unref();

  return {
    take() {
      const taken = { ...totals, longestGc };
      totals = fresh();
      longestGc = { ms: 0, kind: 0 };
      last = performance.now();
      lastSched = schedstat();
      return taken;
    },
  };
}

/** One line for a bench's output: how many pauses, and what they were made of. */
export function describePauses(t: PauseTotals): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const gc = `longest GC ${t.longestGc.ms.toFixed(1)} ms (kind ${t.longestGc.kind})`;
  if (t.pauses === 0 || !t.split) return `${gc}`;
  const s = t.split;
  const l = t.longest!;
  return (
    `${gc}; the pauses ≥ ${PAUSE_MS} ms were on a CPU ${ms(s.onCpu)} (GC ${ms(s.gc)}), waiting for a CPU ${ms(s.waiting)}, ` +
    `asleep in the kernel ${ms(s.asleep)}; the longest (${ms(l.gap)}): on a CPU ${ms(l.onCpu)} (GC ${ms(l.gc)}), ` +
    `waiting ${ms(l.waiting)}, asleep ${ms(l.asleep)}`
  );
}
