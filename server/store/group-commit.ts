// Group commit for the PostgreSQL store: while a batch of appends is being committed, new appends queue, and the
// queue goes out as the next batch — one round trip and one WAL flush for many classrooms. Must not import pg.
import type { TranscriptEntry } from '../../shared/transcript/types.ts';

export interface AppendRequest {
  code: string;
  entries: TranscriptEntry[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Batches appends. A batch never holds two appends of one session, and a session with an append in flight waits
 * for it, so a session's appends are written in the order they were made and never race each other.
 */
export class GroupCommit {
  private queue: AppendRequest[] = [];
  private readonly busy = new Set<string>();
  private inFlight = 0;

  constructor(
    /** Writes a batch and settles every request in it (never rejects). */
    private readonly write: (batch: AppendRequest[]) => Promise<void>,
    private readonly maxInFlight = 2,
    private readonly maxBatch = 256,
  ) {}

  submit(code: string, entries: TranscriptEntry[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ code, entries, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight) {
      const batch = this.take();
      if (batch.length === 0) return;
      this.inFlight += 1;
      void this.write(batch).finally(() => {
        this.inFlight -= 1;
        for (const request of batch) this.busy.delete(request.code);
        this.pump();
      });
    }
  }

  /** The oldest queued append of each session not already in flight, in queue order. */
  private take(): AppendRequest[] {
    const batch: AppendRequest[] = [];
    const rest: AppendRequest[] = [];
    for (const request of this.queue) {
      if (batch.length < this.maxBatch && !this.busy.has(request.code)) {
        this.busy.add(request.code);
        batch.push(request);
      } else rest.push(request);
    }
    this.queue = rest;
    return batch;
  }
}
