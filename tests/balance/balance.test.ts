// The numbered requirements of issue #9 as tests: the same verdicts `npm run balance` prints, each of which
// fails when a retune of the model or the Korean scenario breaks it.
import { describe, expect, it } from 'vitest';
import { getScenario } from '../../shared/scenario/catalog.ts';
import { balance } from './requirements.ts';

const korea = getScenario('korea');
if (!korea) throw new Error('korea scenario missing');
const report = balance(korea);

describe('the Korean scenario plays as a game (issue #9), through the real reducer', () => {
  it.each(report.verdicts.map((v) => [`#9.${v.requirement} ${v.text}`, v] as const))('%s', (_name, verdict) => {
    expect(verdict.pass, verdict.detail).toBe(true);
  });

  it('judges all six numbered requirements', () => {
    expect(new Set(report.verdicts.map((v) => v.requirement))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });
});
