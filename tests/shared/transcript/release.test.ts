// Release levels: a shared review shows exactly what the teacher chose and nothing more.
import { describe, expect, it } from 'vitest';
import { buildReview } from '../../../shared/transcript/debrief.ts';
import { pseudonymsFor, releaseReview, RELEASE_LEVELS, visibleAt } from '../../../shared/transcript/release.ts';
import type { ReleaseLevel } from '../../../shared/transcript/review-types.ts';
import { MARK, markedSession, tinyScenario } from './review-helpers.ts';

const host = buildReview(tinyScenario, markedSession());

/** What each level must show (true) and must not (false), by marker. */
const TABLE: Record<ReleaseLevel, Record<keyof typeof MARK, boolean>> = {
  public: {
    public: true,
    diplomatic: false,
    team: false,
    plan: false,
    reflection: false,
    brief: false,
    nickname: true,
    oldName: false,
  },
  diplomatic: {
    public: true,
    diplomatic: true,
    team: false,
    plan: false,
    reflection: false,
    brief: false,
    nickname: true,
    oldName: false,
  },
  team: {
    public: true,
    diplomatic: true,
    team: true,
    plan: true,
    reflection: false,
    brief: false,
    nickname: true,
    oldName: false,
  },
};

describe('release levels', () => {
  it('the host model holds every marker (so the table below can fail)', () => {
    const all = JSON.stringify(host);
    for (const key of ['public', 'diplomatic', 'team', 'plan', 'reflection', 'brief', 'nickname'] as const)
      expect(all).toContain(MARK[key]);
  });

  for (const level of RELEASE_LEVELS) {
    it(`"${level}" shows exactly its channels`, () => {
      const shared = JSON.stringify(releaseReview(host, { level, pseudonyms: false }));
      for (const [key, shown] of Object.entries(TABLE[level])) {
        expect({ key, shown: shared.includes(MARK[key as keyof typeof MARK]) }).toEqual({ key, shown });
      }
    });

    it(`"${level}" with pseudonyms names nobody`, () => {
      const released = releaseReview(host, { level, pseudonyms: true });
      expect(JSON.stringify(released)).not.toContain(MARK.nickname);
      expect(released.people.map((p) => p.name)).toEqual([
        'North delegate 1',
        'North delegate 2',
        'South delegate 1',
        'South delegate 2',
        'East delegate 1',
        'East delegate 2',
      ]);
    });

    it(`"${level}" never carries the per-student tally or the join code`, () => {
      const released = releaseReview(host, { level, pseudonyms: false });
      expect(released.participation).toBeNull();
      expect(released.code).toBe('');
      expect(JSON.stringify(released)).not.toContain('"participation":[');
    });
  }

  it('levels nest: each shows a subset of the next, and the host sees the most', () => {
    // Ids and seqs are numbered within each release (no global seq), so compare the items themselves.
    const ids = (level: ReleaseLevel) =>
      new Set(
        releaseReview(host, { level, pseudonyms: false }).timeline.map((i) =>
          JSON.stringify({ ...i, id: undefined, seq: undefined }),
        ),
      );
    const [pub, dip, team] = [ids('public'), ids('diplomatic'), ids('team')];
    expect([...pub].every((id) => dip.has(id))).toBe(true);
    expect([...dip].every((id) => team.has(id))).toBe(true);
    expect(pub.size).toBeLessThan(dip.size);
    expect(dip.size).toBeLessThan(team.size);
    expect(team.size).toBeLessThanOrEqual(host.timeline.length);
  });

  it('reflections and private briefs are each their own opt-in, at level "team" only', () => {
    const shows = (choice: Parameters<typeof releaseReview>[1]) => {
      const text = JSON.stringify(releaseReview(host, choice));
      return { reflection: text.includes(MARK.reflection), brief: text.includes(MARK.brief) };
    };
    expect(shows({ level: 'team', pseudonyms: false })).toEqual({ reflection: false, brief: false });
    expect(shows({ level: 'team', pseudonyms: false, reflections: true })).toEqual({ reflection: true, brief: false });
    expect(shows({ level: 'team', pseudonyms: false, briefs: true })).toEqual({ reflection: false, brief: true });
    expect(shows({ level: 'diplomatic', pseudonyms: false, reflections: true, briefs: true })).toEqual({
      reflection: false,
      brief: false,
    });
  });

  it('a pseudonymized release carries no seat id the students saw during play', () => {
    const live = host.people.map((p) => p.seatId);
    expect(live.length).toBeGreaterThan(0);
    for (const level of RELEASE_LEVELS) {
      const released = releaseReview(host, { level, pseudonyms: true, reflections: true, briefs: true });
      const text = JSON.stringify(released);
      for (const id of live) expect(text).not.toContain(`"${id}"`);
      expect(released.people.map((p) => p.seatId)).toEqual(live.map((_, i) => `student-${i + 1}`));
    }
    // Without pseudonyms the names are real anyway, and the ids stay as they were.
    expect(releaseReview(host, { level: 'team', pseudonyms: false }).people.map((p) => p.seatId)).toEqual(live);
  });

  it('a pseudonymized release still says who wrote each line and pledge, and leaves news, phases and moves unsigned', () => {
    // A pledge whose statement the review could not find (an older review) has no author to rename.
    const unsigned = { ...host.commitments[0]!, id: 'unsigned', seatId: null };
    const withUnsigned = { ...host, commitments: [...host.commitments, unsigned] };
    const released = releaseReview(withUnsigned, { level: 'team', pseudonyms: true });
    const nameOf = (id: string | null) => released.people.find((p) => p.seatId === id)?.name ?? null;
    expect(
      released.timeline.filter((i) => i.kind === 'message' && i.channel === 'public').map((i) => nameOf(i.seatId)),
    ).toEqual(['North delegate 1', 'South delegate 1', 'East delegate 1']);
    expect(released.commitments.map((c) => [c.text, nameOf(c.seatId)])).toEqual([
      [`${MARK.public} of north`, 'North delegate 1'],
      [`${MARK.public} of south`, 'South delegate 1'],
      [`${MARK.public} of east`, 'East delegate 1'],
      [`${MARK.public} of north`, null],
    ]);
    expect(released.commitments[3]?.seatId).toBeNull();
    const nobody = released.timeline.filter((i) => ['phase', 'move', 'meter'].includes(i.kind));
    expect(nobody.length).toBeGreaterThan(0);
    expect(nobody.map((i) => i.seatId)).toEqual(nobody.map(() => null));
  });

  it('below "team" the chart and the offers show no covert move that was never revealed; public ones stay', () => {
    const covert = {
      ...host.markers[0]!,
      delegation: 'east',
      label: 'COVERT-MARK',
      covert: true,
      scope: 'team' as const,
    };
    const answered = { ...host.offers[0]!, label: 'COVERT-OFFER', scope: 'team' as const };
    const withCovert = { ...host, markers: [...host.markers, covert], offers: [...host.offers, answered] };
    for (const level of RELEASE_LEVELS) {
      const released = releaseReview(withCovert, { level, pseudonyms: false });
      const secret = level === 'team' ? 1 : 0;
      expect({ level, marks: released.markers.length, offers: released.offers.length }).toEqual({
        level,
        marks: host.markers.length + secret,
        offers: host.offers.length + secret,
      });
      expect(JSON.stringify(released).includes('COVERT-')).toBe(level === 'team');
      // Pledges are public: every level shows each one, kept or broken, with its words.
      expect(released.commitments.map((c) => [c.text, c.status])).toEqual(
        host.commitments.map((c) => [c.text, c.status]),
      );
    }
  });

  it('the released chart keeps every round’s meters, and each move sits on its round’s closing point', () => {
    for (const level of RELEASE_LEVELS) {
      const released = releaseReview(host, { level, pseudonyms: false });
      expect(released.series.map((p) => [p.round, p.tension])).toEqual(host.series.map((p) => [p.round, p.tension]));
      expect(released.series[0]?.seq).toBe(0);
      // Seqs are positions among the moments this release shows: round 1 closed at the moment its moves were shown.
      const closing = released.series[1]!.seq;
      expect(released.timeline.filter((i) => i.seq === closing).map((i) => i.kind)).toContain('move');
      expect(released.markers.length).toBeGreaterThan(0);
      expect(released.markers.map((m) => m.seq)).toEqual(released.markers.map(() => closing));
    }
  });

  it('only the host level sees host-scoped things', () => {
    for (const level of RELEASE_LEVELS) expect(visibleAt(level, 'host')).toBe(false);
  });

  it('pseudonyms number students by join order within each delegation', () => {
    const names = pseudonymsFor(
      [
        { seatId: 'x', name: 'X', delegation: 'seoul', removed: false },
        { seatId: 'y', name: 'Y', delegation: 'beijing', removed: false },
        { seatId: 'z', name: 'Z', delegation: 'seoul', removed: true },
      ],
      (id) => id[0]!.toUpperCase() + id.slice(1),
    );
    expect([...names.values()]).toEqual(['Seoul delegate 1', 'Beijing delegate 1', 'Seoul delegate 2']);
  });
});
