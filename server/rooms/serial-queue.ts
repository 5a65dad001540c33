// Runs async jobs one at a time, in submission order: the room's single writer, so seq order holds.
// Must not import Colyseus or the store; it knows nothing about commands.

/** A FIFO of async jobs; a failing job never blocks the ones behind it. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Jobs waiting or running (for diagnostics and the benchmark). */
  get size(): number {
    return this.pending;
  }

  run<T>(job: () => Promise<T> | T): Promise<T> {
    this.pending++;
    const result = this.tail.then(job);
    this.tail = result.then(
      () => this.pending--,
      () => this.pending--,
    );
    return result;
  }
}
