// One load-generating process for `npm run bench:server`: creates its share of classrooms, joins a host and N bot
// students per room (ours), or N plain clients per room of the bare baseline server, then has every student post
// a team message every interval and times how long until all of its teammates have it. Whole rooms live in one
// process, so one clock times them. Messages are pre-built once per student; nothing is decoded beyond the SDK.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, type Room } from '@colyseus/sdk';
import { Participant } from '../../server/bots/participant.ts';
import { PROTOCOL_VERSION, type CreateSessionReply, type ServerMessage } from '../../shared/protocol/messages.ts';

interface Setup {
  cmd: 'setup';
  url: string;
  rooms: number;
  students: number;
  worker: number;
  /** 'ours': the real game; 'bare': the baseline relay room of bare-server-child.ts. */
  mode: 'ours' | 'bare';
}
type Command = Setup | { cmd: 'run'; intervalMs: number } | { cmd: 'measure' } | { cmd: 'stop' };

interface Pending {
  sentAt: number;
  waiting: number;
}

/** What the driver needs of one student, whichever server it talks to. */
interface Student {
  room: Room;
  teammates: number;
  /** Sends one team message; resolves with whether the server accepted it. */
  post(text: string): Promise<boolean>;
  leave(): Promise<void>;
}

const pending = new Map<string, Pending>();
/** The load generator's own event-loop delay: when it is high, the latencies measure the bots, not the server. */
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let latencies: number[] = [];
let sent = 0;
/** Actions the server acknowledged within the measured run: what its CPU time paid for. */
let acked = 0;
let failed = 0;
let rejected = 0;
/** Sockets that dropped during the measured run (the SDK may have brought some back). */
let dropped = 0;
/** "Saving is slow" notices students received (a busy disk). */
let slowNotices = 0;
let cpuAtMeasure = process.cpuUsage();
let wallAtMeasure = performance.now();
const students: Student[] = [];
const others: { leave(): Promise<void> }[] = [];
/** Each student's next action, so stop() can cancel them all. */
const timers = new Map<number, ReturnType<typeof setTimeout>>();

const send = (message: object) => process.send?.(message);

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** A teammate received `text`: the last of them to receive it stops the clock. */
function arrived(text: string): void {
  const entry = pending.get(text);
  if (!entry) return;
  if (--entry.waiting === 0) {
    latencies.push(performance.now() - entry.sentAt);
    pending.delete(text);
  }
}

async function setupOurs(s: Setup): Promise<void> {
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
    others.push(host);
    const mine: Participant[] = [];
    await inBatches(
      Array.from({ length: s.students }, (_, i) => i),
      10,
      async (i) => {
        mine.push(
          await Participant.join(s.url, {
            role: 'student',
            protocol: PROTOCOL_VERSION,
            code,
            name: `W${s.worker}R${room}S${i}`,
          }),
        );
      },
    );
    for (const p of mine) {
      p.room.onDrop(() => dropped++);
      p.onMessage((message: ServerMessage) => {
        if (message.type === 'saving' && message.slow) slowNotices++;
        if (message.type !== 'events') return;
        for (const event of message.events) {
          if (event.type === 'messageSent' && event.message.channel === 'team' && event.message.seatId !== p.seatId)
            arrived(event.message.text);
        }
      });
      students.push({
        room: p.room,
        teammates: mine.filter((q) => q !== p && q.delegation === p.delegation).length,
        post: async (text) => (await p.intent({ type: 'sendTeamMessage', text }, 20_000)).ok,
        leave: () => p.leave(),
      });
    }
    await host.intent({ type: 'startSession' });
    while (host.phase !== 'deliberation') {
      const reply = await host.intent({ type: 'skipPhase' });
      if (!reply.ok) throw new Error(`skipPhase: ${reply.error}`);
    }
  });
}

/** The baseline: the same classrooms on the bare relay room, five teams per room as the game's delegations. */
async function setupBare(s: Setup): Promise<void> {
  const client = new Client(s.url);
  const rooms = Array.from({ length: s.rooms }, (_, i) => i);
  await inBatches(rooms, 5, async (room) => {
    const group = `W${s.worker}R${room}`;
    const teams = Array.from({ length: s.students }, (_, i) => i % 5);
    await inBatches(
      teams.map((team, i) => ({ team, i })),
      10,
      async ({ team }) => {
        const r = await client.joinOrCreate('bare', { group, team });
        r.onDrop(() => dropped++);
        r.onMessage('chat', (message: { from: string; text: string }) => arrived(message.text));
        students.push({
          room: r,
          teammates: teams.filter((t) => t === team).length - 1,
          post: async (text) => ((await r.request('chat', { text }, { timeout: 20_000 })) as { ok: boolean }).ok,
          leave: async () => void (await r.leave(true).catch(() => undefined)),
        });
      },
    );
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
      if (p.teammates > 0) pending.set(text, { sentAt: performance.now(), waiting: p.teammates });
      sent++;
      p.post(text).then(
        (ok) => {
          if (ok) acked++;
          else rejected++;
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
      (command.mode === 'bare' ? setupBare(command) : setupOurs(command)).then(
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
      acked = 0;
      failed = 0;
      rejected = 0;
      dropped = 0;
      slowNotices = 0;
      cpuAtMeasure = process.cpuUsage();
      wallAtMeasure = performance.now();
      break;
    case 'stop': {
      for (const t of timers.values()) clearTimeout(t);
      const cpu = process.cpuUsage(cpuAtMeasure);
      send({
        latencies,
        sent,
        acked,
        failed,
        rejected,
        dropped,
        slowNotices,
        unfinished: pending.size,
        disconnected: students.filter((p) => !p.room.connection.isOpen).length,
        loopP99: loop.percentile(99) / 1e6,
        /** This generator's own CPU share over the measured run (1 = a whole core). */
        cores: (cpu.user + cpu.system) / 1e3 / (performance.now() - wallAtMeasure),
      });
      void Promise.all([...students, ...others].map((p) => p.leave())).finally(() => process.exit(0));
      break;
    }
  }
});
send({ alive: true });
