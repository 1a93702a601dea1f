/** A command waiting in a `TickBatcher`, with the promise its caller awaits. */
export interface PendingCommand<Work, Result> {
  /** The command as the store queued it. */
  readonly work: Work;
  /** Settles the caller's promise with the command's answer. */
  resolve(result: Result): void;
  /** Settles the caller's promise with the command's failure. */
  reject(error: unknown): void;
}

/** How a `TickBatcher` groups commands and hands them to its store. */
export interface TickBatcherOptions<Work, Result> {
  /**
   * Most commands in one batch: a group that reaches it is sent at once and a new one
   * started, so a long burst goes as several batches that can overlap.
   */
  maxBatch: number;
  /**
   * Sends one group, issued in the same tick under the same key, in order. It must settle
   * every command's promise, whatever happens (a failure of the whole batch rejects each).
   * A group of one is a command on its own.
   */
  send(batch: PendingCommand<Work, Result>[], key: string): void;
}

/**
 * Groups the commands a store is given in one tick (many calls in flight in one process)
 * so they reach the backend together: one transaction or one script per group instead of
 * one per command. Commands are grouped by key (a Redis tree; one key for a SQLite file)
 * and sent in the order they were issued, after every job of the current tick has run.
 * One call at a time, every group holds one command and nothing waits longer than a tick.
 */
export class TickBatcher<Work, Result> {
  readonly #maxBatch: number;
  readonly #send: (batch: PendingCommand<Work, Result>[], key: string) => void;
  #groups = new Map<string, PendingCommand<Work, Result>[]>();
  #scheduled = false;
  #tickClaimed = false;

  constructor(options: TickBatcherOptions<Work, Result>) {
    this.#maxBatch = Math.max(1, Math.floor(options.maxBatch));
    this.#send = options.send;
  }

  /**
   * `true` for the first command of a tick, which a store may run at once, alone (one call
   * at a time then never waits); `false` once a command of this tick has claimed that, so
   * the next ones `enqueue` and go together at the end of the tick.
   */
  claimTick(): boolean {
    if (this.#tickClaimed) return false;
    this.#tickClaimed = true;
    this.#schedule();
    return true;
  }

  /** Queues `work` under `key`; resolves with what `send` answers for it. */
  enqueue(work: Work, key = ''): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const pending: PendingCommand<Work, Result> = { work, resolve, reject };
      let group = this.#groups.get(key);
      if (group === undefined) {
        group = [];
        this.#groups.set(key, group);
        this.#schedule();
      }
      group.push(pending);
      if (group.length < this.#maxBatch) return;
      this.#groups.delete(key);
      this.#dispatch(group, key);
    });
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // A tick callback runs once the current job and the promise jobs it queued are done,
    // so a burst of calls issued together lands in one group.
    process.nextTick(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    this.#tickClaimed = false;
    const groups = this.#groups;
    this.#groups = new Map();
    for (const [key, group] of groups) this.#dispatch(group, key);
  }

  /** Hands a group to `send`; if `send` itself throws, every command of the group fails with it. */
  #dispatch(group: PendingCommand<Work, Result>[], key: string): void {
    try {
      this.#send(group, key);
    } catch (error) {
      for (const pending of group) pending.reject(error);
    }
  }
}
