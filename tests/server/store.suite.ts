// The one behaviour suite every TranscriptStore must pass; the SQLite and PostgreSQL test files run it.
// Must not import a particular store: it receives a harness that opens handles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/rules/setup.ts';
import type { Command } from '../../shared/rules/commands.ts';
import { TRANSCRIPT_VERSION, type TranscriptEntry } from '../../shared/transcript/types.ts';
import { DuplicateSessionError, SeqConflictError, UnknownSessionError } from '../../server/store/errors.ts';
import { hashSecret, newJoinCode, newSeatToken, newShareToken } from '../../server/store/secrets.ts';
import type { SessionRecord, TranscriptStore } from '../../server/store/types.ts';

export interface StoreHarness {
  /** Opens a new handle on the suite's database (every call: another handle on the same data). */
  open(opts?: { now?: () => number }): Promise<TranscriptStore>;
  /** Whether data survives close() and a new open(). */
  durable: boolean;
  /** Removes everything the suite created. */
  teardown(): Promise<void>;
}

/** A session record as the API would create it. */
export function sessionRecord(code: string, at = 1_700_000_000_000): SessionRecord {
  return {
    code,
    header: {
      transcriptVersion: TRANSCRIPT_VERSION,
      rulesVersion: 1,
      code,
      scenarioId: 'peninsula-2024',
      scenarioVersion: 1,
      seed: 123456789,
      settings: defaultSettings(),
      createdAt: at,
    },
    hostKeyHash: hashSecret('host-key-for-' + code),
    createdAt: at,
    updatedAt: at,
    ended: false,
    release: null,
  };
}

/** A team message from a seat: the commonest command in a session. */
export function chat(seq: number, text = `message ${seq}`, seatId = 's1'): TranscriptEntry {
  const command: Command = { type: 'sendTeamMessage', text, at: 1_700_000_000_000 + seq, by: { kind: 'seat', seatId } };
  return { seq, command };
}

const seqsOf = (entries: TranscriptEntry[]) => entries.map((e) => e.seq);

/** Registers the suite. `makeHarness` runs in beforeAll; `skip` skips it (with the reason printed by the caller). */
export function describeStoreSuite(name: string, makeHarness: () => Promise<StoreHarness>, skip = false): void {
  describe.skipIf(skip)(`transcript store: ${name}`, () => {
    let harness: StoreHarness;
    let store: TranscriptStore;
    let clock = 1_700_000_000_000;
    const now = () => clock;
    // Codes unique per run so a shared database never sees a collision between runs.
    const code = () => newJoinCode();

    beforeAll(async () => {
      harness = await makeHarness();
      store = await harness.open({ now });
    });
    afterAll(async () => {
      await store?.close();
      await harness?.teardown();
    });

    it('returns a created session exactly as stored, and null for an unknown code', async () => {
      const record = sessionRecord(code());
      await store.createSession(record);
      expect(await store.getSession(record.code)).toEqual(record);
      expect(await store.getSession('NOPE99')).toBeNull();
    });

    it('refuses a second session with a taken code', async () => {
      const record = sessionRecord(code());
      await store.createSession(record);
      await expect(store.createSession({ ...record, hostKeyHash: hashSecret('other') })).rejects.toBeInstanceOf(
        DuplicateSessionError,
      );
      expect((await store.getSession(record.code))?.hostKeyHash).toBe(record.hostKeyHash);
    });

    it('keeps appended commands in seq order, verbatim, across batches', async () => {
      const c = code();
      await store.createSession(sessionRecord(c));
      await store.append(c, [chat(1, 'hello "team" ✓'), chat(2)]);
      await store.append(c, [chat(3)]);
      await store.append(c, []);
      const entries = await store.readEntries(c);
      expect(entries).toEqual([chat(1, 'hello "team" ✓'), chat(2), chat(3)]);
    });

    it('reads only the entries after a given seq', async () => {
      const c = code();
      await store.createSession(sessionRecord(c));
      await store.append(c, [chat(1), chat(2), chat(3), chat(4)]);
      expect(seqsOf(await store.readEntries(c, 2))).toEqual([3, 4]);
      expect(await store.readEntries(c, 4)).toEqual([]);
      expect(await store.readEntries('NOPE99')).toEqual([]);
    });

    it('reads the same entries as one JSON text, from a seq on, for a worker to parse', async () => {
      const c = code();
      await store.createSession(sessionRecord(c));
      await store.append(c, [chat(1, 'hello "team" ✓\n'), chat(2), chat(3)]);
      expect(JSON.parse(await store.readEntriesJson(c))).toEqual(await store.readEntries(c));
      expect(JSON.parse(await store.readEntriesJson(c, 1))).toEqual([chat(2), chat(3)]);
      expect(await store.readEntriesJson(c, 3)).toBe('[]');
      expect(await store.readEntriesJson('NOPE99')).toBe('[]');
    });

    it('rejects a gap, a duplicate or a gapped batch, and writes nothing of it', async () => {
      const c = code();
      await store.createSession(sessionRecord(c));
      await expect(store.append(c, [chat(2)])).rejects.toBeInstanceOf(SeqConflictError);
      await store.append(c, [chat(1), chat(2), chat(3)]);
      await expect(store.append(c, [chat(5)])).rejects.toBeInstanceOf(SeqConflictError);
      await expect(store.append(c, [chat(3, 'applied twice?')])).rejects.toBeInstanceOf(SeqConflictError);
      await expect(store.append(c, [chat(4), chat(6)])).rejects.toBeInstanceOf(SeqConflictError);
      await expect(store.append(c, [chat(4), chat(4)])).rejects.toBeInstanceOf(SeqConflictError);
      expect(await store.readEntries(c)).toEqual([chat(1), chat(2), chat(3)]);
      await store.append(c, [chat(4)]);
      expect(seqsOf(await store.readEntries(c))).toEqual([1, 2, 3, 4]);
    });

    it('refuses to append to a session it does not hold', async () => {
      await expect(store.append('NOPE99', [chat(1)])).rejects.toBeInstanceOf(UnknownSessionError);
      expect(await store.readEntries('NOPE99')).toEqual([]);
    });

    it('records when a session last changed', async () => {
      const c = code();
      await store.createSession(sessionRecord(c, clock));
      clock += 60_000;
      await store.append(c, [chat(1)]);
      expect((await store.getSession(c))?.updatedAt).toBe(clock);
    });

    it('marks a session ended and back, leaving the others as they were', async () => {
      const live = code();
      const ended = code();
      await store.createSession(sessionRecord(live));
      await store.createSession(sessionRecord(ended));
      await store.markEnded(ended, true);
      expect((await store.getSession(ended))?.ended).toBe(true);
      expect((await store.getSession(live))?.ended).toBe(false);
      await store.markEnded(ended, false);
      expect((await store.getSession(ended))?.ended).toBe(false);
      await expect(store.markEnded('NOPE99', true)).rejects.toBeInstanceOf(UnknownSessionError);
    });

    it('stores the release choice and finds the session by its share token until it is withdrawn', async () => {
      const c = code();
      await store.createSession(sessionRecord(c));
      const release = { level: 'diplomatic' as const, pseudonyms: true, shareToken: newShareToken() };
      await store.setRelease(c, release);
      expect((await store.getSession(c))?.release).toEqual(release);
      expect((await store.findByShareToken(release.shareToken))?.code).toBe(c);
      expect(await store.findByShareToken(newShareToken())).toBeNull();
      await store.setRelease(c, null);
      expect((await store.getSession(c))?.release).toBeNull();
      expect(await store.findByShareToken(release.shareToken)).toBeNull();
    });

    it('finds a seat by its token hash within its own session only, and a new token replaces the old', async () => {
      const c = code();
      const other = code();
      await store.createSession(sessionRecord(c));
      await store.createSession(sessionRecord(other));
      const token = newSeatToken();
      await store.putSeatToken({ code: c, seatId: 'seat-1', tokenHash: hashSecret(token) });
      expect(await store.findSeatByToken(c, hashSecret(token))).toEqual({
        code: c,
        seatId: 'seat-1',
        tokenHash: hashSecret(token),
      });
      expect(await store.findSeatByToken(other, hashSecret(token))).toBeNull();
      expect(await store.findSeatByToken(c, hashSecret(newSeatToken()))).toBeNull();
      const rotated = newSeatToken();
      await store.putSeatToken({ code: c, seatId: 'seat-1', tokenHash: hashSecret(rotated) });
      expect((await store.findSeatByToken(c, hashSecret(rotated)))?.seatId).toBe('seat-1');
      expect(await store.findSeatByToken(c, hashSecret(token))).toBeNull();
    });

    it('keeps a scenario once under its hash, as given, for the header that names it; a session delete leaves it', async () => {
      const hash = `h-${code()}`;
      const content = JSON.stringify({ id: 'korea', version: 1, title: '한반도 \u2028 "quoted"' });
      expect(await store.getScenarioContent(hash)).toBeNull();
      await store.putScenario(hash, content);
      await store.putScenario(hash, content); // a second session playing the same scenario
      expect(await store.getScenarioContent(hash)).toBe(content);
      const c = code();
      await store.createSession({ ...sessionRecord(c), header: { ...sessionRecord(c).header, scenarioHash: hash } });
      expect((await store.getSession(c))?.header.scenarioHash).toBe(hash);
      await store.deleteSession(c);
      expect(await store.getScenarioContent(hash)).toBe(content);
    });

    it('deletes a session with its entries, seat tokens and share link, and nothing of another', async () => {
      const gone = code();
      const kept = code();
      const release = { level: 'public' as const, pseudonyms: false, shareToken: newShareToken() };
      const seatHash = hashSecret(newSeatToken());
      for (const c of [gone, kept]) {
        await store.createSession(sessionRecord(c));
        await store.append(c, [chat(1), chat(2)]);
        await store.putSeatToken({ code: c, seatId: 'seat-1', tokenHash: seatHash });
      }
      await store.setRelease(gone, release);
      await store.deleteSession(gone);
      expect(await store.getSession(gone)).toBeNull();
      expect(await store.readEntries(gone)).toEqual([]);
      expect(await store.findSeatByToken(gone, seatHash)).toBeNull();
      expect(await store.findByShareToken(release.shareToken)).toBeNull();
      expect(seqsOf(await store.readEntries(kept))).toEqual([1, 2]);
      expect(await store.findSeatByToken(kept, seatHash)).not.toBeNull();
      // The code is free again, and a new session under it starts from seq 1.
      await store.createSession(sessionRecord(gone));
      await store.append(gone, [chat(1)]);
      expect(seqsOf(await store.readEntries(gone))).toEqual([1]);
    });

    it('deletes sessions idle since before the cutoff, with all their data, and nothing else', async () => {
      const day = 86_400_000;
      const start = clock;
      const old = code();
      const oldButActive = code();
      const recent = code();
      await store.createSession(sessionRecord(old, start - 40 * day));
      await store.createSession(sessionRecord(oldButActive, start - 40 * day));
      await store.createSession(sessionRecord(recent, start - 2 * day));
      await store.append(old, [chat(1)]);
      await store.putSeatToken({ code: old, seatId: 'seat-1', tokenHash: hashSecret('t-' + old) });
      clock = start - 35 * day; // the old one's last activity
      await store.append(old, [chat(2)]);
      clock = start - 1 * day; // the other old one was played with yesterday
      await store.append(oldButActive, [chat(1)]);
      clock = start;
      const deleted = await store.deleteOlderThan(start - 30 * day);
      expect(deleted).toContain(old);
      expect(deleted).not.toContain(oldButActive);
      expect(deleted).not.toContain(recent);
      expect(await store.getSession(old)).toBeNull();
      expect(await store.readEntries(old)).toEqual([]);
      expect(await store.findSeatByToken(old, hashSecret('t-' + old))).toBeNull();
      expect(await store.getSession(oldButActive)).not.toBeNull();
      expect(seqsOf(await store.readEntries(oldButActive))).toEqual([1]);
      expect(await store.getSession(recent)).not.toBeNull();
      expect(await store.deleteOlderThan(start - 30 * day)).not.toContain(old);
    });

    it('keeps one gapless order when two handles append to one session at once', async () => {
      const c = code();
      await store.createSession(sessionRecord(c));
      const other = await harness.open();
      try {
        // Each writer appends its own numbered commands, reading the last seq and retrying on conflict,
        // as two server processes racing on one session would.
        const writer = async (handle: TranscriptStore, who: string, count: number) => {
          for (let i = 0; i < count; i++) {
            for (;;) {
              const last = (await handle.readEntries(c)).at(-1)?.seq ?? 0;
              try {
                await handle.append(c, [chat(last + 1, `${who}-${i}`, who)]);
                break;
              } catch (err) {
                if (!(err instanceof SeqConflictError)) throw err;
              }
            }
          }
        };
        await Promise.all([writer(store, 'a', 40), writer(other, 'b', 40)]);
        const entries = await store.readEntries(c);
        expect(seqsOf(entries)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
        const texts = (who: string) =>
          entries
            .map((e) => (e.command.type === 'sendTeamMessage' ? e.command.text : ''))
            .filter((t) => t.startsWith(who));
        expect(texts('a')).toEqual(Array.from({ length: 40 }, (_, i) => `a-${i}`));
        expect(texts('b')).toEqual(Array.from({ length: 40 }, (_, i) => `b-${i}`));
      } finally {
        await other.close();
      }
    });

    it('settles each of many sessions appending at once on its own: accepted, out of sequence or unknown', async () => {
      const codes = Array.from({ length: 24 }, () => code());
      for (const c of codes) await store.createSession(sessionRecord(c));
      const [ahead, gapped, ...rest] = codes as [string, string, ...string[]];
      await store.append(ahead, [chat(1)]);
      const outcome = (p: Promise<void>) =>
        p.then(
          () => 'ok',
          (err: unknown) => (err as Error).name,
        );
      // All in one tick, so a store that batches writes puts them in one batch.
      const results = await Promise.all([
        ...rest.map((c) => outcome(store.append(c, [chat(1, `first of ${c}`), chat(2, `second of ${c}`)]))),
        outcome(store.append(ahead, [chat(1, 'again')])),
        outcome(store.append(gapped, [chat(2)])),
        outcome(store.append('NOPE99', [chat(1)])),
      ]);
      expect(results).toEqual([...rest.map(() => 'ok'), 'SeqConflictError', 'SeqConflictError', 'UnknownSessionError']);
      for (const c of rest)
        expect(await store.readEntries(c)).toEqual([chat(1, `first of ${c}`), chat(2, `second of ${c}`)]);
      expect(await store.readEntries(ahead)).toEqual([chat(1)]);
      expect(await store.readEntries(gapped)).toEqual([]);
    });

    it('stores exactly the winner when two handles race for the same seq in many sessions', async () => {
      const codes = Array.from({ length: 16 }, () => code());
      for (const c of codes) await store.createSession(sessionRecord(c));
      const other = await harness.open();
      try {
        const race = (handle: TranscriptStore, who: string) =>
          Promise.all(
            codes.map((c) =>
              handle.append(c, [chat(1, who)]).then(
                () => true,
                (err: unknown) => {
                  if (!(err instanceof SeqConflictError)) throw err;
                  return false;
                },
              ),
            ),
          );
        const [a, b] = await Promise.all([race(store, 'a'), race(other, 'b')]);
        for (const [i, c] of codes.entries()) {
          expect(a[i] !== b[i]).toBe(true); // exactly one handle won each session
          expect(await store.readEntries(c)).toEqual([chat(1, a[i] ? 'a' : 'b')]);
        }
      } finally {
        await other.close();
      }
    });

    it('keeps everything across close and reopen', async (ctx) => {
      if (!harness.durable) ctx.skip();
      const c = code();
      const first = await harness.open();
      const release = { level: 'team' as const, pseudonyms: false, shareToken: newShareToken() };
      await first.createSession(sessionRecord(c));
      await first.append(c, [chat(1), chat(2)]);
      await first.setRelease(c, release);
      await first.putSeatToken({ code: c, seatId: 'seat-9', tokenHash: hashSecret('tok-' + c) });
      await first.close();
      const second = await harness.open();
      try {
        expect((await second.getSession(c))?.release).toEqual(release);
        expect(await second.readEntries(c)).toEqual([chat(1), chat(2)]);
        expect((await second.findSeatByToken(c, hashSecret('tok-' + c)))?.seatId).toBe('seat-9');
        await second.append(c, [chat(3)]);
        expect(seqsOf(await second.readEntries(c))).toEqual([1, 2, 3]);
      } finally {
        await second.close();
      }
    });
  });
}
