// The per-language catalogues and what the exports build from them: Korean exports read in Korean, with names
// and no internal ids; particles fit the word before them; every language has every key.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, fill, isLang, LANGS, langOr, particle } from '../../../shared/i18n/index.ts';
import { BANDS, TALKS_LADDER } from '../../../shared/rules/types.ts';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { exportCsv, exportMarkdown } from '../../../shared/transcript/export.ts';
import { FIXTURE_PLAN, makeSession } from '../../fixtures/make-session.ts';
import { tinyScenario } from '../transcript/review-helpers.ts';

const recorded = makeSession(tinyScenario, FIXTURE_PLAN).transcript;
/** Ids the rules use that are not words a person reads (camelCase, or the rule's own lowercase id). */
const RAW_IDS = [
  'intenseCrisis',
  'firstPhaseAgreement',
  'armsRace',
  'deliberation',
  'resolution',
  'moveLocked',
  'meterChanged',
];

describe('catalogues', () => {
  it('list every language once, each with the same sections and keys as English', () => {
    expect(LANGS).toContain('en');
    expect(LANGS).toContain('ko');
    const shape = (c: object): string[] =>
      Object.entries(c).flatMap(([k, v]) => (v && typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [k]));
    const en = shape(CATALOGUES.en).filter((k) => !k.startsWith('errors.'));
    for (const l of LANGS)
      expect(
        shape(CATALOGUES[l]).filter((k) => !k.startsWith('errors.')),
        l,
      ).toEqual(en);
  });

  it('names every band and rung in words (never a camelCase id), in every language', () => {
    for (const l of LANGS) {
      for (const word of [
        ...BANDS.map((b) => CATALOGUES[l].terms.band[b]),
        ...TALKS_LADDER.map((r) => CATALOGUES[l].terms.talks[r]),
      ]) {
        expect(word.trim().length, l).toBeGreaterThan(0);
        expect(word, l).not.toMatch(/[a-z][A-Z]/);
      }
    }
    for (const b of BANDS) expect(CATALOGUES.ko.terms.band[b]).toMatch(/[가-힣]/);
  });

  it('accepts only the languages it has', () => {
    expect(isLang('ko')).toBe(true);
    expect(isLang('xx')).toBe(false);
    expect(isLang('toString')).toBe(false);
    expect(langOr(undefined)).toBe('en');
    expect(langOr(['ko'])).toBe('en');
  });
});

describe('Korean particles', () => {
  it('pick 이/가, 을/를, 으로/로 by the last sound of the word', () => {
    expect(particle('서울', '이', '가')).toBe('이');
    expect(particle('도쿄', '이', '가')).toBe('가');
    expect(particle('평양', '을', '를')).toBe('을');
    expect(particle('서울', '으로', '로')).toBe('로');
    expect(particle('평양', '으로', '로')).toBe('으로');
    expect(particle('7KX4QD', '이', '가')).toBe('가');
    expect(particle('Room 3', '이', '가')).toBe('이');
    expect(particle('Pyongyang', '이', '가')).toBe('이');
    expect(particle('Moscow', '이', '가')).toBe('가');
    expect(particle('Seoul', '으로', '로')).toBe('로');
    expect(particle('AB12CL', '이', '가')).toBe('이');
    expect(fill('{a|이/가} {b|을/를} 지켰다', { a: '워싱턴', b: '약속' })).toBe('워싱턴이 약속을 지켰다');
    expect(fill('{missing} stays', {})).toBe('{missing} stays');
  });
});

describe('exports in Korean', () => {
  it('write the Markdown transcript’s headings and sentences in Korean, never an internal id', () => {
    const md = exportMarkdown(tinyScenario, recorded, undefined, 'ko');
    expect(md).toContain('## 1라운드');
    expect(md).toContain('세션 돌아보기');
    expect(md).not.toContain('## Round');
    expect(md).not.toMatch(/Rounds played|Tension band|Meter changes|The teacher/);
    for (const id of RAW_IDS) expect(md, id).not.toContain(id);
  });

  it('write the CSV’s text columns with names, not ids, in the language asked for', () => {
    const csv = exportCsv(tinyScenario, recorded, 'ko');
    const text = csv.split('\r\n').map((row) => row.split(',').slice(0, 14).join(','));
    expect(text.join('\n')).toMatch(/[가-힣]/);
    for (const id of ['intenseCrisis', 'firstPhaseAgreement']) expect(text.join('\n')).not.toContain(id);
  });

  it('build the review model’s sentences in Korean and keep English as the default', () => {
    const ko = buildReview(tinyScenario, recorded, 'ko');
    const en = buildReview(tinyScenario, recorded);
    const teacherKo = ko.timeline.filter((i) => i.kind === 'teacher').map((i) => i.text);
    const teacherEn = en.timeline.filter((i) => i.kind === 'teacher').map((i) => i.text);
    expect(teacherKo.length).toBeGreaterThan(0);
    for (const line of teacherKo) expect(line).toMatch(/^선생님/);
    for (const line of teacherEn) expect(line).toMatch(/^The teacher/);
    const bands = ko.timeline.filter((i) => i.meter?.key === 'band').map((i) => i.text);
    for (const line of bands) expect(line).toMatch(/^긴장 단계: /);
  });
});
