// The debrief's account of what the teacher did: each teacher command gets its own sentence, in order, with
// its details (seconds added, the delegation a student was moved to); a student's own join is not the
// teacher's act. A debrief that says "paused" for a resume, or drops the end, tells the class the wrong story.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/rules/commands.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { releaseReview, RELEASE_LEVELS } from '../../../shared/transcript/release.ts';
import { scripted, tinyScenario } from './review-helpers.ts';

const HOST = { kind: 'host' } as const;
const SYSTEM = { kind: 'system' } as const;

function teacherSession() {
  return scripted(tinyScenario, (play) => {
    const p = (c: Record<string, unknown>) => play(c as Omit<Command, 'at'>);
    p({ type: 'joinSeat', by: SYSTEM, seatId: 'n1', name: 'Ana', delegation: 'north' });
    p({ type: 'lockJoins', by: HOST, locked: true });
    // Joins are locked: the teacher seats a latecomer by hand.
    p({ type: 'joinSeat', by: HOST, seatId: 'n2', name: 'Ben', delegation: 'north' });
    p({ type: 'renameSeat', by: HOST, seatId: 'n2', name: 'Benny' });
    p({ type: 'reassignSeat', by: HOST, seatId: 'n2', delegation: 'south' });
    p({ type: 'lockJoins', by: HOST, locked: false });
    p({ type: 'startSession', by: HOST });
    p({ type: 'skipPhase', by: HOST });
    p({ type: 'pauseClock', by: HOST });
    p({ type: 'extendPhase', by: HOST, seconds: 30 });
    p({ type: 'resumeClock', by: HOST });
    p({ type: 'injectNews', by: HOST, newsId: 'storm' });
    p({ type: 'removeSeat', by: HOST, seatId: 'n1' });
    p({ type: 'endSession', by: HOST });
  });
}

describe('the debrief names what the teacher did', () => {
  it('one sentence per teacher command, in order, with its details', () => {
    const review = buildReview(tinyScenario, teacherSession());
    expect(review.timeline.filter((i) => i.kind === 'teacher').map((i) => i.text)).toEqual([
      'The teacher locked joins.',
      'The teacher seated a student.',
      'The teacher renamed a student.',
      'The teacher moved a student to South.',
      'The teacher reopened joins.',
      'The teacher started the session.',
      'The teacher skipped to the next phase.',
      'The teacher paused the clock.',
      'The teacher added 30 seconds to the phase.',
      'The teacher resumed the clock.',
      'The teacher added a news item.',
      'The teacher removed a student.',
      'The teacher ended the session.',
    ]);
  });

  it('shows the class every one of them, in every release: none names a student, so each is public', () => {
    const review = buildReview(tinyScenario, teacherSession());
    const lines = review.timeline.filter((i) => i.kind === 'teacher');
    expect(lines.map((i) => [i.scope, i.seatId])).toEqual(lines.map(() => ['public', null]));
    for (const level of RELEASE_LEVELS) {
      const released = releaseReview(review, { level, pseudonyms: true });
      expect(released.timeline.filter((i) => i.kind === 'teacher').map((i) => i.text)).toEqual(
        lines.map((i) => i.text),
      );
    }
  });

  it('an accommodation is a line for the teacher alone, about the student it names, in no release', () => {
    const review = buildReview(
      tinyScenario,
      scripted(tinyScenario, (play) => {
        const p = (c: Record<string, unknown>) => play(c as Omit<Command, 'at'>);
        p({ type: 'joinSeat', by: SYSTEM, seatId: 'n1', name: 'Ana', delegation: 'north' });
        p({ type: 'setExtraTime', by: HOST, seatId: 'n1', percent: 50 });
        p({ type: 'setExtraTime', by: HOST, seatId: 'n1', percent: 0 });
      }),
    );
    const lines = review.timeline.filter((i) => i.kind === 'teacher');
    expect(lines.map((i) => [i.text, i.seatId, i.scope])).toEqual([
      ['The teacher gave a student 50% extra time for their own work.', 'n1', 'host'],
      ['The teacher took a student’s extra time away.', 'n1', 'host'],
    ]);
    for (const level of RELEASE_LEVELS)
      expect(releaseReview(review, { level, pseudonyms: true }).timeline.filter((i) => i.kind === 'teacher')).toEqual(
        [],
      );
  });

  it('in Korean too, every line its own', () => {
    const texts = buildReview(tinyScenario, teacherSession(), 'ko')
      .timeline.filter((i) => i.kind === 'teacher')
      .map((i) => i.text);
    expect(texts).toHaveLength(13);
    expect(new Set(texts).size).toBe(13);
    expect(texts.join(' ')).toMatch(/30/);
    for (const text of texts) expect(text).toMatch(/[가-힣]/);
  });
});
