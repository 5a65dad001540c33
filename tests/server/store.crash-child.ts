// Child process for the crash test: appends to one session in a loop and prints each acknowledged seq.
// Run with node --import tsx; the parent kills it with SIGKILL at a random moment. Must not catch signals.
import { once } from 'node:events';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { chat, sessionRecord } from './store.suite.ts';

const [filename, code = 'CRA347'] = process.argv.slice(2);
if (!filename) throw new Error('usage: store.crash-child.ts <sqlite file> [code]');

const store = new SqliteStore({ filename });
await store.init();
if (!(await store.getSession(code))) await store.createSession(sessionRecord(code));
let seq = (await store.readEntries(code)).at(-1)?.seq ?? 0;
process.stdout.write(`ready ${seq}\n`);
for (;;) {
  seq += 1;
  await store.append(code, [chat(seq)]);
  // Written only after append resolved: every printed seq was acknowledged. A pipe to a slow reader fills;
  // waiting for 'drain' keeps the acks flowing instead of piling up in memory where SIGKILL loses them.
  if (!process.stdout.write(`ack ${seq}\n`)) await once(process.stdout, 'drain');
}
