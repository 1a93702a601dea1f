import { codeOf, type LostSettlement, SettlementLostError } from './errors.js';

const retryMinMs = 50;
const retryMaxMs = 30_000;
// Lost commands wait here for the next `flush()`; a process that never flushes keeps only
// the most recent ones (each was also reported by a `settlement-lost` event).
const lostKept = 1000;

/** A settlement or release that could not reach the store, as `flush()` reports it. */
export type PendingCommand = Omit<LostSettlement, 'attempts' | 'error'>;

/** How to retry one command until it lands or its deadline passes. */
export interface RetryPlan {
  command: PendingCommand;
  /** Sends the command to the store once. */
  run: () => Promise<unknown>;
  /** Reads the budget's clock (ms since epoch). */
  now: () => number;
  /** When, on that clock, the command is given up. */
  deadline: number;
  /**
   * When, on that clock, the command stops mattering: a release once its hold has expired
   * in the store anyway. A retry failing after it ends quietly, neither landed nor lost.
   */
  mootAt?: number;
  /** Attempts already made (0 when the command has not been tried yet). */
  attempts: number;
  /** A retry failed with a transient error and will be tried again. */
  onRetry: (attempt: number, error: unknown) => void;
  /** The command was given up. */
  onLost: (lost: LostSettlement) => void;
}

/**
 * The store commands of a budget family not landed yet: first attempts still awaiting an
 * asynchronous store's answer (`track`), and commands kept in memory because the store
 * could not take them (`retry`), each retried with exponential backoff until it lands,
 * until a retry fails for a reason retrying cannot fix (anything but `STORE_UNAVAILABLE`),
 * or until its deadline. `flush()` waits for all of them, keeping Node alive meanwhile.
 */
export class PendingSettlements {
  readonly #landing = new Set<Promise<void>>();
  #lost: LostSettlement[] = [];
  #lostCount = 0;
  /**
   * The commands refused for good and reported, by `lostKey`: the same command tried again
   * by hand (a settle retried on a closed store) fails the same way and is not reported twice.
   * Past `lostKept` keys the oldest are forgotten.
   */
  readonly #reported = new Set<string>();

  /** Retries `plan.command` in the background. */
  retry(plan: RetryPlan): void {
    const landing = this.#land(plan);
    this.#landing.add(landing);
    void landing.finally(() => this.#landing.delete(landing));
  }

  /**
   * Counts a first attempt whose answer is still on its way (an asynchronous store) as
   * pending until it settles either way: `flush()` then waits for it, and for the retry
   * its failure may start (registered before `ending` settles). Never called for a store
   * that answers at once, so the memory store's hot path pays nothing.
   */
  track(ending: PromiseLike<unknown>): void {
    const answered = (): void => {
      this.#landing.delete(landed);
    };
    const landed = Promise.resolve(ending).then(answered, answered);
    this.#landing.add(landed);
  }

  /**
   * Resolves once every pending command has landed: first attempts in flight and retries. Rejects with `SettlementLostError`
   * listing those given up since the last `flush()` (each is reported once).
   */
  async flush(): Promise<void> {
    if (this.#landing.size > 0) {
      // The retries' timers are unref'd so a process that never flushes can exit; one who
      // awaits flush() (a top-level await in a script) must not see Node exit under it.
      const keepAlive = setInterval(() => undefined, 1 << 30);
      try {
        while (this.#landing.size > 0) await Promise.all([...this.#landing]);
      } finally {
        clearInterval(keepAlive);
      }
    }
    if (this.#lostCount === 0) return;
    const lost = this.#lost;
    const total = this.#lostCount;
    this.#lost = [];
    this.#lostCount = 0;
    throw new SettlementLostError(lost, total);
  }

  async #land(plan: RetryPlan): Promise<void> {
    for (let attempts = plan.attempts; ; ) {
      await delay(Math.min(retryMinMs * 2 ** Math.max(attempts - 1, 0), retryMaxMs));
      attempts += 1;
      try {
        await plan.run();
        return;
      } catch (error) {
        const now = plan.now();
        if (plan.mootAt !== undefined && now >= plan.mootAt) return;
        if (codeOf(error) !== 'STORE_UNAVAILABLE' || now >= plan.deadline) {
          this.#lose({ ...plan.command, attempts, error }, plan);
          return;
        }
        plan.onRetry(attempts, error);
      }
    }
  }

  #lose(lost: LostSettlement, plan: RetryPlan): void {
    // A retry given up is reported however often the same command was lost before: each
    // retry was the caller's settle reaching the store, kept and tried again.
    this.#keep(lost);
    plan.onLost(lost);
  }

  /**
   * Keeps a command that can never land (the store refused it for good, never retried) for
   * the next `flush()` to report, as a retry given up is. False, and nothing kept, when the
   * same command (kind, budget, reservation and amount) was reported already.
   */
  lose(lost: LostSettlement): boolean {
    const key = lostKey(lost);
    if (this.#reported.has(key)) return false;
    this.#reported.add(key);
    if (this.#reported.size > lostKept) {
      const oldest = this.#reported.values().next().value as string;
      this.#reported.delete(oldest);
    }
    this.#keep(lost);
    return true;
  }

  #keep(lost: LostSettlement): void {
    this.#lost.push(lost);
    if (this.#lost.length > lostKept) this.#lost.shift();
    this.#lostCount += 1;
  }
}

/** What makes two lost commands the same: one settle or release of one reservation, one amount. */
function lostKey(lost: LostSettlement): string {
  return `${lost.kind} ${lost.budgetId} ${lost.reservationId} ${lost.actualUsd}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    // Unref'd: a retry loop alone does not keep the process alive; `flush()` does.
    setTimeout(resolve, ms).unref();
  });
}
