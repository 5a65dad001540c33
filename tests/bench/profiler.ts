// A V8 CPU profile of this process over the measured part of a bench run only (joins and warm-up left out), via
// the inspector: `start()` when measuring begins, `stop()` writes a .cpuprofile that cpu-profile.ts reads.
import { Session } from 'node:inspector/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let session: Session | null = null;

export async function startProfile(): Promise<void> {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 1 ms between samples (V8's default): enough detail, little overhead.
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
}

/** Stops the profile started by startProfile() and returns the file it was written to. */
export async function stopProfile(name: string): Promise<string | null> {
  if (!session) return null;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  session = null;
  const file = join(mkdtempSync(join(tmpdir(), 'peninsula-prof-')), `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
}
