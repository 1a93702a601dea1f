import type { BudgetRefusal } from './errors.js';
import { Reservation } from './reservation.js';
import { withFields } from './with-fields.js';

// How often a waiting call looks again when the money it waits for may be freed by
// another process (same-process settlements and releases wake it at once). The deadline is
// read from the budget's clock at each look.
const waitPollMs = 100;

/** One call in wait mode. */
interface Waiter {
  /** Ids of the budgets the call reserves on, leaf first. */
  readonly chain: readonly string[];
  /**
   * The exhausted budget whose line the call stands in, or `null` while it has not been
   * refused yet (it is trying, or waits for an earlier call's try): it then stands in front
   * of every later call that shares a budget with it.
   */
  blockedOn: string | null;
}

/** When a waiting call gives up, and how it reads the time. */
export interface WaitTerms {
  chain: readonly string[];
  /** When the call started waiting, on the budget's clock (shared by all its holds). */
  startedAt: number;
  /** When it gives up, on the budget's clock. */
  deadline: number;
  now: () => number;
  signal: AbortSignal | undefined;
}

/**
 * The lines of wait mode for one budget family: one line per exhausted budget, first in
 * first out. A call waits only behind earlier calls refused by a budget of its own chain,
 * so a full child never holds up its sibling.
 */
export class WaitLine {
  readonly #waiters = new Set<Waiter>();
  readonly #wakers = new Set<() => void>();

  /** Money may have been freed: every waiting call looks again. */
  wake(): void {
    if (this.#wakers.size === 0) return;
    const wakers = [...this.#wakers];
    this.#wakers.clear();
    for (const waker of wakers) waker();
  }

  /**
   * Tries `attempt` in turn until it admits, the deadline passes, or the refusal is not
   * one that waiting can cure (settled spend alone leaves no room). Resolves with the
   * reservation or the last refusal (with `waitedMs` once it has waited); rejects with the
   * signal's reason as soon as the signal aborts.
   */
  async admit(
    terms: WaitTerms,
    attempt: () => Promise<Reservation | BudgetRefusal>,
  ): Promise<Reservation | BudgetRefusal> {
    const waiter: Waiter = { chain: terms.chain, blockedOn: null };
    // A call whose wait ran out in an earlier hold of the same call (a shared start) has
    // waited, though this reserve will not sleep.
    const waitedBefore = terms.now() >= terms.deadline && terms.deadline > terms.startedAt;
    this.#waiters.add(waiter);
    try {
      for (let slept = waitedBefore; ; slept = true) {
        terms.signal?.throwIfAborted();
        const blocker = this.#blocker(waiter);
        // A call past its deadline tries once more before giving up, even out of turn.
        if (blocker === undefined || terms.now() >= terms.deadline) {
          waiter.blockedOn = null;
          const outcome = await attempt();
          if (outcome instanceof Reservation) return outcome;
          const now = terms.now();
          if (!outcome.heldOnly || now >= terms.deadline) {
            return slept ? withFields(outcome, { waitedMs: now - terms.startedAt }) : outcome;
          }
          waiter.blockedOn = outcome.budgetId;
        } else if (blocker.blockedOn !== null) {
          waiter.blockedOn = blocker.blockedOn;
        }
        await this.#sleep(Math.min(waitPollMs, terms.deadline - terms.now()), terms.signal);
      }
    } finally {
      this.#waiters.delete(waiter);
      this.wake();
    }
  }

  /** The first earlier call this one must let go first, if any. */
  #blocker(waiter: Waiter): Waiter | undefined {
    let blocker: Waiter | undefined;
    for (const earlier of this.#waiters) {
      if (earlier === waiter) break;
      const blocks =
        earlier.blockedOn === null
          ? earlier.chain.some((id) => waiter.chain.includes(id))
          : waiter.chain.includes(earlier.blockedOn);
      if (blocks) {
        blocker = earlier;
        break;
      }
    }
    return blocker;
  }

  #sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.#wakers.delete(done);
        signal?.removeEventListener('abort', abort);
        resolve();
      };
      const abort = () => {
        done();
        reject(signal?.reason);
      };
      const timer = setTimeout(done, Math.max(ms, 0));
      this.#wakers.add(done);
      signal?.addEventListener('abort', abort, { once: true });
    });
  }
}
