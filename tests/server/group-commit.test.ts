// The PostgreSQL store's group commit, on its own: many classrooms' appends share a batch, but one session's
// appends go out one at a time in the order they were made, an append is acknowledged only when its batch
// has written it, and at most two batches are in flight. The writer here records batches and settles them when
// the test says, so every interleaving is chosen, not raced.
import { describe, expect, it } from 'vitest';
import { GroupCommit, type AppendRequest } from '../../server/store/group-commit.ts';
import type { TranscriptEntry } from '../../shared/transcript/types.ts';

const entry = (seq: number): TranscriptEntry[] => [
  { seq, command: { type: 'skipPhase', by: { kind: 'host' }, at: seq } } as TranscriptEntry,
];

/** A writer whose batches wait until the test settles them. */
function heldWriter() {
  const batches: { requests: AppendRequest[]; settle(error?: unknown): void }[] = [];
  const write = (requests: AppendRequest[]) =>
    new Promise<void>((done) => {
      batches.push({
        requests,
        settle: (error?: unknown) => {
          for (const r of requests)
            if (error) r.reject(error);
            else r.resolve();
          done();
        },
      });
    });
  const shape = () => batches.map((b) => b.requests.map((r) => `${r.code}:${r.entries[0]!.seq}`));
  return { batches, write, shape };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('group commit', () => {
  it('batches different sessions, holds a session’s next append until its last is written, in order', async () => {
    const w = heldWriter();
    const gc = new GroupCommit(w.write, 2);
    const acked: string[] = [];
    const submit = (code: string, seq: number) => gc.submit(code, entry(seq)).then(() => acked.push(`${code}:${seq}`));
    // Two writes in flight fill both slots; what comes meanwhile queues.
    const all = [submit('X', 1), submit('Y', 1), submit('A', 1), submit('B', 1), submit('A', 2), submit('A', 3)];
    all.push(submit('C', 1));
    await flush();
    expect(w.shape()).toEqual([['X:1'], ['Y:1']]);
    w.batches[0]!.settle();
    await flush();
    // The next batch takes one append per session; A's second waits (it may not race the first).
    expect(w.shape().slice(2)).toEqual([['A:1', 'B:1', 'C:1']]);
    expect(acked).toEqual(['X:1']);
    w.batches[1]!.settle();
    await flush();
    expect(w.shape()).toHaveLength(3);
    // Another session's append goes out beside A's batch in flight, but not A's second.
    all.push(submit('D', 1));
    await flush();
    expect(w.shape().slice(3)).toEqual([['D:1']]);
    w.batches[2]!.settle();
    await flush();
    expect(acked).toEqual(['X:1', 'Y:1', 'A:1', 'B:1', 'C:1']);
    expect(w.shape().slice(4)).toEqual([['A:2']]);
    w.batches[3]!.settle();
    w.batches[4]!.settle();
    await flush();
    expect(w.shape().slice(5)).toEqual([['A:3']]);
    w.batches[5]!.settle();
    await Promise.all(all);
    expect(acked.filter((a) => a.startsWith('A'))).toEqual(['A:1', 'A:2', 'A:3']);
  });

  it('keeps at most two batches in flight; the queue goes out when one settles', async () => {
    const w = heldWriter();
    const gc = new GroupCommit(w.write, 2);
    void gc.submit('A', entry(1));
    await flush();
    void gc.submit('B', entry(1));
    await flush();
    void gc.submit('C', entry(1));
    void gc.submit('D', entry(1));
    await flush();
    expect(w.shape()).toEqual([['A:1'], ['B:1']]);
    w.batches[0]!.settle();
    await flush();
    expect(w.shape()).toEqual([['A:1'], ['B:1'], ['C:1', 'D:1']]);
    w.batches[1]!.settle();
    w.batches[2]!.settle();
  });

  it('a failed batch refuses its appends, and the session’s next append is still written after it', async () => {
    const w = heldWriter();
    const gc = new GroupCommit(w.write, 2);
    const first = gc.submit('A', entry(1));
    const second = gc.submit('A', entry(2));
    await flush();
    w.batches[0]!.settle(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await flush();
    expect(w.shape()).toEqual([['A:1'], ['A:2']]);
    w.batches[1]!.settle();
    await expect(second).resolves.toBeUndefined();
  });

  it('caps a batch and sends the rest next', async () => {
    const w = heldWriter();
    const gc = new GroupCommit(w.write, 1, 2);
    for (const code of ['A', 'B', 'C', 'D']) void gc.submit(code, entry(1));
    await flush();
    expect(w.shape()).toEqual([['A:1']]);
    w.batches[0]!.settle();
    await flush();
    expect(w.shape()).toEqual([['A:1'], ['B:1', 'C:1']]);
    w.batches[1]!.settle();
    await flush();
    expect(w.shape()).toEqual([['A:1'], ['B:1', 'C:1'], ['D:1']]);
    w.batches[2]!.settle();
  });
});
