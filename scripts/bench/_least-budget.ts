/**
 * A reference budget for the guarantee-keeping prototype (scripts/bench/_guarded-prototype.ts):
 * the least a budget can do that still keeps what a Tollgate budget guarantees a call, written
 * flat in one file. It answers whether the cost between the prototype on a Tollgate budget and
 * on the least ledger is the price of those guarantees or of the budget's design.
 *
 * Kept: a chain of budgets (a hold is admitted on every link or on none, and settles on every
 * link); a window per link (spend resets when the window rolls, checked at each reserve and
 * settle); shadow mode (admitted past the limit, reported); a closed link refuses; a hold's
 * time-to-live (expired holds are released at the next reserve after the earliest deadline);
 * thresholds and the limit crossed reported once per window; events built only when someone
 * listens; exact money (integer pico-dollars as bigints, decimal strings in the ledger and the
 * status); a bounded ledger of entries; status in O(1); a settle or release of an ended hold
 * changes nothing. Left out: a store contract (other processes), adjustments, wait mode.
 */
import type { Charge } from '@tollgate/core/adapter';
import type { PrototypeLedger } from './_guarded-prototype.ts';

/** One budget of the chain. */
export interface LeastLink {
  id: string;
  limitUsd: string;
  /** A calendar-free window in ms (a day is 86,400,000); none: spend never resets. */
  windowMs?: number;
  /** False: shadow mode, admitted past the limit and reported. @default true */
  enforce?: boolean;
  /** Shares of the limit reported once per window when spend crosses them. @default [] */
  thresholds?: number[];
}

interface Link {
  readonly id: string;
  readonly limit: bigint;
  readonly windowMs: number | undefined;
  readonly enforce: boolean;
  /** The thresholds as pico-dollar amounts, ascending, the limit last. */
  readonly marks: bigint[];
  windowStart: number;
  spent: bigint;
  reserved: bigint;
  calls: number;
  closed: boolean;
  /** How many of `marks` this window has crossed. */
  crossed: number;
}

interface Hold {
  readonly id: string;
  readonly amount: bigint;
  readonly amountUsd: string;
  readonly expiresAt: number;
}

type Listener = (event: { type: string; [key: string]: unknown }) => void;

const picoPerUsd = 1_000_000_000_000n;

/** A decimal string of USD in pico-dollars: a hold rounds up past 12 decimals, a charge down. */
function toPico(usd: string, up: boolean): bigint {
  const point = usd.indexOf('.');
  if (point === -1) return BigInt(usd) * picoPerUsd;
  const fraction = usd.slice(point + 1);
  const kept = BigInt(fraction.slice(0, 12).padEnd(12, '0'));
  const beyond = up && fraction.length > 12 && /[1-9]/.test(fraction.slice(12)) ? 1n : 0n;
  return BigInt(usd.slice(0, point) || '0') * picoPerUsd + kept + beyond;
}

function toUsd(pico: bigint): string {
  const whole = pico / picoPerUsd;
  const fraction = (pico % picoPerUsd).toString().padStart(12, '0').replace(/0+$/, '');
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`;
}

/** A least budget over `chain` (the call's own budget first, then its parents). */
export class LeastBudget implements PrototypeLedger {
  readonly #links: Link[];
  readonly #holds = new Map<string, Hold>();
  readonly #ledger: object[] = [];
  readonly #listeners = new Set<Listener>();
  readonly #ttlMs: number;
  #counter = 0;
  #earliestDeadline = Number.POSITIVE_INFINITY;

  constructor(chain: LeastLink[], ttlMs = 600_000) {
    const now = Date.now();
    this.#ttlMs = ttlMs;
    this.#links = chain.map((link) => {
      const limit = toPico(link.limitUsd, false);
      const shares = [...(link.thresholds ?? [])].sort((a, b) => a - b);
      const marks = shares.map((share) => (limit * BigInt(Math.round(share * 1e6))) / 1_000_000n);
      return {
        id: link.id,
        limit,
        windowMs: link.windowMs,
        enforce: link.enforce ?? true,
        marks: [...marks, limit],
        windowStart: now,
        spent: 0n,
        reserved: 0n,
        calls: 0,
        closed: false,
        crossed: 0,
      };
    });
  }

  on(listener: Listener): void {
    this.#listeners.add(listener);
  }

  close(id: string): void {
    for (const link of this.#links) if (link.id === id) link.closed = true;
  }

  hold(amountUsd: string, model: string) {
    const now = Date.now();
    if (now >= this.#earliestDeadline) this.#expire(now);
    const amount = toPico(amountUsd, true);
    for (const link of this.#links) {
      this.#roll(link, now);
      if (link.closed) throw new Error(`budget ${link.id} is closed`);
      if (link.spent + link.reserved + amount <= link.limit) continue;
      if (link.enforce) {
        this.#emit({ type: 'refused', budgetId: link.id, requestedUsd: amountUsd, model });
        throw new Error(`refused by ${link.id}: ${amountUsd} USD`);
      }
      this.#emit({ type: 'refused', budgetId: link.id, enforced: false, requestedUsd: amountUsd });
    }
    for (const link of this.#links) link.reserved += amount;
    this.#counter += 1;
    const hold: Hold = {
      id: `least-budget.${this.#counter.toString(36)}`,
      amount,
      amountUsd,
      expiresAt: now + this.#ttlMs,
    };
    this.#holds.set(hold.id, hold);
    if (hold.expiresAt < this.#earliestDeadline) this.#earliestDeadline = hold.expiresAt;
    if (this.#listeners.size > 0)
      this.#emit({ type: 'reserved', reservationId: hold.id, amountUsd });
    return {
      expiresAt: hold.expiresAt,
      hold: {
        settle: (charge: Charge) => Promise.resolve(this.#settle(hold, charge)),
        release: () => Promise.resolve(this.#release(hold)),
      },
    };
  }

  status(index = 0) {
    const link = this.#links[index] as Link;
    const left = link.limit - link.spent - link.reserved;
    return {
      id: link.id,
      limitUsd: toUsd(link.limit),
      spentUsd: toUsd(link.spent),
      reservedUsd: toUsd(link.reserved),
      remainingUsd: toUsd(left > 0n ? left : 0n),
      calls: link.calls,
      exceeded: link.spent > link.limit,
    };
  }

  get ledgerLength(): number {
    return this.#ledger.length;
  }

  #settle(hold: Hold, charge: Charge): object | undefined {
    if (!this.#holds.delete(hold.id)) return undefined;
    const now = Date.now();
    const cost = toPico(charge.costUsd, false);
    for (const link of this.#links) {
      link.reserved -= hold.amount;
      this.#roll(link, now);
      link.spent += cost;
      link.calls += 1;
      this.#crossings(link);
    }
    const entry = {
      id: hold.id,
      budgetId: (this.#links[0] as Link).id,
      reservedUsd: hold.amountUsd,
      costUsd: toUsd(cost),
      details: charge.details,
      settledAt: now,
    };
    this.#ledger.push(entry);
    if (this.#ledger.length > 10_000) this.#ledger.splice(0, 5_000);
    if (this.#listeners.size > 0) this.#emit({ type: 'settled', entry });
    return entry;
  }

  #release(hold: Hold): void {
    if (!this.#holds.delete(hold.id)) return;
    for (const link of this.#links) link.reserved -= hold.amount;
    if (this.#listeners.size > 0) this.#emit({ type: 'released', reservationId: hold.id });
  }

  /** Spend crossed a threshold or the limit: reported once per window. */
  #crossings(link: Link): void {
    const marks = link.marks;
    while (link.crossed < marks.length && link.spent >= (marks[link.crossed] as bigint)) {
      link.crossed += 1;
      const last = link.crossed === marks.length;
      this.#emit({ type: last ? 'exceeded' : 'threshold', budgetId: link.id });
    }
  }

  #roll(link: Link, now: number): void {
    const windowMs = link.windowMs;
    if (windowMs === undefined || now < link.windowStart + windowMs) return;
    link.windowStart += Math.floor((now - link.windowStart) / windowMs) * windowMs;
    link.spent = 0n;
    link.crossed = 0;
  }

  #expire(now: number): void {
    let earliest = Number.POSITIVE_INFINITY;
    for (const hold of this.#holds.values()) {
      if (hold.expiresAt <= now) this.#release(hold);
      else if (hold.expiresAt < earliest) earliest = hold.expiresAt;
    }
    this.#earliestDeadline = earliest;
  }

  /** Sends an event to every listener (the hot path builds none when nobody listens). */
  #emit(event: { type: string; [key: string]: unknown }): void {
    if (this.#listeners.size === 0) return;
    for (const listener of this.#listeners) listener(event);
  }
}
