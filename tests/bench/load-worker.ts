// One load-generating process for `npm run bench:server`: creates its share of classrooms, joins a host and N bot
// students per room (ours), or N plain clients per room of the bare baseline server, then has every student post
// a team message every interval and times how long until all of its teammates have it. Whole rooms live in one
// process, so one clock times them.
// Two clients: 'raw' (default) speaks the Colyseus wire protocol on a plain socket with pre-encoded frames and
// only looks for the marks of team messages in what arrives (raw-client.ts); 'sdk' is @colyseus/sdk with the
// bots' Participant, full state and all. Each text carries a numeric mark; the receiver reads only the mark.
import { performance } from 'node:perf_hooks';
import { Client, type Room } from '@colyseus/sdk';
import { Participant } from '../../server/bots/participant.ts';
import {
  INTENT,
  PROTOCOL_VERSION,
  ROOM_NAME,
  SERVER_MESSAGE,
  type ServerMessage,
} from '../../shared/protocol/messages.ts';
import type { CreateSessionReply } from '../../shared/protocol/api.ts';
import { loopDelay, watchLoop } from './loop-delay.ts';
import { startProfile, stopProfile } from './profiler.ts';
import { MARK_PREFIX, RawClient, RequestTemplate, marks, roomData, roomDataMessage } from './raw-client.ts';

export type LoadClient = 'raw' | 'sdk';

interface Setup {
  cmd: 'setup';
  url: string;
  rooms: number;
  /** The first room's number in this worker: setup may come in parts, and each room's names stay distinct. */
  firstRoom: number;
  students: number;
  worker: number;
  /** 'ours': the real game; 'bare': the baseline relay room of bare-server-child.ts. */
  mode: 'ours' | 'bare';
  client: LoadClient;
}
type Command =
  | Setup
  | { cmd: 'run'; intervalMs: number }
  | { cmd: 'measure' }
  | { cmd: 'profile-start' }
  | { cmd: 'profile-stop' }
  | { cmd: 'stop' };

interface Pending {
  sentAt: number;
  waiting: number;
  /** The sender's index: its own copy of the message does not count. */
  sender: number;
}

/** What the driver needs of one student, whichever client and server it talks to. */
interface Student {
  isOpen(): boolean;
  teammates: number;
  /** Sends one team message carrying `mark`; `done(ok)` says whether the server accepted it. */
  post(mark: number, done: (ok: boolean) => void): void;
  leave(): Promise<void>;
}

/** How long an unanswered action waits before it counts as failed. */
const REQUEST_TIMEOUT_MS = 20_000;
const MARK_DIGITS = 10;

const pending = new Map<number, Pending>();
/** The load generator's own event-loop delay: when it is high, the latencies measure the bots, not the server. */
const loop = watchLoop();
let latencies: number[] = [];
let nextMark = 1;
let sent = 0;
/** Actions the server acknowledged within the measured run: what its CPU time paid for. */
let acked = 0;
let failed = 0;
let rejected = 0;
/** Sockets that dropped during the measured run (the SDK may have brought some back; raw sockets stay closed). */
let dropped = 0;
/** "Saving is slow" notices students received (a busy disk). */
let slowNotices = 0;
let cpuAtMeasure = process.cpuUsage();
let wallAtMeasure = performance.now();
let eluAtMeasure = performance.eventLoopUtilization();
let measuring = false;
const students: Student[] = [];
const others: { leave(): Promise<void> }[] = [];
const rawClients: RawClient[] = [];
/** Each student's next action, so stop() can cancel them all. */
const timers = new Map<number, ReturnType<typeof setTimeout>>();

const send = (message: object) => process.send?.(message);

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** Student `receiver` has the message carrying `mark`: the last teammate to get it stops the clock. */
function arrived(mark: number, receiver: number): void {
  const entry = pending.get(mark);
  if (!entry || entry.sender === receiver) return;
  if (--entry.waiting === 0) {
    latencies.push(performance.now() - entry.sentAt);
    pending.delete(mark);
  }
}

const markText = (mark: number) => MARK_PREFIX + String(mark).padStart(MARK_DIGITS, '0');
/** The mark inside a team message's text, or null for any other text. */
function markOf(text: string): number | null {
  return text.startsWith(MARK_PREFIX) ? Number(text.slice(MARK_PREFIX.length)) : null;
}

async function createSession(url: string): Promise<CreateSessionReply> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'korea', rounds: 6, phaseSeconds: { deliberation: 1800 } }),
  });
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreateSessionReply;
}

/** The first bytes of an `events` message after the frame's type (msgpack of { type: 'events', … }). */
const EVENTS_HEAD = Buffer.from([0xa4, ...Buffer.from('type'), 0xa6, ...Buffer.from('events')]);
function isEvents(frame: Buffer, offset: number): boolean {
  // offset is the message's map header (msgpackr writes map16 by default; fixmap and map32 are read too).
  const head = frame[offset]!;
  const first =
    head >= 0x80 && head <= 0x8f ? offset + 1 : head === 0xde ? offset + 3 : head === 0xdf ? offset + 5 : -1;
  return first > 0 && frame.compare(EVENTS_HEAD, 0, EVENTS_HEAD.length, first, first + EVENTS_HEAD.length) === 0;
}

/** A raw connection to a session room that reads every message in full (setup only: joins, phases). */
async function rawParticipant(url: string, options: object) {
  const seen = { phase: 'lobby', delegation: null as string | null };
  let snapshot: () => void = () => undefined;
  const arrivedSnapshot = new Promise<void>((resolve) => (snapshot = resolve));
  const read = (frame: Buffer) => {
    const { type, message } = roomDataMessage(frame);
    if (type !== SERVER_MESSAGE) return;
    const m = message as ServerMessage;
    if (m.type === 'snapshot') {
      seen.phase = m.view.phase;
      seen.delegation = m.view.you?.delegation ?? null;
      snapshot();
    } else if (m.type === 'events') {
      for (const e of m.events) if (e.type === 'phaseChanged') seen.phase = e.phase;
    } else if (m.type === 'saving' && m.slow && measuring) slowNotices++;
  };
  const client = await RawClient.join(url, ROOM_NAME, options, { early: (c) => (c.onData = read) });
  rawClients.push(client);
  await arrivedSnapshot;
  return { client, seen, read };
}

async function setupOursRaw(s: Setup): Promise<void> {
  const template = new RequestTemplate(INTENT, (text) => ({ type: 'sendTeamMessage', text }), MARK_DIGITS);
  const rooms = Array.from({ length: s.rooms }, (_, i) => s.firstRoom + i);
  await inBatches(rooms, 5, async (room) => {
    const { code, hostKey } = await createSession(s.url);
    const host = await rawParticipant(s.url, { role: 'host', protocol: PROTOCOL_VERSION, code, hostKey });
    others.push(host.client);
    const mine: Awaited<ReturnType<typeof rawParticipant>>[] = [];
    await inBatches(
      Array.from({ length: s.students }, (_, i) => i),
      10,
      async (i) => {
        const name = `W${s.worker}R${room}S${i}`;
        mine.push(await rawParticipant(s.url, { role: 'student', protocol: PROTOCOL_VERSION, code, name }));
      },
    );
    const intent = (type: string) => host.client.requestOnce(INTENT, { type }) as Promise<{ ok: boolean }>;
    if (!(await intent('startSession')).ok) throw new Error('startSession refused');
    while (host.seen.phase !== 'deliberation') {
      const reply = await intent('skipPhase');
      if (!reply.ok) throw new Error(`skipPhase: ${JSON.stringify(reply)}`);
    }
    // From here the host reads nothing, and students only look for marks in event frames.
    host.client.onData = () => undefined;
    for (const p of mine) {
      const index = students.length;
      p.client.onData = (frame) => {
        const { type, offset } = roomData(frame);
        if (type === SERVER_MESSAGE && isEvents(frame, offset))
          marks(frame, (mark) => arrived(mark, index), MARK_DIGITS);
        else p.read(frame);
      };
      p.client.onClose = () => {
        if (measuring) dropped++;
      };
      students.push({
        isOpen: () => p.client.isOpen,
        teammates: mine.filter((q) => q !== p && q.seen.delegation === p.seen.delegation).length,
        post: (mark, done) =>
          p.client.request(template, mark, (ok, reply) => done(ok && (reply as { ok?: boolean })?.ok === true)),
        leave: () => p.client.leave(),
      });
    }
  });
}

/** The baseline: the same classrooms on the bare relay room, five teams per room as the game's delegations. */
async function setupBareRaw(s: Setup): Promise<void> {
  const template = new RequestTemplate('chat', (text) => ({ text }), MARK_DIGITS);
  const rooms = Array.from({ length: s.rooms }, (_, i) => s.firstRoom + i);
  await inBatches(rooms, 5, async (room) => {
    const group = `W${s.worker}R${room}`;
    const teams = Array.from({ length: s.students }, (_, i) => i % 5);
    // One at a time for the first, so the room exists before the others join it.
    const joined: { team: number; client: RawClient }[] = [];
    const join = async (team: number) => {
      joined.push({ team, client: await RawClient.join(s.url, 'bare', { group, team }) });
    };
    await join(teams[0]!);
    await inBatches(teams.slice(1), 10, join);
    for (const { team, client } of joined) {
      const index = students.length;
      rawClients.push(client);
      client.onData = (frame) => marks(frame, (mark) => arrived(mark, index), MARK_DIGITS);
      client.onClose = () => {
        if (measuring) dropped++;
      };
      students.push({
        isOpen: () => client.isOpen,
        teammates: teams.filter((t) => t === team).length - 1,
        post: (mark, done) => client.request(template, mark, (ok) => done(ok)),
        leave: () => client.leave(),
      });
    }
  });
}

async function setupOursSdk(s: Setup): Promise<void> {
  const rooms = Array.from({ length: s.rooms }, (_, i) => s.firstRoom + i);
  await inBatches(rooms, 5, async (room) => {
    const { code, hostKey } = await createSession(s.url);
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
      const index = students.length;
      p.room.onDrop(() => {
        if (measuring) dropped++;
      });
      p.onMessage((message: ServerMessage) => {
        if (message.type === 'saving' && message.slow && measuring) slowNotices++;
        if (message.type !== 'events') return;
        for (const event of message.events) {
          if (event.type !== 'messageSent' || event.message.channel !== 'team') continue;
          const mark = markOf(event.message.text);
          if (mark !== null) arrived(mark, index);
        }
      });
      students.push({
        isOpen: () => p.room.connection.isOpen,
        teammates: mine.filter((q) => q !== p && q.delegation === p.delegation).length,
        post: (mark, done) =>
          void p.intent({ type: 'sendTeamMessage', text: markText(mark) }, REQUEST_TIMEOUT_MS).then(
            (reply) => done(reply.ok),
            () => done(false),
          ),
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

async function setupBareSdk(s: Setup): Promise<void> {
  const client = new Client(s.url);
  const rooms = Array.from({ length: s.rooms }, (_, i) => s.firstRoom + i);
  await inBatches(rooms, 5, async (room) => {
    const group = `W${s.worker}R${room}`;
    const teams = Array.from({ length: s.students }, (_, i) => i % 5);
    await inBatches(
      teams.map((team, i) => ({ team, i })),
      10,
      async ({ team }) => {
        const r: Room = await client.joinOrCreate('bare', { group, team });
        const index = students.length;
        r.onDrop(() => {
          if (measuring) dropped++;
        });
        r.onMessage('chat', (message: { text: string }) => {
          const mark = markOf(message.text);
          if (mark !== null) arrived(mark, index);
        });
        students.push({
          isOpen: () => r.connection.isOpen,
          teammates: teams.filter((t) => t === team).length - 1,
          post: (mark, done) =>
            void r.request('chat', { text: markText(mark) }, { timeout: REQUEST_TIMEOUT_MS }).then(
              (reply) => done((reply as { ok: boolean }).ok),
              () => done(false),
            ),
          leave: async () => void (await r.leave(true).catch(() => undefined)),
        });
      },
    );
  });
}

function setup(s: Setup): Promise<void> {
  if (s.client === 'sdk') return s.mode === 'bare' ? setupBareSdk(s) : setupOursSdk(s);
  return s.mode === 'bare' ? setupBareRaw(s) : setupOursRaw(s);
}

function run(intervalMs: number): void {
  students.forEach((p, index) => {
    const act = () => {
      timers.set(index, setTimeout(act, intervalMs));
      if (!p.isOpen()) {
        failed++;
        return;
      }
      const mark = nextMark++;
      if (p.teammates > 0) pending.set(mark, { sentAt: performance.now(), waiting: p.teammates, sender: index });
      sent++;
      p.post(mark, (ok) => {
        if (ok) acked++;
        else rejected++;
      });
    };
    timers.set(index, setTimeout(act, Math.random() * intervalMs));
  });
  // One sweep for every raw request still unanswered (the SDK path has a timer per request).
  const sweep = setInterval(() => {
    for (const c of rawClients) failed += c.expire(REQUEST_TIMEOUT_MS);
  }, 1_000);
  timers.set(-1, sweep);
}

// A bench that died leaves no process behind: a server still listening would take later runs' ports and joins.
process.on('disconnect', () => process.exit(0));
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
      acked = 0;
      failed = 0;
      rejected = 0;
      dropped = 0;
      slowNotices = 0;
      measuring = true;
      cpuAtMeasure = process.cpuUsage();
      wallAtMeasure = performance.now();
      eluAtMeasure = performance.eventLoopUtilization();
      break;
    case 'profile-start':
      void startProfile().then(() => send({ profiling: true }));
      break;
    case 'profile-stop':
      void stopProfile('load-generator').then((file) => send({ profile: file }));
      break;
    case 'stop': {
      for (const t of timers.values()) clearTimeout(t);
      measuring = false;
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
        disconnected: students.filter((p) => !p.isOpen()).length,
        ...loopDelay(loop),
        /** This generator's own CPU share over the measured run (1 = a whole core). */
        cores: (cpu.user + cpu.system) / 1e3 / (performance.now() - wallAtMeasure),
        /** Share of the measured run its event loop was busy (1 = never idle: saturated). */
        utilization: performance.eventLoopUtilization(eluAtMeasure).utilization,
      });
      void Promise.all([...students, ...others].map((p) => p.leave())).finally(() => process.exit(0));
      break;
    }
  }
});
send({ alive: true });
