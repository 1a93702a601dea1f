import type { BudgetRefusal } from './errors.js';
import { isLedgerKind } from './ledger-kind.js';
import { type BudgetRecord, MemoryRecords, snapshot } from './memory-records.js';
import { picoToUsd, usdToPico } from './money.js';
import { parseLedgerQuery } from './parse-ledger-query.js';
import { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
import { parsePurgeQuery } from './parse-purge-query.js';
import { applyAdjustment } from './pico-adjustment.js';
import { endedRefusal } from './pico-refusal.js';
import { holdingBudgets, outlivesPurge, purgeableBudgets } from './purgeable-budgets.js';
import { assertSerialisable } from './serialisable.js';
import { SteadyMap } from './steady-map.js';
import type {
  AdjustCommand,
  AdjustOutcome,
  BudgetDefinition,
  BudgetSnapshot,
  BudgetStore,
  ChainLink,
  ExpiredReservation,
  LedgerQuery,
  LedgerRecord,
  PurgeQuery,
  ReleaseCommand,
  ReserveCommand,
  ReserveOutcome,
  SettleCommand,
  SettleOutcome,
} from './store.js';
import { admitChain } from './store-kit/admit-chain.js';
import { closedStoreError } from './store-kit/closed-store-error.js';
import { assertAttachable } from './store-kit/definition-conflict.js';
import { snapshotInWindow } from './store-kit/roll-window.js';
import { chainIds, overrunUsd, settlementEntry } from './store-kit/settlement-entry.js';
import { Tombstones } from './tombstones.js';

/** Options of `memoryStore()`. */
export interface MemoryStoreOptions {
  /**
   * How many ledger entries to keep, newest first; older ones are dropped so memory stays
   * bounded. Use `Infinity` to keep every entry (tests, short scripts).
   * @default 10000
   */
  ledgerLimit?: number;
}

interface HeldReservation {
  id: string;
  chain: readonly string[];
  amount: bigint;
  /** `amount` as the command gave it (canonical), for the ledger entry. */
  amountUsd: string;
  expiresAt: number;
}

/** The outcome of most reserves: shared, and frozen so no caller can change it. */
const admittedNothingToReport: ReserveOutcome = Object.freeze({
  admitted: true,
  wouldRefuse: Object.freeze([]) as unknown as BudgetRefusal[],
});
const noSnapshots: BudgetSnapshot[] = Object.freeze([]) as unknown as BudgetSnapshot[];

/**
 * A store in this process's memory: the default. Fast and exact, but forgotten when the
 * process ends and not shared with other processes (use `@tollgate/sqlite` or
 * `@tollgate/redis` for that). It keeps nothing about settled reservations: it
 * never sees a command twice (no network between it and the budget, and a `Reservation`
 * ends once), so a settle for an id it does not hold is a late charge of an expired
 * reservation. That is a narrower guarantee than the shared stores give: a `SettleCommand`
 * sent to `settle` twice by hand is charged twice. Remembering every settled id would cost
 * a map entry per call on the hot path for a repeat the budget never sends. Only releases are remembered, until the reservation's deadline, as the
 * store contract asks, so a reserve of a released id arriving later holds nothing.
 * Unknown option keys and bad values throw `InvalidOptionsError`. After `close()` every
 * command fails with `StoreInvalidError` (`STORE_INVALID`), as on every store.
 */
export function memoryStore(options?: MemoryStoreOptions): BudgetStore {
  const parsed =
    options === undefined
      ? {}
      : (parseOptions(lazySchema(memoryOptions), options, 'memoryStore') as MemoryStoreOptions);
  return new MemoryStore(parsed.ledgerLimit ?? 10_000);
}

const memoryOptions: OptionsSchema = (z) =>
  z.strictObject({
    ledgerLimit: z.union([z.number().int().nonnegative(), z.literal(Infinity)]).optional(),
  });

// How long a release of an id the store does not hold is remembered when the command
// gives no deadline: longer than any retry of an ambiguous reserve.
const releaseRetentionMs = 86_400_000;

class MemoryStore implements BudgetStore {
  readonly kind = 'memory';
  readonly #records = new MemoryRecords();
  /** In a `SteadyMap`: calls made one after another hold one entry at a time. */
  readonly #held = new SteadyMap<string, HeldReservation>();
  /**
   * No reservation in flight expires before this. Most end long before their deadline, so
   * rather than keep every deadline sorted, the store remembers the earliest it has seen:
   * expiry costs nothing until then, and one pass over the holds in flight (not the calls
   * made) finds what expired and the next earliest deadline.
   */
  #earliestDeadline = Number.POSITIVE_INFINITY;
  /** Released ids, until their deadline: a reserve of one of them holds nothing. */
  readonly #tombstones = new Tombstones();
  /** Entries oldest first; those before `#ledgerStart` are dropped and compacted away in bulk. */
  #ledger: LedgerRecord[] = [];
  #ledgerStart = 0;
  readonly #ledgerLimit: number;
  #closed = false;

  constructor(ledgerLimit: number) {
    this.#ledgerLimit = ledgerLimit;
  }

  async define(definition: BudgetDefinition, _now: number): Promise<BudgetSnapshot> {
    this.#assertOpen();
    const existing = this.#records.get(definition.id);
    if (existing === undefined) return snapshot(this.#records.create(definition));
    assertAttachable(existing.definition, definition);
    existing.definition = { ...definition };
    if (!existing.limitSet) existing.limit = usdToPico(definition.limitUsd);
    return snapshot(existing);
  }

  // Reserve, settle and release answer at once: there is no connection to wait for, and a
  // budget on this store then spends no promise and no event-loop turn on the store.
  reserve(command: ReserveCommand): ReserveOutcome {
    this.#assertOpen();
    if (command.metadata !== undefined) assertSerialisable(command.metadata, 'metadata');
    this.#expireDue(command.now);
    this.#tombstones.forget(command.now);
    const id = command.reservationId;
    // A reserve sent again (after an ambiguous failure) holds nothing more.
    if (this.#held.has(id)) return admittedNothingToReport;
    const chain = command.chain;
    if (this.#tombstones.has(id)) {
      const leaf = this.#records.touch(chain[0] as ChainLink);
      return {
        admitted: false,
        ended: true,
        refusal: endedRefusal(leaf.definition.id, leaf, command.amountUsd),
      };
    }
    const amount = usdToPico(command.amountUsd);
    const outcome = admitChain(chain, this.#records, amount, command.amountUsd, []);
    if (!outcome.admitted) return outcome;
    this.#held.set(id, {
      id,
      chain: chainIds(chain),
      amount,
      amountUsd: command.amountUsd,
      expiresAt: command.expiresAt,
    });
    if (command.expiresAt < this.#earliestDeadline) this.#earliestDeadline = command.expiresAt;
    return outcome;
  }

  settle(command: SettleCommand): SettleOutcome {
    this.#assertOpen();
    assertSerialisable(command.details, 'details');
    const held = this.#held.get(command.reservationId);
    const actual = usdToPico(command.actualUsd);
    const reserved = held === undefined ? usdToPico(command.reservedUsd) : held.amount;
    const entry = settlementEntry(
      command,
      {
        reservedUsd: held === undefined ? picoToUsd(reserved) : held.amountUsd,
        actualUsd: command.actualUsd,
        overrunUsd: overrunUsd(reserved, actual),
      },
      { late: held === undefined },
    );
    const wanted = command.snapshots !== false;
    const before = wanted
      ? command.chain.map((link) => snapshot(this.#records.touch(link)))
      : noSnapshots;
    if (held === undefined && this.#tombstones.has(command.reservationId)) {
      // Released before it was ever held here: ended, so a settle changes nothing.
      return { applied: false, entry, before, after: before };
    }
    // Indexed: a `for...of` over the frozen chain runs the array iterator on every settle.
    const chain = command.chain;
    for (let index = 0; index < chain.length; index += 1) {
      const record = this.#records.touch(chain[index] as ChainLink);
      if (held !== undefined) record.reserved -= held.amount;
      record.spent += actual;
      record.calls += 1;
    }
    if (held !== undefined) this.#held.delete(held.id);
    this.#appendLedger(entry);
    const after = wanted
      ? command.chain.map((link) => snapshot(this.#records.get(link.id) as BudgetRecord))
      : noSnapshots;
    return { applied: true, entry, before, after };
  }

  release(command: ReleaseCommand): boolean {
    this.#assertOpen();
    const held = this.#held.get(command.reservationId);
    if (held !== undefined) {
      this.#unhold(held);
      // A reserve of this id sent again would hold nothing: past its deadline it would
      // expire at once anyway, so the tombstone lasts that long and no longer.
      this.#tombstones.add(held.id, held.expiresAt);
      return true;
    }
    this.#tombstones.add(
      command.reservationId,
      command.expiresAt ?? command.now + releaseRetentionMs,
    );
    return false;
  }

  async status(link: ChainLink, now: number): Promise<BudgetSnapshot | undefined> {
    this.#assertOpen();
    this.#expireDue(now);
    const record = this.#records.get(link.id);
    if (record === undefined) return undefined;
    // A status read in a newer window must not write: it reports the new window's empty figures.
    return snapshotInWindow(snapshot(record), link.windowStart);
  }

  async expire(now: number): Promise<ExpiredReservation[]> {
    this.#assertOpen();
    this.#tombstones.forget(now);
    return this.#expireDue(now);
  }

  async adjust(command: AdjustCommand): Promise<AdjustOutcome> {
    this.#assertOpen();
    const record = this.#records.touch(command.link);
    const before = snapshot(record);
    const entry = applyAdjustment(record, command);
    this.#appendLedger(entry);
    return { entry, before, after: snapshot(record) };
  }

  async list(): Promise<BudgetSnapshot[]> {
    this.#assertOpen();
    return [...this.#records.values()].map(snapshot);
  }

  async find(id: string): Promise<BudgetSnapshot | undefined> {
    this.#assertOpen();
    const record = this.#records.get(id);
    return record === undefined ? undefined : snapshot(record);
  }

  async purge(query: PurgeQuery): Promise<string[]> {
    const { closedBefore } = parsePurgeQuery(query);
    this.#assertOpen();
    const holding = holdingBudgets([...this.#held.values()].map((held) => held.chain));
    const purged = purgeableBudgets(
      [...this.#records.values()].map((record) => ({
        id: record.definition.id,
        parentId: record.definition.parentId,
        closedAt: record.closedAt,
        holds: holding.has(record.definition.id),
      })),
      closedBefore,
    );
    if (purged.size === 0) return [];
    for (const id of purged) this.#records.delete(id);
    const remaining = this.#records;
    this.#ledger = this.#ledger
      .slice(this.#ledgerStart)
      .filter((entry) => outlivesPurge(entry.chain, remaining));
    this.#ledgerStart = 0;
    return [...purged].sort();
  }

  async ledger(query?: LedgerQuery): Promise<LedgerRecord[]> {
    this.#assertOpen();
    const { budgetId, kind, limit } = parseLedgerQuery(query);
    const result: LedgerRecord[] = [];
    // A purged budget is forgotten: the entries kept for its surviving ancestors are theirs.
    if (budgetId !== undefined && !this.#records.has(budgetId)) return result;
    const start = this.#ledgerStart;
    for (let index = this.#ledger.length - 1; index >= start && result.length < limit; index -= 1) {
      const entry = this.#ledger[index] as LedgerRecord;
      if (budgetId !== undefined && !entry.chain.includes(budgetId)) continue;
      if (isLedgerKind(entry, kind)) result.push(entry);
    }
    return result;
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  /**
   * Nothing to release, but the store is unusable after `close()` like every other store:
   * a budget that outlives its store gets the same `STORE_INVALID` on memory as on SQLite
   * or Redis, never a silent, forgotten figure.
   */
  #assertOpen(): void {
    if (this.#closed) throw closedStoreError(this.kind);
  }

  #expireDue(now: number): ExpiredReservation[] {
    if (now < this.#earliestDeadline) return [];
    const expired: ExpiredReservation[] = [];
    let earliest = Number.POSITIVE_INFINITY;
    for (const held of this.#held.values()) {
      if (held.expiresAt > now) {
        earliest = Math.min(earliest, held.expiresAt);
        continue;
      }
      // Not remembered as ended: a late settle of an expired reservation still charges.
      this.#unhold(held);
      expired.push({
        reservationId: held.id,
        budgetId: held.chain[0] as string, // a chain always holds its leaf
        chain: held.chain,
        reservedUsd: picoToUsd(held.amount),
        expiresAt: held.expiresAt,
      });
    }
    this.#earliestDeadline = earliest;
    return expired;
  }

  #unhold(held: HeldReservation): void {
    this.#held.delete(held.id);
    // Records are never deleted, and a hold was made on records that existed.
    for (const id of held.chain) (this.#records.get(id) as BudgetRecord).reserved -= held.amount;
  }

  #appendLedger(entry: LedgerRecord): void {
    if (this.#ledgerLimit <= 0) return;
    this.#ledger.push(entry);
    if (this.#ledger.length - this.#ledgerStart <= this.#ledgerLimit) return;
    // Dropping the oldest one at a time with `shift()` would copy the whole array per call
    // once it is large: skip it instead, and compact when half the array is skipped.
    this.#ledgerStart += 1;
    if (this.#ledgerStart >= this.#ledger.length / 2) {
      this.#ledger = this.#ledger.slice(this.#ledgerStart);
      this.#ledgerStart = 0;
    }
  }
}
