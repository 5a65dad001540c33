// Each export reads back: JSON round-trips and replays, CSV has one row per event, Markdown holds every statement.
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  escapeMarkdown,
  exportCsv,
  exportJson,
  exportMarkdown,
  isoTime,
  parseTranscriptJson,
} from '../../../shared/transcript/export.ts';
import { replay } from '../../../shared/transcript/replay.ts';
import type { Transcript } from '../../../shared/transcript/types.ts';
import { FIXTURE_PLAN, makeSession } from '../../fixtures/make-session.ts';
import { MARK, markedSession, scripted, tinyScenario } from './review-helpers.ts';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF), written here so the test does not trust the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      continue;
    }
    if (ch === '"' || ch === '\n' || ch === '\r') throw new Error(`bare ${JSON.stringify(ch)} outside quotes at ${i}`);
    field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

const recorded = makeSession(tinyScenario, FIXTURE_PLAN).transcript;

describe('JSON export', () => {
  it('round-trips exactly and replays to the same final state', () => {
    const back = parseTranscriptJson(exportJson(recorded));
    expect(back).toEqual(recorded);
    expect(replay(tinyScenario, back).state).toEqual(replay(tinyScenario, recorded).state);
  });

  it('is versioned and refuses what it cannot replay, saying why', () => {
    const json = JSON.parse(exportJson(recorded)) as Transcript;
    expect(json.header.transcriptVersion).toBe(1);
    expect(() =>
      parseTranscriptJson(JSON.stringify({ ...json, header: { ...json.header, transcriptVersion: 99 } })),
    ).toThrow(/version 99/);
    expect(() => parseTranscriptJson(JSON.stringify({ ...json, entries: json.entries.slice(1) }))).toThrow(
      /numbered from 1/,
    );
    expect(() => parseTranscriptJson('{"hello":1}')).toThrow(/header, entries/);
  });
});

describe('CSV export', () => {
  it('has a header row and exactly one row per event the rules emitted', () => {
    const rows = parseCsv(exportCsv(tinyScenario, recorded));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(replay(tinyScenario, recorded).events.length);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const seqs = rows.slice(1).map((r) => Number(r[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('keeps commas, quotes and line breaks in student text intact (RFC 4180 quoting)', () => {
    const tricky = 'We said "no", then\r\nyes, maybe; 100%';
    const transcript = scripted(tinyScenario, (play) => {
      play({
        type: 'joinSeat',
        seatId: 'a',
        name: 'Ana, "the" first',
        delegation: 'north',
        by: { kind: 'system' },
      } as never);
      play({ type: 'startSession', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'makeStatement', text: tricky, commitment: null, by: { kind: 'seat', seatId: 'a' } } as never);
    });
    const rows = parseCsv(exportCsv(tinyScenario, transcript));
    const statement = rows.find((r) => r[8] === 'messageSent');
    expect(statement?.[CSV_COLUMNS.indexOf('text')]).toBe(tricky);
    expect(statement?.[CSV_COLUMNS.indexOf('name')]).toBe('Ana, "the" first');
    expect(JSON.parse(statement?.[CSV_COLUMNS.indexOf('data')] ?? '')).toMatchObject({
      type: 'messageSent',
      message: { text: tricky },
    });
  });

  it('neutralizes text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const formulas = ['=HYPERLINK("http://x.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\r=1'];
    const transcript = scripted(tinyScenario, (play) => {
      play({ type: 'joinSeat', seatId: 'a', name: 'Ana', delegation: 'north', by: { kind: 'system' } } as never);
      play({ type: 'startSession', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      for (const text of formulas)
        play({ type: 'makeStatement', text, commitment: null, by: { kind: 'seat', seatId: 'a' } } as never);
    });
    const rows = parseCsv(exportCsv(tinyScenario, transcript));
    const texts = rows.filter((r) => r[8] === 'messageSent').map((r) => r[CSV_COLUMNS.indexOf('text')]!);
    expect(texts).toHaveLength(formulas.length);
    // Every cell of every row: nothing starts with a formula trigger.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The words themselves survive behind the apostrophe (the rules trim a leading tab or CR as any whitespace).
    expect(texts.slice(0, 4)).toEqual(formulas.slice(0, 4).map((f) => `'${f}`));
    expect(texts[5]).toBe("'=1");
  });

  it('gives each join and student action its sender, recipient, words and reason in a row a teacher can sort', () => {
    const seatA = { kind: 'seat', seatId: 'a' } as const;
    const seatB = { kind: 'seat', seatId: 'b' } as const;
    const transcript = scripted(tinyScenario, (play) => {
      play({ type: 'joinSeat', seatId: 'a', name: 'Ana', delegation: 'north', by: { kind: 'system' } } as never);
      play({ type: 'joinSeat', seatId: 'b', name: 'Bo', delegation: 'south', by: { kind: 'system' } } as never);
      play({ type: 'startSession', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'sendTeamMessage', text: 'Team line', by: seatA } as never);
      play({ type: 'sendDiplomaticMessage', to: 'south', text: 'Note to south', by: seatA } as never);
      play({
        type: 'makeStatement',
        text: 'No drills',
        commitment: { kind: 'pledge', target: null },
        by: seatA,
      } as never);
      play({
        type: 'makeStatement',
        text: 'Or else',
        commitment: { kind: 'warning', target: 'north' },
        by: seatB,
      } as never);
      play({ type: 'proposeMove', moveId: 'drill', target: null, rationale: 'Show strength', by: seatA } as never);
      play({ type: 'proposeMove', moveId: 'talk', target: 'north', rationale: 'Open a line', by: seatB } as never);
      for (let i = 0; i < 3; i++) play({ type: 'skipPhase', by: { kind: 'host' } }); // → reflection
      play({ type: 'submitReflection', text: 'We held back', by: seatA } as never);
      play({ type: 'endSession', by: { kind: 'host' } });
    });
    const rows = parseCsv(exportCsv(tinyScenario, transcript)).slice(1);
    const cols = (event: string) =>
      rows
        .filter((r) => r[CSV_COLUMNS.indexOf('event')] === event)
        .map((r) => (['delegation', 'to', 'channel', 'text', 'cause'] as const).map((c) => r[CSV_COLUMNS.indexOf(c)]));
    expect(cols('seatJoined')).toEqual([
      ['north', '', '', 'Ana', ''],
      ['south', '', '', 'Bo', ''],
    ]);
    expect(cols('messageSent')).toEqual([
      ['north', '', 'team', 'Team line', ''],
      ['north', 'south', 'diplomatic', 'Note to south', ''],
      ['north', '', 'public', 'No drills', ''],
      ['south', '', 'public', 'Or else', ''],
    ]);
    expect(cols('commitmentMade')).toEqual([
      ['north', '', '', 'pledge: no hostile move: Never tested', ''],
      ['south', 'north', '', 'warning to North: a hostile move will be answered: Never tested', ''],
    ]);
    expect(cols('moveProposed')).toEqual([
      ['north', '', '', 'Drills', 'Show strength'],
      ['south', 'north', '', 'Offer talks', 'Open a line'],
    ]);
    // The locked moves: the drill aims at no one.
    expect(cols('moveLocked').map((c) => c.slice(0, 2))).toContainEqual(['north', '']);
    expect(cols('commitmentSettled')).toEqual([
      ['north', '', '', 'pledge: no hostile move: Broken', 'North broke its public pledge of round 1: Drills'],
      [
        'south',
        'north',
        '',
        'warning to North: a hostile move will be answered: Kept',
        'South kept its public warning of round 1 to the end',
      ],
    ]);
    expect(cols('reflectionSubmitted')).toEqual([['north', '', '', 'We held back', tinyScenario.reflectionPrompts[0]]]);
  });

  it('gives each move, meter change, answered offer, settled pledge and revealed secret its who, whom, what and why', () => {
    const rows = parseCsv(exportCsv(tinyScenario, markedSession())).slice(1);
    const cols = (r: string[] | undefined) =>
      (['delegation', 'to', 'text', 'cause'] as const).map((c) => r?.[CSV_COLUMNS.indexOf(c)]);
    const of = (event: string) => rows.filter((r) => r[CSV_COLUMNS.indexOf('event')] === event);
    expect(cols(of('moveLocked')[0])).toEqual(['north', 'south', 'Offer talks', '']);
    const meters = of('meterChanged').map(cols);
    expect(meters[0]).toEqual([
      'south',
      'north',
      'South feels threatened by North: 35 -> 27.3',
      'North: Offer talks (toward South) → South feels 7.7 less threatened by North',
    ]);
    expect(meters.find((m) => m[2]?.startsWith('Talks ladder'))?.slice(0, 3)).toEqual(['', '', 'Talks ladder: 0 -> 1']);
    expect(meters.find((m) => m[2]?.startsWith('North credibility'))?.slice(0, 3)).toEqual([
      'north',
      '',
      'North credibility: 60 -> 64',
    ]);
    expect(cols(of('offerAnswered')[0])).toEqual([
      'south',
      'north',
      '',
      "Offer answered: North's Offer talks (round 1) got South's Offer talks in return",
    ]);
    expect(cols(of('commitmentSettled')[0])).toEqual([
      'north',
      'south',
      'pledge: no hostile move toward South: Kept',
      'North kept its public pledge of round 1 to the end',
    ]);
    const covert = parseCsv(exportCsv(tinyScenario, recorded)).find((r) => r[8] === 'covertRevealed');
    expect(cols(covert)).toEqual(['north', 'east', 'Cyber theft', 'Shown at the end of the game']);
  });

  it('names each phase (the briefing without a round) and each headline with its story', () => {
    const transcript = scripted(tinyScenario, (play) => {
      play({ type: 'startSession', by: { kind: 'host' } });
      play({ type: 'skipPhase', by: { kind: 'host' } });
      play({ type: 'injectNews', by: { kind: 'host' }, headline: 'Storm', body: 'Rivers burst.' } as never);
    });
    const rows = parseCsv(exportCsv(tinyScenario, transcript)).slice(1);
    const text = (r: string[]) => [r[CSV_COLUMNS.indexOf('text')], r[CSV_COLUMNS.indexOf('cause')]];
    expect(rows.filter((r) => r[8] === 'phaseChanged').map(text)).toEqual([
      ['Briefing', ''],
      ['Round 1: News', ''],
    ]);
    expect(rows.filter((r) => r[8] === 'newsPublished').map(text)).toEqual([['Storm', 'Rivers burst.']]);
  });

  it('writes times as ISO 8601 UTC without touching the clock', () => {
    for (const ms of [0, 1_764_400_000_123, 951_782_400_000, 4_107_542_399_999])
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });
});

describe('Markdown export', () => {
  it('holds every public statement of the session, under its round', () => {
    const md = exportMarkdown(tinyScenario, recorded);
    const statements = replay(tinyScenario, recorded).state.messages.filter((m) => m.channel === 'public');
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(md).toContain(escapeMarkdown(s.text));
    for (let round = 1; round <= FIXTURE_PLAN.rounds; round++) expect(md).toContain(`## Round ${round}`);
  });

  it('released at the public level holds the statements and none of the private channels', () => {
    const md = exportMarkdown(tinyScenario, markedSession(), { level: 'public', pseudonyms: true });
    expect(md).toContain(escapeMarkdown(`${MARK.public} of north`));
    for (const secret of [MARK.team, MARK.diplomatic, MARK.plan, MARK.reflection, MARK.nickname])
      expect(md).not.toContain(secret);
    expect(md).toContain('North delegate 1');
  });

  it('cannot be broken by Markdown or HTML in student text', () => {
    expect(escapeMarkdown('<script>x</script> **bold** [a](b)\n# h')).toBe(
      '\\<script\\>x\\</script\\> \\*\\*bold\\*\\* \\[a\\](b) \\# h',
    );
  });
});
