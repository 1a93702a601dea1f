import { describeError } from './describe-error.js';
import { StoreUnavailableError, TollgateError } from './errors.js';
import { formatUsd, maxMoney, money, ZERO } from './money.js';
import { markSerialisable } from './serialisable.js';
import type {
  BudgetDefinition,
  BudgetSnapshot,
  BudgetStore,
  ChainLink,
  LedgerEntry,
  Metadata,
  SettleCommand,
  SettlementDetails,
} from './store.js';
import { withFields } from './with-fields.js';

/** A store's failure as a Tollgate error: its own typed errors as they are, anything else as unreachable. */
export function toStoreError(error: unknown, store: BudgetStore): unknown {
  if (TollgateError.isInstance(error)) return error;
  return new StoreUnavailableError(
    `The ${store.kind} budget store could not be reached: ${describeError(error)}`,
    { cause: error },
  );
}

/** Runs a store command, turning its failure into a Tollgate error (see `toStoreError`). */
export async function callStore<T>(
  store: BudgetStore,
  operation: () => T | Promise<T>,
): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error, store);
  }
}

/** The settlement's details with the reservation's metadata under its own. */
export function mergeMetadata(
  details: SettlementDetails,
  metadata: Metadata | undefined,
): SettlementDetails {
  if (metadata === undefined) return details;
  const merged = withFields(details, { metadata: { ...metadata, ...details.metadata } });
  // Both parts were checked on their way in (reserve options, settle details).
  markSerialisable(merged);
  return merged;
}

/** The ledger entry a settlement kept in memory will write once it lands. */
export function localEntry(command: SettleCommand): LedgerEntry {
  const reserved = money(command.reservedUsd);
  const actual = money(command.actualUsd);
  return {
    reservationId: command.reservationId,
    budgetId: (command.chain[0] as ChainLink).id, // a chain always holds its leaf
    chain: command.chain.map((link) => link.id),
    reservedUsd: command.reservedUsd,
    actualUsd: command.actualUsd,
    overrunUsd: formatUsd(maxMoney(actual.minus(reserved), ZERO)),
    settledAt: command.now,
    late: false,
    details: command.details,
  };
}

/** The figures of a budget the store does not know (yet). */
export function emptySnapshot(definition: BudgetDefinition): BudgetSnapshot {
  return {
    id: definition.id,
    parentId: definition.parentId,
    limitUsd: definition.limitUsd,
    spentUsd: '0',
    reservedUsd: '0',
    calls: 0,
    window: definition.window,
    windowStart: null,
  };
}
