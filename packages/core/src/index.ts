export { Budget, type BudgetStatus, createBudget, type ReserveOptions } from './budget.js';
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
export { type MemoryStoreOptions, memoryStore } from './memory-store.js';
export * from './money.js';
export { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';
export { endedRefusal, type PicoFigures, picoRefusal } from './pico-refusal.js';
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
