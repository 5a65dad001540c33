// Retention: sessions idle longer than the configured days are deleted entirely; nothing else is touched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETENTION_DAYS, startRetention, sweepRetention } from '../../server/retention.ts';
import { hashSecret } from '../../server/store/secrets.ts';
import { SqliteStore } from '../../server/store/sqlite.ts';
import type { TranscriptStore } from '../../server/store/types.ts';
import { markedSession } from '../shared/transcript/review-helpers.ts';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;

/** A store whose clock we set, holding sessions last touched `ageDays` ago, each with entries and a seat token. */
async function storeWith(ages: Record<string, number>): Promise<TranscriptStore> {
  let clock = 0;
  const store = new SqliteStore({ filename: ':memory:', now: () => clock });
  await store.init();
  const { header, entries } = markedSession();
  for (const [code, ageDays] of Object.entries(ages)) {
    clock = NOW - ageDays * DAY;
    await store.createSession({
      code,
      header: { ...header, code },
      hostKeyHash: hashSecret(`key-${code}`),
      createdAt: clock,
      updatedAt: clock,
      ended: true,
      release: { level: 'public', pseudonyms: true, shareToken: `share-token-of-${code}` },
    });
    await store.append(code, entries);
    await store.putSeatToken({ code, seatId: 'north1', tokenHash: hashSecret(`seat-${code}`) });
  }
  return store;
}

let stores: TranscriptStore[] = [];
afterEach(async () => {
  await Promise.all(stores.map((s) => s.close()));
  stores = [];
});

describe('retention', () => {
  it('deletes sessions idle longer than the limit, with their transcript, share link and seat tokens', async () => {
    const store = await storeWith({ OLDAAA: 45, OLDEER: 31, EDGEEE: 29.9, NEWWWW: 1 });
    stores.push(store);
    const deleted = await sweepRetention(store, 30, NOW);
    expect(deleted.sort()).toEqual(['OLDAAA', 'OLDEER']);
    for (const code of ['OLDAAA', 'OLDEER']) {
      expect(await store.getSession(code)).toBeNull();
      expect(await store.readEntries(code)).toEqual([]);
      expect(await store.findByShareToken(`share-token-of-${code}`)).toBeNull();
      expect(await store.findSeatByToken(code, hashSecret(`seat-${code}`))).toBeNull();
    }
    for (const code of ['EDGEEE', 'NEWWWW']) {
      expect((await store.getSession(code))?.code).toBe(code);
      expect((await store.readEntries(code)).length).toBe(markedSession().entries.length);
      expect((await store.findByShareToken(`share-token-of-${code}`))?.code).toBe(code);
      expect(await store.findSeatByToken(code, hashSecret(`seat-${code}`))).not.toBeNull();
    }
  });

  it('runs at start and on its interval, and stops when told', async () => {
    const store = await storeWith({ AAAAAA: 10, CCCCCC: 3 });
    stores.push(store);
    let now = NOW;
    const deleted: string[][] = [];
    const stop = startRetention(store, {
      days: 7,
      intervalMs: 20,
      now: () => now,
      onDeleted: (codes) => deleted.push(codes),
    });
    await vi.waitFor(() => expect(deleted).toEqual([['AAAAAA']]));
    now = NOW + 5 * DAY;
    await vi.waitFor(() => expect(deleted).toEqual([['AAAAAA'], ['CCCCCC']]));
    stop();
    expect(await store.getSession('CCCCCC')).toBeNull();
  });

  it('defaults to 30 days and refuses nonsense rather than deleting everything', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(30);
    const store = await storeWith({ AAAAAA: 1 });
    stores.push(store);
    await expect(sweepRetention(store, 0, NOW)).rejects.toThrow(/positive/);
    await expect(sweepRetention(store, Number.NaN, NOW)).rejects.toThrow(/positive/);
    expect(await store.getSession('AAAAAA')).not.toBeNull();
  });
});
