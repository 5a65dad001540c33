// `npm run bench`: prints the median time to resolve one round with five delegations (decision deadline +
// resolution) and to replay a 12-round session of 2,000 commands. Numbers only; no assertion on speed.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { applyCommand } from '../../shared/rules/apply.ts';
import type { Command } from '../../shared/rules/commands.ts';
import { createInitialState, defaultSettings } from '../../shared/rules/setup.ts';
import { RULES_VERSION, type GameState } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/types.ts';
import { replay } from '../../shared/transcript/replay.ts';
import type { Transcript } from '../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../shared/transcript/types.ts';
import { makeScenario, type CommandInput } from '../shared/rules/fixtures.ts';
import { BENCH_PLAN, benchScenario as benchSessionScenario, makeSession } from '../fixtures/make-session.ts';

/** The shipped scenario when the catalog exists, else a generic five-delegation one of the same shape. */
async function benchScenario(): Promise<{ scenario: Scenario; name: string }> {
  const catalogPath = '../../shared/scenario/catalog.ts';
  try {
    const catalog = (await import(catalogPath)) as {
      DEFAULT_SCENARIO_ID?: string;
      getScenario?: (id: string) => Scenario | undefined;
    };
    const scenario = catalog.DEFAULT_SCENARIO_ID ? catalog.getScenario?.(catalog.DEFAULT_SCENARIO_ID) : undefined;
    if (scenario && scenario.delegations.length >= 5) return { scenario, name: scenario.id };
  } catch {
    // no catalog yet
  }
  return {
    scenario: makeScenario('bench', ['washington', 'seoul', 'pyongyang', 'beijing', 'moscow']),
    name: 'generic five-delegation',
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function must(scenario: Scenario, state: GameState, command: Command): GameState {
  const r = applyCommand(scenario, state, command);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.error}`);
  return r.state;
}

/** A realistic class: 25 students, every round with chat, diplomacy, statements, proposals, approvals, reflections. */
function classSession(scenario: Scenario, rounds: number, target: number): Command[] {
  const ids = scenario.delegations.map((d) => d.id);
  const commands: Command[] = [];
  let state = createInitialState({ scenario, settings: { ...defaultSettings(), rounds }, seed: 7 });
  let at = 1_000_000;
  const push = (c: CommandInput) => {
    const command = { ...c, at: (at += 500) } as Command;
    state = must(scenario, state, command);
    commands.push(command);
  };
  const seats = Array.from({ length: 25 }, (_, i) => `seat${i}`);
  seats.forEach((seatId, i) => push({ type: 'joinSeat', by: { kind: 'system' }, seatId, name: `Student ${i}` }));
  push({ type: 'startSession', by: { kind: 'host' } });
  const timeUp = () => push({ type: 'phaseTimeUp', by: { kind: 'system' }, phase: state.phase, round: state.round });
  timeUp(); // briefing → news 1
  const perRound = Math.ceil((target - commands.length) / rounds) - 4 - seats.length;
  for (let r = 1; r <= rounds; r++) {
    timeUp(); // news → deliberation
    for (let k = 0; k < perRound; k++) {
      const seatId = seats[k % seats.length]!;
      const by = { kind: 'seat' as const, seatId };
      const own = state.seats[seatId]!.delegation;
      const other = ids[(ids.indexOf(own) + 1 + (k % (ids.length - 1))) % ids.length]!;
      const open = state.proposals.filter(
        (p) => p.round === state.round && p.delegation === own && !p.approvals.includes(seatId),
      );
      if (k % 10 < 4) push({ type: 'sendTeamMessage', by, text: `Round ${r}: what about ${other}?` });
      else if (k % 10 === 4) push({ type: 'sendDiplomaticMessage', by, to: other, text: 'Shall we talk?' });
      else if (k % 10 === 5)
        push({
          type: 'makeStatement',
          by,
          text: 'We stand firm.',
          commitment: k % 20 === 5 ? { kind: 'pledge', target: other } : null,
        });
      else if (k % 10 === 6 || open.length === 0) {
        const move = scenario.moves[own]?.[k % (scenario.moves[own]?.length ?? 1)];
        const target =
          move?.target.kind === 'choose' ? other : move?.target.kind === 'fixed' ? move.target.delegation : null;
        push({ type: 'proposeMove', by, moveId: move?.id ?? 'hold', target, rationale: 'It serves our objectives.' });
      } else push({ type: 'approveProposal', by, proposalId: open[k % open.length]!.id });
      if (k === Math.floor(perRound * 0.7)) timeUp(); // deliberation → decision
    }
    timeUp(); // decision → resolution
    if (state.crisisHold) push({ type: 'resolveCrisisHold', by: { kind: 'host' }, outcome: 'resume' });
    timeUp(); // resolution → reflection
    for (const seatId of seats)
      push({ type: 'submitReflection', by: { kind: 'seat', seatId }, text: 'We learned to listen.' });
    if (r < rounds) timeUp(); // reflection → next news
  }
  timeUp(); // last reflection → ended
  return commands;
}

async function main(): Promise<void> {
  const { scenario, name } = await benchScenario();
  const commands = classSession(scenario, 12, 2000);
  const transcript: Transcript = {
    header: {
      transcriptVersion: TRANSCRIPT_VERSION,
      rulesVersion: RULES_VERSION,
      code: 'BENCH7',
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: 7,
      settings: { ...defaultSettings(), rounds: 12 },
      createdAt: 0,
    },
    entries: commands.map((command, i) => ({ seq: i + 1, command })),
  };

  // One round: the state at a decision deadline with proposals and approvals, then decision → resolution.
  const deadlineIndex = commands.findIndex(
    (c, i) => c.type === 'phaseTimeUp' && c.phase === 'decision' && i > commands.length / 2,
  );
  const atDeadline = replay(scenario, transcript, deadlineIndex).state;
  const deadline = commands[deadlineIndex]!;
  // One call takes microseconds, so each is timed on its own and the median skips GC pauses and the
  // moments other processes hold the core.
  const roundTimes: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    applyCommand(scenario, atDeadline, deadline);
    roundTimes.push((performance.now() - t0) * 1000);
  }

  // A replay takes milliseconds, long enough for a busy 2-core machine to preempt it: the CPU time this
  // process used is printed beside the wall time, since it does not count time spent waiting for a core.
  const replayWall: number[] = [];
  const replayCpu: number[] = [];
  for (let i = 0; i < 80; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    replay(scenario, transcript);
    replayWall.push(performance.now() - t0);
    replayCpu.push(cpuMicros(c0) / 1000);
  }

  // The session the server benches review: 12 rounds, 35 students, about 5,200 entries, most of them messages
  // (a command's cost must not grow with the session: ids and appends are O(1) amortised).
  const big = makeSession(benchSessionScenario(), BENCH_PLAN).transcript;
  const bigCpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    const c0 = process.cpuUsage();
    replay(benchSessionScenario(), big);
    bigCpu.push(cpuMicros(c0) / 1000);
  }
  const bigMs = median(bigCpu.slice(3));

  console.log(
    `scenario: ${name}; session: ${commands.length} commands, 12 rounds, 25 students; machine load ${loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    `resolve one round (5 delegations, decision deadline + resolution): median ${median(roundTimes.slice(500)).toFixed(1)} µs (target < 50 µs)`,
  );
  console.log(
    `replay 12 rounds / ${commands.length} commands: median ${median(replayCpu.slice(5)).toFixed(2)} ms CPU, ${median(replayWall.slice(5)).toFixed(2)} ms wall (target < 20 ms)`,
  );
  console.log(
    `replay 12 rounds × 35 students / ${big.entries.length} entries: median ${bigMs.toFixed(2)} ms CPU = ${((bigMs * 1000) / big.entries.length).toFixed(2)} µs per entry`,
  );
}

function cpuMicros(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return d.user + d.system;
}

await main();
