import type PQueue from 'p-queue';

/**
 * A p-queue made on first use. p-queue (with its event emitter) costs more to import than
 * the rest of core, and only wait mode and `maxConcurrency` need it, both on async paths.
 */
export class LazyQueue {
  readonly #concurrency: number;
  #queue: Promise<PQueue> | undefined;

  constructor(concurrency: number) {
    this.#concurrency = concurrency;
  }

  /**
   * Runs `task` when a slot is free, in the order tasks were added. A `signal` that aborts
   * before the task starts takes it out of the line and rejects with its reason.
   */
  async add<T>(task: () => Promise<T>, options: { signal?: AbortSignal } = {}): Promise<T> {
    this.#queue ??= import('p-queue').then(
      ({ default: Queue }) => new Queue({ concurrency: this.#concurrency }),
    );
    const queue = await this.#queue;
    return queue.add(task, options) as Promise<T>;
  }
}
