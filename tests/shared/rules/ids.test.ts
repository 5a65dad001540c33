// Ids a student reads are numbered within what that student sees: another team's chat, plans and diplomacy move no
// number a student or the projector is shown, and only the teacher's view counts commands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/rules/commands.ts';
import { messageId } from '../../../shared/rules/ids.ts';
import { viewFor } from '../../../shared/rules/views.ts';
import { getScenario } from '../../../shared/scenario/catalog.ts';
import { replaySteps } from '../../../shared/transcript/replay.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { cmd, deliberating, HOST, play, seat, skip, tinyScenario } from './fixtures.ts';

const team = (by: string, text: string) => cmd({ type: 'sendTeamMessage', by: seat(by), text });
const diplo = (by: string, to: string, text: string) => cmd({ type: 'sendDiplomaticMessage', by: seat(by), to, text });
const say = (by: string, text: string) => cmd({ type: 'makeStatement', by: seat(by), text, commitment: null });
const propose = (by: string, moveId: string) =>
  cmd({ type: 'proposeMove', by: seat(by), moveId, target: null, rationale: 'r' });

/** North does more or less in private; then south speaks on every channel and proposes. */
function southAfter(northPrivately: Command[]) {
  return play(deliberating(), [
    ...northPrivately,
    team('s1', 'ours'),
    diplo('s1', 'east', 'to east'),
    say('s1', 'to all'),
    propose('s1', 'drill'),
    cmd({ type: 'injectNews', by: HOST, headline: 'Breaking', body: '' }),
  ]).state;
}

describe('ids', () => {
  it('are numbered per channel and per team, so another team’s private actions move none a student sees', () => {
    const quiet = southAfter([]);
    const busy = southAfter([
      team('n1', 'a'),
      team('n2', 'b'),
      diplo('n1', 'east', 'c'),
      propose('n1', 'hold'),
      propose('n2', 'drill'),
    ]);
    for (const state of [quiet, busy]) {
      expect(state.messages.filter((m) => m.from === 'south').map((m) => m.id)).toEqual([
        't_south_1',
        'd_east_south_1',
        's_1',
      ]);
      expect(state.proposals.filter((p) => p.delegation === 'south').map((p) => p.id)).toEqual(['p_south_1']);
      expect(state.news.at(-1)?.id).toBe('teacher-1');
    }
    expect(busy.proposals.map((p) => p.id)).toEqual(['p_north_1', 'p_north_2', 'p_south_1']);
    expect(busy.messages.filter((m) => m.from === 'north').map((m) => m.id)).toEqual([
      't_north_1',
      't_north_2',
      'd_east_north_1',
    ]);
    // The whole picture of a south student and of the projector is the same either way; the teacher's is not.
    for (const viewer of [{ kind: 'seat', seatId: 's2' }, { kind: 'projector' }] as const)
      expect(viewFor(tinyScenario, busy, viewer)).toEqual(viewFor(tinyScenario, quiet, viewer));
    expect(viewFor(tinyScenario, busy, { kind: 'host' }).seq).toBe(
      viewFor(tinyScenario, quiet, { kind: 'host' }).seq! + 5,
    );
    expect(viewFor(tinyScenario, quiet, { kind: 'seat', seatId: 's2' })).not.toHaveProperty('seq');
  });

  it('of a proposal stay with its team when the move is revealed', () => {
    const s = play(deliberating(), [
      propose('n1', 'drill'),
      cmd({ type: 'approveProposal', by: seat('n2'), proposalId: 'p_north_1' }),
      skip(), // → decision
      skip(), // → resolution
    ]).state;
    const north = (viewer: Parameters<typeof viewFor>[2]) =>
      viewFor(tinyScenario, s, viewer).moves.find((m) => m.delegation === 'north');
    expect(north({ kind: 'seat', seatId: 'n2' })?.proposalId).toBe('p_north_1');
    expect(north({ kind: 'host' })?.proposalId).toBe('p_north_1');
    expect(north({ kind: 'seat', seatId: 's1' })).toMatchObject({ moveId: 'drill', proposalId: null });
    expect(north({ kind: 'projector' })).toMatchObject({ moveId: 'drill', proposalId: null });
  });
});

// messageId keeps per-channel counts for each messages list it has seen (O(1) per message instead of a count
// over the session); a list it has never seen is counted from scratch. Both must give every id the same number.
describe('message ids from kept counts', () => {
  it('equal the ids counted from scratch at every step of a recorded session', () => {
    const url = new URL('../../fixtures/sessions/rules-v4-finished.json', import.meta.url);
    const transcript = JSON.parse(readFileSync(url, 'utf8')) as Transcript;
    const scenario = getScenario(transcript.header.scenarioId)!;
    const delegations = scenario.delegations.map((d) => d.id);
    let messages = 0;
    replaySteps(scenario, transcript, ({ state, events }) => {
      messages += events.filter((e) => e.type === 'messageSent').length;
      // A copy of the list has no kept counts: messageId counts it from scratch.
      const fresh = { ...state, messages: [...state.messages] };
      for (const from of delegations) {
        expect(messageId(state, 'team', from, null)).toBe(messageId(fresh, 'team', from, null));
        expect(messageId(state, 'public', from, null)).toBe(messageId(fresh, 'public', from, null));
        for (const to of delegations)
          if (to !== from)
            expect(messageId(state, 'diplomatic', from, to)).toBe(messageId(fresh, 'diplomatic', from, to));
      }
    });
    expect(messages).toBeGreaterThan(20);
  });
});
