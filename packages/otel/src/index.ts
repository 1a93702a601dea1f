export { genAi, tollgate } from './attribute-names.js';
export { type InstrumentOptions, instrument, instrumentationScope } from './instrument.js';
export type { BudgetSource, BudgetSources } from './resolve-budgets.js';
