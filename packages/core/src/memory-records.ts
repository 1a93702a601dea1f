import { picoToUsd, usdToPico } from './money.js';
import type { BudgetDefinition, BudgetSnapshot, ChainLink } from './store.js';
import { rollIntoWindow } from './store-kit/roll-window.js';

/**
 * One budget as the memory store keeps it. Amounts are exact integer counts of 10^-12
 * dollars: every amount reaching a store has at most 12 places (core rounds holds and
 * charges up to that scale), and bigint arithmetic keeps the hot path free of decimal parsing.
 */
export interface BudgetRecord {
  definition: BudgetDefinition;
  limit: bigint;
  spent: bigint;
  reserved: bigint;
  calls: number;
  windowStart: number | null;
  closedAt: number | null;
  /** Set by an administrative limit change: `define` keeps the limit from then on. */
  limitSet: boolean;
}

/**
 * The budgets of one memory store, by id. A class of its own, not a closure per store, so
 * that the kit's admission (`admitChain`) calls one `touch` whatever the store: with a
 * closure per store, a process with several stores (a default memory store per root budget)
 * turned that call site polymorphic and the reserve path lost its inlining.
 */
export class MemoryRecords {
  readonly #byId = new Map<string, BudgetRecord>();

  get(id: string): BudgetRecord | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  values(): IterableIterator<BudgetRecord> {
    return this.#byId.values();
  }

  delete(id: string): void {
    this.#byId.delete(id);
  }

  create(definition: BudgetDefinition): BudgetRecord {
    const record: BudgetRecord = {
      definition: { ...definition },
      limit: usdToPico(definition.limitUsd),
      spent: 0n,
      reserved: 0n,
      calls: 0,
      windowStart: null,
      closedAt: null,
      limitSet: false,
    };
    this.#byId.set(definition.id, record);
    return record;
  }

  /** The record for a link, recreated from the link if missing, rolled into its window. */
  touch(link: ChainLink): BudgetRecord {
    const record = this.#byId.get(link.id) ?? this.create(link);
    rollIntoWindow(record, link.windowStart);
    return record;
  }
}

/** A record's figures as a store answers them. */
export function snapshot(record: BudgetRecord): BudgetSnapshot {
  const figures: BudgetSnapshot = {
    id: record.definition.id,
    parentId: record.definition.parentId,
    limitUsd: picoToUsd(record.limit),
    spentUsd: picoToUsd(record.spent),
    reservedUsd: picoToUsd(record.reserved),
    calls: record.calls,
    window: record.definition.window,
    windowStart: record.windowStart,
  };
  if (record.closedAt !== null) figures.closedAt = record.closedAt;
  return figures;
}
