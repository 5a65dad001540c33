// Replay: the header plus the ordered commands rebuild the same state; mismatched headers and refused
// commands are errors that say what is wrong.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/rules/commands.ts';
import { RULES_VERSION } from '../../../shared/rules/types.ts';
import { replay, ReplayError, replaySteps } from '../../../shared/transcript/replay.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { TRANSCRIPT_VERSION } from '../../../shared/transcript/types.ts';
import { cmd, HOST, join, lobby, play, seat, skip, start, tinyScenario } from '../rules/fixtures.ts';
import { applyCommand } from '../../../shared/rules/apply.ts';
import { isOwnedList } from '../../../shared/rules/handler.ts';
import { FIXTURE_PLAN, benchScenario, makeSession } from '../../fixtures/make-session.ts';

const commands: Command[] = [
  join('a', 'Ana'),
  join('b', 'Bo'),
  start(),
  skip(),
  skip(),
  cmd({ type: 'sendTeamMessage', by: seat('a'), text: 'hello team' }),
  cmd({ type: 'proposeMove', by: seat('b'), moveId: 'talk', target: 'north', rationale: 'open a line' }),
  skip(),
  skip(),
];

function transcriptOf(list: Command[]): Transcript {
  return {
    header: {
      transcriptVersion: TRANSCRIPT_VERSION,
      rulesVersion: RULES_VERSION,
      code: 'ABCDEF',
      scenarioId: tinyScenario.id,
      scenarioVersion: tinyScenario.version,
      seed: 42,
      settings: lobby().settings,
      createdAt: 0,
    },
    entries: list.map((command, i) => ({ seq: i + 1, command })),
  };
}

describe('replay', () => {
  it('rebuilds exactly the live state and events', () => {
    const live = play(lobby(), commands);
    const replayed = replay(tinyScenario, transcriptOf(commands));
    expect(replayed.state).toEqual(live.state);
    expect(replayed.events).toEqual(live.events);
  });

  it('rebuilds a whole class session exactly as it was played, though it grows its lists in place', () => {
    // makeSession plays command by command, each state a value; replay owns its lists and appends in place.
    const played = makeSession(benchScenario(), FIXTURE_PLAN);
    const replayed = replay(benchScenario(), played.transcript);
    expect(replayed.state.messages.length).toBeGreaterThan(100);
    expect(replayed.state).toEqual(played.final);
    // Every moment the scrubber can stop at is the state the class saw then.
    const seqs = [1, 50, 333, played.transcript.entries.length - 1];
    replaySteps(benchScenario(), played.transcript, (step) => {
      if (seqs.includes(step.seq))
        expect(replay(benchScenario(), played.transcript, step.seq).state).toEqual(step.state);
    });
  });

  it('hands back a state that is a value again: the next command copies its lists, never changes them', () => {
    const played = makeSession(benchScenario(), FIXTURE_PLAN);
    // Stop just before a late team message, then send it to the replayed state as the room would.
    const entry = [...played.transcript.entries].reverse().find((e) => e.command.type === 'sendTeamMessage')!;
    const { state } = replay(benchScenario(), played.transcript, entry.seq - 1);
    expect(isOwnedList(state.messages)).toBe(false);
    const before = structuredClone(state);
    const next = applyCommand(benchScenario(), state, entry.command);
    expect(next.ok).toBe(true);
    if (next.ok) expect(next.state.messages.length).toBe(state.messages.length + 1);
    expect(state).toEqual(before);
  });

  it('stops at a given seq, for scrubbing to a moment of the class', () => {
    const partial = replay(tinyScenario, transcriptOf(commands), 6);
    expect(partial.state.seq).toBe(6);
    expect(partial.state.messages.map((m) => m.text)).toEqual(['hello team']);
    expect(partial.state.proposals).toEqual([]);
  });

  it('reports every step in order', () => {
    const seqs: number[] = [];
    const final = replaySteps(tinyScenario, transcriptOf(commands), (step) => seqs.push(step.seq));
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(final.phase).toBe('resolution');
  });

  it('refuses a transcript from another rules version, saying so', () => {
    const t = transcriptOf(commands);
    const old = { ...t, header: { ...t.header, rulesVersion: RULES_VERSION + 1 } };
    expect(() => replay(tinyScenario, old)).toThrow(ReplayError);
    expect(() => replay(tinyScenario, old)).toThrow(
      new RegExp(`rules version ${RULES_VERSION + 1}.*rules version ${RULES_VERSION}`),
    );
  });

  it('refuses another transcript format, another scenario or another scenario version', () => {
    const t = transcriptOf(commands);
    expect(() => replay(tinyScenario, { ...t, header: { ...t.header, transcriptVersion: 2 as never } })).toThrow(
      /format version 2/,
    );
    expect(() => replay(tinyScenario, { ...t, header: { ...t.header, scenarioId: 'other' } })).toThrow(
      /scenario other version 1/,
    );
    expect(() => replay(tinyScenario, { ...t, header: { ...t.header, scenarioVersion: 9 } })).toThrow(/version 9/);
  });

  it('names the seq of a command the rules refuse', () => {
    const bad = [...commands.slice(0, 5), cmd({ type: 'startSession', by: HOST })];
    expect(() => replay(tinyScenario, transcriptOf(bad))).toThrow(/entry 6 \(startSession\).*rule\/session-started/);
  });

  it('refuses a gap in the numbering', () => {
    const t = transcriptOf(commands);
    const gap = { ...t, entries: t.entries.filter((e) => e.seq !== 4) };
    expect(() => replay(tinyScenario, gap)).toThrow(/entry 5 is out of order: expected seq 4/);
  });
});
