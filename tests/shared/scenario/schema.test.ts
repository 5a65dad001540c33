// Scenario files: the shipped ones load; a broken one is refused at load with the path and reason of
// every problem, so an author knows exactly what to fix.
/* eslint-disable @typescript-eslint/no-explicit-any -- the cases corrupt untyped JSON on purpose */
import { describe, expect, it } from 'vitest';
import { HOLD_MOVE_ID } from '../../../shared/rules/moves.ts';
import type { Scenario } from '../../../shared/scenario/types.ts';
import { getScenario, SCENARIOS } from '../../../shared/scenario/catalog.ts';
import {
  loadScenario,
  localizeScenario,
  movesOf,
  ScenarioError,
  scenarioProblems,
} from '../../../shared/scenario/index.ts';
import koreaFile from '../../../scenarios/korea.json' with { type: 'json' };
import riverJson from '../../fixtures/scenarios/river.json' with { type: 'json' };

const korea = getScenario('korea')!;
const broken = (mutate: (s: Record<string, any>) => void): unknown => {
  const copy = structuredClone(korea) as Record<string, any>;
  mutate(copy);
  return copy;
};
const problemsOf = (json: unknown) => scenarioProblems(json).map((p) => `${p.path}: ${p.reason}`);

describe('the shipped scenarios', () => {
  it('load from the catalog, with the Korean Peninsula scenario among them', () => {
    expect(Object.keys(SCENARIOS)).toContain('korea');
    expect(getScenario('korea')?.title).toBe('Korean Peninsula crisis');
    expect(getScenario('nope')).toBeUndefined();
    expect(getScenario('toString')).toBeUndefined();
  });

  it('give all five delegations at least eight moves of both kinds, plus Hold added once by the rules', () => {
    expect(korea.delegations.map((d) => d.id)).toEqual(['washington', 'seoul', 'pyongyang', 'beijing', 'moscow']);
    for (const d of korea.delegations) {
      const moves = movesOf(korea, d.id);
      expect(moves.length).toBeGreaterThanOrEqual(9);
      expect(moves.filter((m) => m.id === HOLD_MOVE_ID)).toHaveLength(1);
      expect(moves.some((m) => m.category === 'diplomatic') && moves.some((m) => m.category === 'deterrent')).toBe(
        true,
      );
    }
  });

  it('carry the news a teacher expects: the round-1 satellite images, the floods, the UN session at 60, the leaked cable', () => {
    const news = Object.fromEntries(korea.news.map((n) => [n.id, n]));
    expect(news.testPreparations?.trigger).toEqual({ kind: 'scheduled', round: 1 });
    expect(news.floods?.headline).toBe('Floods in the North');
    expect(news.unscEmergency?.trigger).toEqual({ kind: 'threshold', meter: 'tension', op: 'atLeast', value: 60 });
    expect(news.leakedCable?.revealsCovertOf).toContain('moscow');
    expect(korea.debriefPrompts.map((p) => p.stage)).toEqual([
      'describe',
      'describe',
      'analyze',
      'analyze',
      'transfer',
      'apply',
    ]);
  });

  it('accept a small fixture with other delegations, proving nothing is tied to Korea', () => {
    const river: Scenario = loadScenario(riverJson);
    expect(river.delegations.map((d) => d.id)).toEqual(['ridge', 'delta', 'coast']);
  });
});

describe('a broken scenario file', () => {
  const cases: [string, (s: Record<string, any>) => void, string][] = [
    [
      'a Goldstein weight off the scale',
      (s) => {
        s.moves.seoul[3].goldstein = 12;
      },
      'moves.seoul[3].goldstein: must be between -10 and 10',
    ],
    [
      'a target that is not a delegation',
      (s) => {
        s.moves.washington[0].target.delegation = 'tokyo';
      },
      'moves.washington[0].target.delegation: "tokyo" is not a delegation',
    ],
    [
      'a move aimed at itself',
      (s) => {
        s.moves.seoul[0].target.delegation = 'seoul';
      },
      'moves.seoul[0].target.delegation: a move cannot target its own delegation',
    ],
    [
      'a duplicate move id',
      (s) => {
        s.moves.beijing[1].id = s.moves.beijing[0].id;
      },
      'moves.beijing[1].id: "brokerRelief" is used twice',
    ],
    [
      'too few moves',
      (s) => {
        s.moves.moscow = s.moves.moscow.slice(0, 5);
      },
      'moves.moscow: must list at least 8 moves (Hold is added by the rules), found 5',
    ],
    [
      'no deterrent move',
      (s) => {
        s.moves.seoul = s.moves.seoul.map((m: { category: string }) => ({
          ...m,
          category: m.category === 'deterrent' ? 'economic' : m.category,
        }));
      },
      'moves.seoul: must include at least one deterrent move',
    ],
    [
      'a requirement naming a missing move',
      (s) => {
        s.moves.washington[10].requires.moveId = 'signEverything';
      },
      'moves.washington[10].requires.moveId: "signEverything" is not one of pyongyang\'s moves',
    ],
    [
      'Hold listed by hand',
      (s) => {
        s.moves.seoul[0].id = 'hold';
      },
      'moves.seoul[0].id: "hold" is added by the rules for every delegation; do not list it',
    ],
    [
      'a news reveal naming a stranger',
      (s) => {
        s.news[5].revealsCovertOf = ['tokyo'];
      },
      'news[5].revealsCovertOf[0]: "tokyo" is not a delegation',
    ],
    [
      'a missing reaction pair',
      (s) => {
        delete s.params.reaction.seoul.beijing;
      },
      'params.reaction.seoul.beijing: is missing (every ordered pair of delegations needs a value)',
    ],
    [
      'a missing starting threat',
      (s) => {
        delete s.initial.threat.moscow.washington;
      },
      'initial.threat.moscow.washington: is missing (every ordered pair of delegations needs a value)',
    ],
    [
      'a starting meter out of range',
      (s) => {
        s.initial.world.armsRace = 140;
      },
      'initial.world.armsRace: must be between 0 and 100',
    ],
    [
      'band thresholds out of order',
      (s) => {
        s.params.bandThresholds = [20, 50, 45, 70];
      },
      'params.bandThresholds[2]: thresholds must rise from band to band',
    ],
    [
      'a bot default that is not a move',
      (s) => {
        s.botDefaultMove.seoul = 'surrender';
      },
      'botDefaultMove.seoul: "surrender" is not one of seoul\'s moves',
    ],
    [
      'a bot default that needs a chosen target',
      (s) => {
        s.botDefaultMove.beijing = 'hostTalks';
      },
      'botDefaultMove.beijing: "hostTalks" needs a chosen target',
    ],
    [
      'debrief prompts out of order',
      (s) => {
        s.debriefPrompts.reverse();
      },
      'debriefPrompts[1].stage: prompts must run in Describe, Analyze, Transfer, Apply order',
    ],
    [
      'an unstable model',
      (s) => {
        s.params.reaction.washington.pyongyang = 0.9;
        s.params.reaction.pyongyang.washington = 0.9;
      },
      'params.reaction: the linear model is unstable',
    ],
    [
      'an unknown field',
      (s) => {
        s.moves.seoul[2].colour = 'red';
      },
      'moves.seoul[2]: Unrecognized key: "colour"',
    ],
    [
      'a talks objective beyond the last rung',
      (s) => {
        s.delegations[0].objectives[2].threshold = 20;
      },
      'delegations[0].objectives[2].threshold: a talks objective counts rungs',
    ],
    [
      'a wrong format version',
      (s) => {
        s.formatVersion = 2;
      },
      'formatVersion: must be 1',
    ],
  ];

  it.each(cases)('is refused for %s, naming the path and the reason', (_name, mutate, expected) => {
    const problems = problemsOf(broken(mutate));
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('lists every problem at once in the thrown error', () => {
    const json = broken((s) => {
      s.moves.seoul[3].goldstein = -11;
      s.initial.talks = 9;
    });
    expect(() => loadScenario(json)).toThrow(ScenarioError);
    try {
      loadScenario(json);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('moves.seoul[3].goldstein: must be between -10 and 10');
      expect(message).toContain('initial.talks: must be between 0 and 4');
      expect((error as ScenarioError).problems).toHaveLength(2);
    }
  });

  it('is refused when it is not a scenario at all', () => {
    expect(() => loadScenario(null)).toThrow(/Scenario "\(no id\)" is invalid/);
    expect(problemsOf([])).not.toHaveLength(0);
  });

  it('is accepted again once fixed: the shipped file has no problems', () => {
    expect(problemsOf(korea)).toEqual([]);
  });
});

describe('scenario text per language', () => {
  const json = JSON.parse(JSON.stringify(koreaFile)) as Record<string, unknown> & {
    translations: { ko: { moves: Record<string, Record<string, { why?: string }>>; news: Record<string, unknown> } };
  };

  it('loads the Korean scenario in English and Korean, every text translated', () => {
    const korea = loadScenario(json);
    expect(korea.languages).toEqual(['en', 'ko']);
    const ko = localizeScenario(korea, 'ko');
    expect(ko.delegations.map((d) => d.name)).toEqual(['워싱턴', '서울', '평양', '베이징', '모스크바']);
    expect(ko.moves.pyongyang?.find((m) => m.id === 'missileTest')?.label).toBe('미사일 시험');
    expect(ko.params).toBe(korea.params);
    expect(localizeScenario(korea, 'en')).toBe(korea);
  });

  it('refuses a file with a missing translation, naming the path', () => {
    const broken = JSON.parse(JSON.stringify(json)) as typeof json;
    delete broken.translations.ko.moves.washington!.jointDrills!.why;
    delete broken.translations.ko.news.floods;
    const problems = scenarioProblems(broken).map((p) => p.path);
    expect(problems).toContain('translations.ko.moves.washington.jointDrills.why');
    expect(problems).toContain('translations.ko.news.floods.headline');
    expect(() => loadScenario(broken)).toThrow(
      /translations\.ko\.moves\.washington\.jointDrills\.why: is missing a translation/,
    );
  });

  it('refuses a listed language with no translation at all, and a translation of a language not listed', () => {
    const unlisted = { ...json, languages: ['en'] };
    expect(scenarioProblems(unlisted).map((p) => p.path)).toContain('translations.ko');
    const { translations: _dropped, ...bare } = json;
    expect(scenarioProblems(bare).map((p) => p.path)).toContain('translations.ko');
  });

  it('reads a file that lists no languages as English only (the river fixture): nothing to translate, shown in English', () => {
    const river = loadScenario(riverJson);
    expect(river.languages).toBeUndefined();
    expect(localizeScenario(river, 'ko')).toBe(river);
  });
});
