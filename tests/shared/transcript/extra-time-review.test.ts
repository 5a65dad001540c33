// A student's extra time in the review: the teacher's timeline names it (and the late reflection it allowed),
// replay reproduces it from the transcript, and no release level, with or without opt-ins, shows it to the class.
import { describe, expect, it } from 'vitest';
import type { Actor, Command } from '../../../shared/rules/commands.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { exportCsv, exportMarkdown } from '../../../shared/transcript/export.ts';
import { releaseReview, RELEASE_LEVELS } from '../../../shared/transcript/release.ts';
import { replay } from '../../../shared/transcript/replay.ts';
import { scripted, tinyScenario } from './review-helpers.ts';

const HOST: Actor = { kind: 'host' };
const SYSTEM: Actor = { kind: 'system' };
const as = (seatId: string): Actor => ({ kind: 'seat', seatId });
const c = (command: Record<string, unknown>) => command as unknown as Omit<Command, 'at'>;

/** Nora (north1) has time and a half; the class's reflection closes, hers is sent on her own deadline. */
const transcript = scripted(
  tinyScenario,
  (play) => {
    for (const [id, d] of [
      ['north1', 'north'],
      ['north2', 'north'],
      ['south1', 'south'],
    ])
      play(c({ type: 'joinSeat', seatId: id, name: `Student ${id}`, delegation: d, by: SYSTEM }));
    play(c({ type: 'setExtraTime', seatId: 'north1', percent: 50, by: HOST }));
    play(c({ type: 'startSession', by: HOST }));
    for (let i = 0; i < 5; i++) play(c({ type: 'skipPhase', by: HOST })); // → reflection of round 1
    play(c({ type: 'submitReflection', text: 'ON-TIME-REFLECTION', by: as('north2') }));
    play(c({ type: 'skipPhase', by: HOST })); // → round 2's news; Nora's reflection stays open
    play(c({ type: 'submitReflection', text: 'NORA-LATE-REFLECTION', by: as('north1') }));
    play(c({ type: 'endSession', by: HOST }));
  },
  2,
);

describe('extra time in the review', () => {
  // Built inside each test, so mutation testing can trace which tests read which part of the review.
  it('replays the accommodation and the late reflection from the transcript', () => {
    const final = replay(tinyScenario, transcript).state;
    expect(final.extraTime).toEqual({ north1: 50 });
    expect(final.reflections.find((r) => r.seatId === 'north1')).toMatchObject({
      round: 1,
      text: 'NORA-LATE-REFLECTION',
    });
  });

  it('the teacher’s timeline names the student and the extra time, in English and Korean', () => {
    const review = buildReview(tinyScenario, transcript);
    const line = review.timeline.find((i) => i.kind === 'teacher' && i.seatId === 'north1');
    expect(line).toMatchObject({
      scope: 'host',
      text: 'The teacher gave a student 50% extra time for their own work.',
    });
    const ko = buildReview(tinyScenario, transcript, 'ko');
    expect(ko.timeline.find((i) => i.kind === 'teacher' && i.seatId === 'north1')?.text).toBe(
      '선생님이 학생 한 명에게 개인 과제 시간을 50% 더 주었습니다.',
    );
    expect(exportMarkdown(tinyScenario, transcript)).toContain('50% extra time');
    expect(exportCsv(tinyScenario, transcript)).toContain('personalDeadlineSet');
  });

  it('the late reflection sits in its own round’s reflection, like any other', () => {
    const review = buildReview(tinyScenario, transcript);
    const late = review.timeline.find((i) => i.kind === 'reflection' && i.text === 'NORA-LATE-REFLECTION');
    const onTime = review.timeline.find((i) => i.kind === 'reflection' && i.text === 'ON-TIME-REFLECTION');
    expect(late).toMatchObject({ round: 1, phase: 'reflection' });
    expect(onTime).toMatchObject({ round: 1, phase: 'reflection' });
  });

  it('no release shows it, whatever the level and opt-ins', () => {
    const review = buildReview(tinyScenario, transcript);
    for (const level of RELEASE_LEVELS)
      for (const reflections of [false, true])
        for (const pseudonyms of [false, true]) {
          const released = releaseReview(review, { level, pseudonyms, reflections, briefs: true });
          const text = JSON.stringify(released);
          expect(text, level).not.toContain('extra time');
          expect(released.timeline.some((i) => i.scope === 'host')).toBe(false);
          expect(exportMarkdown(tinyScenario, transcript, { level, pseudonyms, reflections })).not.toContain(
            'extra time',
          );
        }
  });
});
