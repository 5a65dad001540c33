// The busy disk of `npm run bench:server -- --disk-pressure`: a child process that writes 256 MB files with
// `dd … conv=fsync` again and again beside the SQLite file, as backups and installs do, and stops by itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface DiskPressure {
  /** Files written so far (each 256 MB, flushed with fsync). */
  readonly written: () => number;
  stop(): void;
}

/**
 * Starts the writer in `dir` for at most `seconds` (it exits then even if the bench died), one file at a time,
 * deleting each before the next so the disk never fills.
 */
export function startDiskPressure(dir: string, seconds: number, megabytes = 256): DiskPressure {
  const file = join(dir, 'disk-pressure.tmp');
  const script = `
    end=$(( $(date +%s) + ${Math.ceil(seconds)} ))
    while [ "$(date +%s)" -lt "$end" ]; do
      dd if=/dev/zero of="$1" bs=1M count=${megabytes} conv=fsync status=none || break
      rm -f "$1"
      echo written
    done
    rm -f "$1"`;
  // Its own process group, so stopping it also stops the dd it is running.
  const child: ChildProcess = spawn('sh', ['-c', script, 'disk-pressure', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let count = 0;
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => (count += chunk.split('\n').filter((l) => l === 'written').length));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(file, { force: true });
  };
  process.once('exit', stop);
  return { written: () => count, stop };
}
