/**
 * Breadth-first batching for one request's DataLoaders. A wave of batches is dispatched only
 * when no batch of the previous wave is still running, and after the current macrotask, so
 * every resolver the previous results woke up has enqueued its keys. The number of statements
 * then depends on the query's shape (its depth and relations), never on how many rows a page
 * has or in which order the database answers. Batches of one wave still run concurrently.
 */
export class BatchWaves {
  private inflight = 0;
  private armed = false;
  private waiting: Array<() => void> = [];

  /** For DataLoader's `batchScheduleFn`. */
  readonly schedule = (dispatch: () => void): void => {
    this.waiting.push(dispatch);
    this.arm();
  };

  /** Wraps a batch's query so the next wave waits for it. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.inflight++;
    try {
      return await work();
    } finally {
      this.inflight--;
      this.arm();
    }
  }

  private arm(): void {
    if (this.armed || this.inflight > 0 || this.waiting.length === 0) return;
    this.armed = true;
    setImmediate(() => {
      this.armed = false;
      if (this.inflight > 0) return; // a batch started meanwhile: its completion re-arms
      const wave = this.waiting;
      this.waiting = [];
      for (const dispatch of wave) dispatch();
    });
  }
}
