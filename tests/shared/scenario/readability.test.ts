// Reading level (issue #10): the English cause templates, the briefings and the move descriptions score a
// Flesch–Kincaid grade of 8 or below, measured with the maintained flesch-kincaid and syllable packages.
import { describe, expect, it } from 'vitest';
import { causeText, changeText, namesOf } from '../../../shared/causes/text.ts';
import type { Cause } from '../../../shared/rules/causes.ts';
import { CAUSE_CODES, INCIDENTS } from '../../../shared/rules/causes.ts';
import { getScenario } from '../../../shared/scenario/catalog.ts';
import { grade } from './readability.ts';

const korea = getScenario('korea');
if (!korea) throw new Error('korea scenario missing');
const MAX_GRADE = 8;

/** Every cause code in words, with real names and moves, each with the change it explains. */
function causeSentences(): string[] {
  const names = namesOf(korea!);
  const base: Omit<Cause, 'code' | 'mechanism'> = {
    who: 'pyongyang',
    move: 'missileTest',
    toward: 'washington',
    other: 'washington',
    otherMove: 'jointDrills',
    news: 'floods',
    round: 2,
    count: 1,
    kind: 'pledge',
    incident: INCIDENTS[0],
  };
  const lines = CAUSE_CODES.flatMap((code) =>
    [true, false].map((up) => causeText({ ...base, code, mechanism: 'direct' }, 'en', names, up)),
  );
  lines.push(changeText({ kind: 'threat', from: 'seoul', to: 'pyongyang' }, 40, 43.1, 'en', names));
  lines.push(changeText({ kind: 'credibility', delegation: 'seoul' }, 60, 54, 'en', names));
  lines.push(changeText({ kind: 'talks' }, 1, 2, 'en', names));
  return lines;
}

describe('reading level of what a student reads in English (Flesch–Kincaid grade ≤ 8)', () => {
  it('tells a hard text from an easy one, so it can fail', () => {
    expect(
      grade([
        'Notwithstanding considerable multilateral ambivalence, denuclearization negotiations necessitate comprehensive verification arrangements.',
      ]),
    ).toBeGreaterThan(MAX_GRADE);
    expect(grade(['Pyongyang fired a missile. Seoul feels more threatened.'])).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('the cause templates', () => {
    expect(grade(causeSentences())).toBeLessThanOrEqual(MAX_GRADE);
  });

  it.each(korea.delegations.map((d) => [d.id, d] as const))('the briefings of %s', (_id, d) => {
    expect(grade([d.publicBrief, d.privateBrief])).toBeLessThanOrEqual(MAX_GRADE);
  });

  it.each(korea.delegations.map((d) => [d.id, korea.moves[d.id] ?? []] as const))(
    'the move descriptions of %s',
    (_id, moves) => {
      expect(grade(moves.map((m) => m.why))).toBeLessThanOrEqual(MAX_GRADE);
    },
  );
});
