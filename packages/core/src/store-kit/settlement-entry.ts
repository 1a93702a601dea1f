import { picoToUsd } from '../money.js';
import type { ChainLink, LedgerEntry, SettleCommand } from '../store.js';

/** A settlement's money as the ledger records it, in USD decimal strings. */
export type SettlementAmounts = Pick<LedgerEntry, 'reservedUsd' | 'actualUsd' | 'overrunUsd'>;

/** How far `actual` went past `reserved` (pico-dollars), as USD: `"0"` when it did not. */
export function overrunUsd(reserved: bigint, actual: bigint): string {
  return actual > reserved ? picoToUsd(actual - reserved) : '0';
}

/** A settlement's amounts from what was held and what it cost, in pico-dollars. */
export function settlementAmounts(reserved: bigint, actual: bigint): SettlementAmounts {
  return {
    reservedUsd: picoToUsd(reserved),
    actualUsd: picoToUsd(actual),
    overrunUsd: overrunUsd(reserved, actual),
  };
}

/** What a store knows of a settlement beyond its command and amounts. */
export interface SettlementFacts {
  /** True when the reservation had expired and the cost is charged afterwards. */
  late: boolean;
  /**
   * When it was settled (ms since epoch).
   * @default the command's `now`
   */
  settledAt?: number;
}

/**
 * The ledger entry of a settle: the command's reservation, leaf, chain and details with
 * the amounts the store applied.
 */
export function settlementEntry(
  command: SettleCommand,
  amounts: SettlementAmounts,
  facts: SettlementFacts,
): LedgerEntry {
  const chain = chainIds(command.chain);
  return {
    reservationId: command.reservationId,
    budgetId: chain[0] as string, // a command's chain always holds its leaf
    chain,
    reservedUsd: amounts.reservedUsd,
    actualUsd: amounts.actualUsd,
    overrunUsd: amounts.overrunUsd,
    settledAt: facts.settledAt ?? command.now,
    late: facts.late,
    details: command.details,
  };
}

// Budgets pass the same frozen chain for every call until a window moves on, so the ids
// of a frozen chain are worked out once, not once per call.
const frozenChainIds = new WeakMap<readonly ChainLink[], readonly string[]>();

/**
 * The budget ids of a chain, leaf first. Computed once per frozen chain (core freezes the
 * chains it sends), and then frozen too; a chain that is not frozen is read every time.
 */
export function chainIds(chain: readonly ChainLink[]): readonly string[] {
  // Looked up before `Object.isFrozen`, a runtime call: only frozen chains are kept.
  const known = frozenChainIds.get(chain);
  if (known !== undefined) return known;
  if (!Object.isFrozen(chain)) return chain.map((link) => link.id);
  const ids = Object.freeze(chain.map((link) => link.id));
  frozenChainIds.set(chain, ids);
  return ids;
}
