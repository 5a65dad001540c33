// One load-generating process for `npm run bench:server`: creates its share of classrooms through the API,
// joins a host and N bot students per room, then has every student post a team message every interval and
// times how long until all of its teammates have it. Whole rooms live in one process, so one clock times them.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Participant } from '../../server/bots/participant.ts';
import { PROTOCOL_VERSION, type CreateSessionReply, type ServerMessage } from '../../shared/protocol/messages.ts';

interface Setup {
  cmd: 'setup';
  url: string;
  rooms: number;
  students: number;
  worker: number;
}
type Command = Setup | { cmd: 'run'; intervalMs: number } | { cmd: 'measure' } | { cmd: 'stop' };

interface Pending {
  sentAt: number;
  waiting: number;
}

const pending = new Map<string, Pending>();
/** The load generator's own event-loop delay: when it is high, the latencies measure the bots, not the server. */
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let latencies: number[] = [];
let sent = 0;
let failed = 0;
let rejected = 0;
/** Sockets that dropped during the measured run (the SDK may have brought some back). */
let dropped = 0;
/** "Saving is slow" notices students received (a busy disk). */
let slowNotices = 0;
const students: Participant[] = [];
const hosts: Participant[] = [];
const teammates = new Map<Participant, number>();
/** Each student's next action, so stop() can cancel them all. */
const timers = new Map<number, ReturnType<typeof setTimeout>>();

const send = (message: object) => process.send?.(message);

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

function watch(p: Participant): void {
  p.onMessage((message: ServerMessage) => {
    if (message.type === 'saving' && message.slow) slowNotices++;
    if (message.type !== 'events') return;
    for (const event of message.events) {
      if (event.type !== 'messageSent' || event.message.channel !== 'team') continue;
      const entry = pending.get(event.message.text);
      if (!entry || event.message.seatId === p.seatId) continue;
      if (--entry.waiting === 0) {
        latencies.push(performance.now() - entry.sentAt);
        pending.delete(event.message.text);
      }
    }
  });
}

async function setup(s: Setup): Promise<void> {
  const rooms = Array.from({ length: s.rooms }, (_, i) => i);
  await inBatches(rooms, 5, async (room) => {
    const res = await fetch(`${s.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'korea', rounds: 6, phaseSeconds: { deliberation: 1800 } }),
    });
    if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
    const { code, hostKey } = (await res.json()) as CreateSessionReply;
    const host = await Participant.join(s.url, { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey });
    hosts.push(host);
    const mine: Participant[] = [];
    await inBatches(Array.from({ length: s.students }, (_, i) => i), 10, async (i) => {
      mine.push(await Participant.join(s.url, { role: 'student', protocol: PROTOCOL_VERSION, code, name: `W${s.worker}R${room}S${i}` }));
    });
    for (const p of mine) {
      p.room.onDrop(() => dropped++);
      teammates.set(p, mine.filter((q) => q !== p && q.delegation === p.delegation).length);
      watch(p);
    }
    students.push(...mine);
    await host.intent({ type: 'startSession' });
    while (host.phase !== 'deliberation') {
      const reply = await host.intent({ type: 'skipPhase' });
      if (!reply.ok) throw new Error(`skipPhase: ${reply.error}`);
    }
  });
}

function run(intervalMs: number): void {
  students.forEach((p, index) => {
    let n = 0;
    const act = () => {
      if (!p.room.connection.isOpen) {
        failed++;
        timers.set(index, setTimeout(act, intervalMs));
        return;
      }
      const text = `${index}-${n++}`;
      const waiting = teammates.get(p) ?? 0;
      if (waiting > 0) pending.set(text, { sentAt: performance.now(), waiting });
      sent++;
      p.intent({ type: 'sendTeamMessage', text }, 20_000).then(
        (reply) => {
          if (!reply.ok) rejected++;
        },
        () => failed++,
      );
      timers.set(index, setTimeout(act, intervalMs));
    };
    timers.set(index, setTimeout(act, Math.random() * intervalMs));
  });
}

process.on('message', (command: Command) => {
  switch (command.cmd) {
    case 'setup':
      setup(command).then(
        () => send({ ready: true, students: students.length }),
        (error: unknown) => send({ error: String(error) }),
      );
      break;
    case 'run':
      run(command.intervalMs);
      send({ running: true });
      break;
    case 'measure':
      loop.reset();
      latencies = [];
      sent = 0;
      failed = 0;
      rejected = 0;
      dropped = 0;
      slowNotices = 0;
      break;
    case 'stop':
      for (const t of timers.values()) clearTimeout(t);
      send({
        latencies,
        sent,
        failed,
        rejected,
        dropped,
        slowNotices,
        unfinished: pending.size,
        disconnected: students.filter((p) => !p.room.connection.isOpen).length,
        loopP99: loop.percentile(99) / 1e6,
      });
      void Promise.all([...students, ...hosts].map((p) => p.leave())).finally(() => process.exit(0));
      break;
  }
});
send({ alive: true });
