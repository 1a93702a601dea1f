/**
 * The store kit: the rules every budget store keeps, written once, for store authors.
 * A store keeps money as exact integer counts of 10^-12 dollars (pico-dollars) and runs
 * each command atomically in its own way (a transaction, a Lua script, one JavaScript
 * turn); around that, the kit admits a reserve across a chain, rolls windows, builds the
 * ledger entries of settlements and administrative changes, reports snapshots and
 * refusals, encodes windows and money, words conflicts, chooses what a purge deletes and
 * sends the commands issued in one tick together. The conformance suite
 * (`describeBudgetStore` from `@tollgate/core/testing`) checks a store built on it.
 *
 * @packageDocumentation
 */
export { toppedUpLimit, topUpPastCap } from '../canonical-limit.js';
export {
  DEFAULT_LEDGER_LIMIT,
  type ParsedLedgerQuery,
  parseLedgerQuery,
} from '../parse-ledger-query.js';
export { parsePurgeQuery } from '../parse-purge-query.js';
export { type AdjustableFigures, adjustmentEntry, applyAdjustment } from '../pico-adjustment.js';
export { budgetRefusal, endedRefusal, type PicoFigures, picoRefusal } from '../pico-refusal.js';
export {
  holdingBudgets,
  outlivesPurge,
  type PurgeCandidate,
  purgeableBudgets,
} from '../purgeable-budgets.js';
export { type AdmissionFigures, admitChain, type ChainFigures } from './admit-chain.js';
export {
  budgetSnapshot,
  type FreshFigures,
  freshFigures,
  type StoredFigures,
} from './budget-snapshot.js';
export { closedStoreError } from './closed-store-error.js';
export {
  assertAttachable,
  definitionConflict,
  type StoredDefinition,
} from './definition-conflict.js';
export { rollIntoWindow, snapshotInWindow, type WindowFigures } from './roll-window.js';
export {
  chainIds,
  overrunUsd,
  type SettlementAmounts,
  type SettlementFacts,
  settlementAmounts,
  settlementEntry,
} from './settlement-entry.js';
export { fixedToPico, fixedToUsd, picoToFixed, roundedPico } from './store-money.js';
export { type PendingCommand, TickBatcher, type TickBatcherOptions } from './tick-batcher.js';
export { decodeWindow, encodeWindow } from './window-codec.js';
