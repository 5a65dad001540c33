// Scripted classroom members: students who chat, propose, approve, make statements and reflect with legal
// intents read from their snapshot's scenario, and a host who runs the session through its rounds.
// Reusable by the CLI, the tests, the benchmark and the review fixture. Must not import server internals.
import { PROTOCOL_VERSION, type StudentIntent } from '../../shared/protocol/messages.ts';
import type { Phase } from '../../shared/rules/types.ts';
import { Participant, type ParticipantOptions } from './participant.ts';

export interface StudentBotOptions {
  /** Mean ms between two actions (each wait is jittered ±50 %). */
  actionEveryMs?: number;
  /** Source of randomness (tests pass a seeded one for repeatable scripts). */
  random?: () => number;
}

const LINES = [
  'We should answer their drills with restraint this round.',
  'If we propose talks now, do we look weak at home?',
  'Beijing could broker humanitarian relief. Let us ask.',
  'Their last move was hostile; a measured reply keeps credibility.',
  'A testing freeze would cost us little and calm things down.',
  'Let us not pledge anything we cannot keep.',
];
const STATEMENTS = [
  'We are ready to talk without preconditions.',
  'We will answer provocation in kind.',
  'Humanitarian aid should never be a bargaining chip.',
];

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** Phases in which students act (the rules refuse chat and proposals elsewhere). */
const ACTIVE: readonly Phase[] = ['deliberation', 'decision', 'reflection'];

/** One legal-looking student intent for the current phase, or null when there is nothing to do. */
export function nextStudentIntent(p: Participant, random: () => number): StudentIntent | null {
  const scenario = p.scenario;
  const me = p.seatId;
  const delegation = p.delegation;
  if (!scenario || !me || !delegation) return null;
  const teamProposals = p.proposals.filter((x) => x.round === p.round && x.delegation === delegation);
  const approvable = teamProposals.filter((x) => !x.approvals.includes(me));
  const others = scenario.delegations.map((d) => d.id).filter((id) => id !== delegation);
  switch (p.phase) {
    case 'deliberation': {
      const roll = random();
      // A team with nothing on the table proposes first, so short (--fast) phases still end in real moves.
      const proposeFirst = teamProposals.length === 0 && roll < 0.6;
      if (!proposeFirst && roll < 0.4) return { type: 'sendTeamMessage', text: pick(LINES, random) };
      if ((proposeFirst || roll < 0.55) && !teamProposals.some((x) => x.seatId === me)) {
        const moves = scenario.moves[delegation] ?? [];
        if (moves.length > 0) {
          const move = pick(moves, random);
          const target = move.target.kind === 'choose' ? pick(others, random) : null;
          return {
            type: 'proposeMove',
            moveId: move.id,
            target,
            rationale: `Bot thinks ${move.label} fits now.`.slice(0, 140),
          };
        }
      }
      if (roll < 0.7 && approvable.length > 0)
        return { type: 'approveProposal', proposalId: pick(approvable, random).id };
      if (roll < 0.85 && others.length > 0)
        return { type: 'sendDiplomaticMessage', to: pick(others, random), text: pick(LINES, random) };
      return { type: 'makeStatement', text: pick(STATEMENTS, random), commitment: null };
    }
    case 'decision':
      return approvable.length > 0 ? { type: 'approveProposal', proposalId: pick(approvable, random).id } : null;
    case 'reflection':
      return { type: 'submitReflection', text: 'Our moves mattered less than how they were read.' };
    default:
      return null;
  }
}

/** Runs a student bot until `stop()`; refusals (e.g. already reflected) are normal and ignored. */
export function runStudentBot(p: Participant, opts: StudentBotOptions = {}): { stop(): void } {
  const random = opts.random ?? Math.random;
  const every = opts.actionEveryMs ?? 3000;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tick = async () => {
    if (stopped) return;
    if (ACTIVE.includes(p.phase) && p.room.connection.isOpen && !p.removed) {
      const intent = nextStudentIntent(p, random);
      if (intent) await p.intent(intent).catch(() => undefined);
    }
    if (!stopped) timer = setTimeout(() => void tick(), every * (0.5 + random()));
  };
  timer = setTimeout(() => void tick(), every * random());
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export interface HostBotOptions {
  /** Skip each phase after this many ms instead of waiting for its timer (the CLI's --fast). */
  skipAfterMs?: number | null;
  /** Start once this many seats joined (default: start at once). */
  startWhenSeats?: number;
  /** End the session after this many rounds (the session's own setting applies otherwise). */
  rounds?: number;
}

/** Drives a session as the teacher would: start, (optionally) skip phases, end after `rounds`. Resolves when ended. */
export async function runHostBot(host: Participant, opts: HostBotOptions = {}): Promise<void> {
  const seatsNow = () =>
    (host.snapshot?.seats.length ?? 0) + host.events().filter((e) => e.type === 'seatJoined').length;
  if (opts.startWhenSeats) {
    const deadline = Date.now() + 60_000;
    while (seatsNow() < opts.startWhenSeats && Date.now() < deadline) await sleep(200);
  }
  if (host.phase === 'lobby') await host.intent({ type: 'startSession' });
  const ended = () => host.phase === 'ended';
  while (!ended() && !host.closed) {
    if (opts.rounds !== undefined && host.round > opts.rounds) {
      await host.intent({ type: 'endSession' });
      break;
    }
    if (opts.skipAfterMs != null) {
      const before = `${host.phase}|${host.round}`;
      await sleep(opts.skipAfterMs);
      if (`${host.phase}|${host.round}` === before && !ended()) {
        const reply = await host.intent({ type: 'skipPhase' }).catch(() => null);
        if (reply && !reply.ok && reply.error === 'rule/crisis-hold')
          await host.intent({ type: 'resolveCrisisHold', outcome: 'resume' });
      }
    } else {
      await sleep(500);
    }
  }
}

export interface ClassOptions {
  url: string;
  code: string;
  students: number;
  hostKey?: string;
  rounds?: number;
  fast?: boolean;
  actionEveryMs?: number;
  participant?: ParticipantOptions;
  /** Name prefix, so several bot runs in one class do not collide. */
  namePrefix?: string;
}

export interface RunningClass {
  students: Participant[];
  host: Participant | null;
  /** Resolves when the host bot has ended the session (immediately without a host key). */
  finished: Promise<void>;
  stop(): Promise<void>;
}

/** Joins `students` bots (and a host bot with the key) and lets them play. */
export async function startClass(opts: ClassOptions): Promise<RunningClass> {
  const participantOptions: ParticipantOptions = { rejoin: true, ...opts.participant };
  const students: Participant[] = [];
  const prefix = opts.namePrefix ?? 'Bot';
  for (let i = 0; i < opts.students; i++) {
    students.push(
      await Participant.join(
        opts.url,
        { role: 'student', protocol: PROTOCOL_VERSION, code: opts.code, name: `${prefix} ${i + 1}` },
        participantOptions,
      ),
    );
  }
  const loops = students.map((s) =>
    runStudentBot(s, { actionEveryMs: opts.actionEveryMs ?? (opts.fast ? 800 : 3000) }),
  );
  let host: Participant | null = null;
  let finished: Promise<void> = Promise.resolve();
  if (opts.hostKey) {
    host = await Participant.join(
      opts.url,
      { role: 'host', protocol: PROTOCOL_VERSION, code: opts.code, hostKey: opts.hostKey },
      { ...participantOptions, record: true },
    );
    finished = runHostBot(host, { skipAfterMs: opts.fast ? 1500 : null, rounds: opts.rounds });
  }
  return {
    students,
    host,
    finished,
    async stop() {
      for (const loop of loops) loop.stop();
      await Promise.all([...students, ...(host ? [host] : [])].map((p) => p.leave()));
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
