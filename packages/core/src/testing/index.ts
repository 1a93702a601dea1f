export { type DescribeBudgetStoreOptions, describeBudgetStore } from './describe-budget-store.js';
export { type ManualClock, manualClock } from './manual-clock.js';
