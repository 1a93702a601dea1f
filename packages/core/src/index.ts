export { Budget, type BudgetStatus, createBudget, type ReserveOptions } from './budget.js';
export {
  type AdjustBudgetOptions,
  type AdjustOptions,
  adjustBudget,
} from './budget-admin.js';
// A configuration is read with parseBudgetConfig and loaded with loadBudgets; its JSON Schema
// ships as `@tollgate/core/budget-config.schema.json`.
export type { BudgetConfig, BudgetConfigNode } from './budget-config.js';
export {
  BudgetFamily,
  type BudgetFamilyOptions,
  type BudgetOverrides,
  type BudgetTemplate,
  budgetFamily,
} from './budget-family.js';
export { assertBudgetId, MAX_BUDGET_ID_LENGTH } from './budget-id.js';
export type { BudgetOptions, ChildBudgetOptions } from './budget-options.js';
export {
  type CallUsage,
  type InputTokens,
  isUsageTokens,
  type OutputTokens,
  type ToolCallCounts,
  type ToolCallKind,
  type UsageTokens,
} from './call-usage.js';
// What a user adds, compares and prints status figures with; canonicalUsd, usdToPico,
// picoToUsd and MONEY_SCALE are store authors' codecs (the store kit's to move).
// Pricing's fixed-point arithmetic is in `@tollgate/core/internal`.
// Checked at this boundary (checked-money.ts); Tollgate's own paths use money.ts unchecked.
export {
  addMoney,
  compareMoney,
  formatUsd,
  formatUsdFixed,
  maxMoney,
  money,
  picoToUsd,
  sumMoney,
  usdToPico,
} from './checked-money.js';
// Checked at this boundary (checked-usage.ts); adapters and pricing use call-usage.ts unchecked.
export { totalInputTokens, totalOutputTokens, usageTokens } from './checked-usage.js';
// Checked at this boundary (checked-window.ts); budgets and stores use window.ts unchecked.
export {
  describeWindow,
  sameWindow,
  toWindowSpec,
  windowBounds,
} from './checked-window.js';
export { type Clock, systemClock } from './clock.js';
export {
  AlertDeliveryError,
  BudgetClosedError,
  BudgetConflictError,
  BudgetExceededError,
  BudgetNotFoundError,
  type BudgetRefusal,
  codeOf,
  InvalidAmountError,
  InvalidBudgetIdError,
  InvalidOptionsError,
  InvalidRequestError,
  type LostSettlement,
  SettlementLostError,
  StoreInvalidError,
  StoreUnavailableError,
  TollgateError,
  type TollgateErrorCode,
  type TollgateErrorOptions,
  tollgateErrorOf,
  UnmeteredEndpointError,
  type ValidationIssue,
} from './errors.js';
// The event types a listener receives; the hub that delivers them stays inside the budget.
export type {
  BudgetEvent,
  BudgetEventHandler,
  BudgetEventMap,
  BudgetEventName,
  ExceededEvent,
  HandlerErrorEvent,
  PriceDriftEvent,
  RefusalCode,
  RefusedEvent,
  ReleasedEvent,
  ReservedEvent,
  SettledEvent,
  SettlementLostEvent,
  SettlementPendingEvent,
  StoreUnavailableEvent,
  ThresholdEvent,
  UnboundedOutputEvent,
} from './events.js';
export { InvalidUsageError } from './invalid-usage-error.js';
export { isLedgerKind, isSettlement } from './ledger-kind.js';
export { type LoadBudgetsOptions, type LoadedBudgets, loadBudgets } from './load-budgets.js';
export { type MemoryStoreOptions, memoryStore } from './memory-store.js';
export {
  canonicalUsd,
  isUsd,
  MAX_USD,
  MONEY_SCALE,
  type Money,
  type MoneyInput,
  type MoneyOperand,
  parseUsd,
  ZERO,
} from './money.js';
export {
  type ConfigIssue,
  type ParseBudgetConfigOptions,
  parseBudgetConfig,
} from './parse-budget-config.js';
export { type AdjustableFigures, adjustmentEntry, applyAdjustment } from './pico-adjustment.js';
export { endedRefusal, type PicoFigures, picoRefusal } from './pico-refusal.js';
export { type PurgeCandidate, purgeableBudgets } from './purgeable-budgets.js';
export { Reservation, type ReservationState } from './reservation.js';
export { assertSerialisable } from './serialisable.js';
export type * from './store.js';
export type { WindowBounds, WindowOption } from './window.js';
