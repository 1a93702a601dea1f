export { Budget, type BudgetStatus, createBudget, type ReserveOptions } from './budget.js';
export {
  type AdjustBudgetOptions,
  type AdjustOptions,
  adjustBudget,
  storedLink,
} from './budget-admin.js';
export {
  type BudgetConfig,
  type BudgetConfigNode,
  type BudgetConfigPlan,
  budgetConfigSchema,
  type PlannedBudget,
  type PlannedFamily,
  planBudgetConfig,
} from './budget-config.js';
export { budgetConfigJsonSchema, budgetConfigJsonSchemaText } from './budget-config-json-schema.js';
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
  totalInputTokens,
  totalOutputTokens,
  type UsageTokens,
  usageTokens,
} from './call-usage.js';
export { type Clock, systemClock } from './clock.js';
export { closestName, editDistance } from './edit-distance.js';
export * from './errors.js';
export * from './events.js';
export { isLedgerKind, isSettlement } from './ledger-kind.js';
export { type LoadBudgetsOptions, type LoadedBudgets, loadBudgets } from './load-budgets.js';
export { type MemoryStoreOptions, memoryStore } from './memory-store.js';
// Listed, not `export *`: the 10^-15 fast path (FEMTO_SCALE, formatFemtoUnits) is pricing's
// internal arithmetic and is reached through `@tollgate/core/adapter`.
export {
  addMoney,
  canonicalUsd,
  compareMoney,
  FIXED_SCALE,
  formatFixedUnits,
  formatUsd,
  formatUsdFixed,
  isUsd,
  MAX_USD,
  MONEY_SCALE,
  type Money,
  type MoneyInput,
  type MoneyOperand,
  maxMoney,
  money,
  parseUsd,
  perUnit,
  picoToUsd,
  priceTokens,
  roundDown,
  roundUp,
  sumMoney,
  timesCount,
  toFixedUnits,
  usdToPico,
  ZERO,
} from './money.js';
export {
  type ConfigIssue,
  type ParseBudgetConfigOptions,
  parseBudgetConfig,
} from './parse-budget-config.js';
export { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
export { type AdjustableFigures, adjustmentEntry, applyAdjustment } from './pico-adjustment.js';
export { endedRefusal, type PicoFigures, picoRefusal } from './pico-refusal.js';
export { type PurgeCandidate, purgeableBudgets } from './purgeable-budgets.js';
export { Reservation, type ReservationState } from './reservation.js';
export { assertSerialisable } from './serialisable.js';
export type * from './store.js';
export {
  describeWindow,
  sameWindow,
  toWindowSpec,
  type WindowBounds,
  type WindowOption,
  windowBounds,
} from './window.js';
