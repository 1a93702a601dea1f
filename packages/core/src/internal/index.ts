/**
 * Helpers shared by Tollgate's own packages (pricing's fixed-point arithmetic, option
 * parsing, error-message helpers). Not part of the public API: no semver promise, names
 * may change or go in any release, and the API reference leaves them out. Users import
 * from `@tollgate/core`; adapter authors from `@tollgate/core/adapter`.
 *
 * @packageDocumentation
 */
// What `tollgate budget apply` compares with the store.

// Stream events an adapter's observer reads only if it needs them.
export { boundedTokenCounter, type TokenCounter } from '../adapter/bounded-token-counter.js';
export { UnreadEvents } from '../adapter/unread-events.js';
export { isBudget } from '../budget.js';
// An administrative change checked as every change is (amount, reason, actor), before any
// store is touched: the CLI checks `AMOUNT`, `--reason` and `--actor` with them before it asks.
export { type AdjustRequest, adjustRequest, parseAdjustOptions } from '../budget-admin.js';
export {
  type BudgetConfigPlan,
  type PlannedBudget,
  type PlannedFamily,
  planBudgetConfig,
} from '../budget-config.js';
// The token helpers without the checks the public ones make, for counts an adapter or pricing
// has read and checked itself.
export {
  everyTokenCount,
  isTokenCount,
  totalInputTokens,
  totalOutputTokens,
  usageTokens,
} from '../call-usage.js';
// The typed token counts, read by name, each package saying what a count is.
// An administrative change's amount alone, a limit checked as createBudget checks one.
export { adjustmentAmount } from '../canonical-limit.js';
// The closed budget above one that refuses its calls: `budget.status()`'s `closedBy`, and
// `tollgate budget show`'s, which has a stored snapshot and no Budget.
export {
  type ClosedLink,
  closedAbove,
  closedAncestor,
  isClosed,
} from '../closed-ancestor.js';
export { closestName, editDistance } from '../edit-distance.js';
export { describeValue } from '../errors.js';
export { isRecord } from '../is-record.js';
// A stored time as a date, never throwing for one past a Date's range.
export { isoTime } from '../iso-time.js';
// Pricing's exact arithmetic: 10^-30 dollar integers for price tables, 10^-15 for its fast path;
// and the money helpers without the checks the public ones make, for amounts Tollgate made
// itself on a call's path (the public `money`, `addMoney`, ... check what a user hands them).
export {
  addMoney,
  compareMoney,
  FEMTO_SCALE,
  FIXED_SCALE,
  formatFemtoUnits,
  formatFixedUnits,
  formatUsd,
  maxMoney,
  money,
  perUnit,
  priceTokens,
  sumMoney,
  timesCount,
  toFixedUnits,
} from '../money.js';
export {
  lazySchema,
  type OptionsSchema,
  parseOptions,
  type ZodNamespace,
} from '../parse-options.js';
// A map for entries that come and go one at a time (see its comment).
export { SteadyMap } from '../steady-map.js';
// A value inside an SDK client by its path: adapters recognise their SDK's client by its resources.
export { valueAt } from '../value-at.js';
// A copy with fields over it, without the spread that costs a hidden class per call on Node 20.
export { withFields } from '../with-fields.js';
