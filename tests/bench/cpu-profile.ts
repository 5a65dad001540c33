// Reads a V8 .cpuprofile (profiler.ts, or node --cpu-prof) and names where the time went: self time per function, top first.
// Used by `npm run bench:server -- --cpu-prof`; no dependency beyond node:fs.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

/** The `count` functions with the most self time, idle and GC included (they are part of the answer). */
export function topFunctions(file: string, count = 5): HotFunction[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Samples taken inside the profiler's own start and stop (profiler.ts) are the measurement, not the program.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const profilerItself = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byNode.get(at)?.callFrame.url ?? '';
      if (url.endsWith('/tests/bench/profiler.ts') || url.startsWith('node:inspector')) return true;
    }
    return false;
  };
  samples.forEach((id, i) => {
    if (!profilerItself(id)) selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0));
  });
  const byFunction = new Map<string, HotFunction>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byNode.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const where = url
      ? `${url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(server|shared|tests)\//, '$1/')}:${lineNumber + 1}`
      : '';
    const key = `${name}@${where}`;
    const hot = byFunction.get(key) ?? { name, where, selfMs: 0, share: 0 };
    hot.selfMs += us / 1000;
    byFunction.set(key, hot);
    total += us / 1000;
  }
  const busy = [...byFunction.values()].filter((f) => f.name !== '(idle)' && f.name !== '(program)');
  const busyTotal = busy.reduce((n, f) => n + f.selfMs, 0) || total;
  return busy
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count)
    .map((f) => ({ ...f, share: f.selfMs / busyTotal }));
}
