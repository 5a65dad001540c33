// Child process for the disk-pressure crash test: twenty classrooms append at once (so the worker commits them
// in groups) and each acknowledged seq is printed as "ack CODE SEQ". The parent kills it with SIGKILL.
import { SqliteStore } from '../../server/store/sqlite.ts';
import { chat, sessionRecord } from './store.suite.ts';

const [filename, sessions = '20'] = process.argv.slice(2);
if (!filename) throw new Error('usage: store.pressure-child.ts <sqlite file> [sessions]');

const store = new SqliteStore({ filename });
await store.init();
const codes = Array.from({ length: Number(sessions) }, (_, i) => `PRS${String(i).padStart(3, '0')}`);
await Promise.all(
  codes.map(async (code) => {
    if (!(await store.getSession(code))) await store.createSession(sessionRecord(code));
    let seq = (await store.readEntries(code)).at(-1)?.seq ?? 0;
    process.stdout.write(`ready ${code} ${seq}\n`);
    for (;;) {
      seq += 1;
      await store.append(code, [chat(seq)]);
      // Written only after append resolved: every printed seq was acknowledged. Pipes are synchronous on Linux.
      process.stdout.write(`ack ${code} ${seq}\n`);
    }
  }),
);
