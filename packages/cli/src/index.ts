export { type BudgetView, budgetViews } from './budget-views.js';
export { CliError, EXIT, type ExitCode } from './cli-error.js';
export type { CliIO, InputStream, OutputStream } from './cli-io.js';
export { main } from './main.js';
export { parseStoreUrl, type StoreLocation } from './parse-store-url.js';
export {
  type PricingListOptions,
  type PricingShowOptions,
  pricingList,
  pricingShow,
} from './pricing-command.js';
export { type PricingCostOptions, pricingCost } from './pricing-cost-command.js';
export {
  type PricingCheckOptions,
  type PricingImportOptions,
  pricingCheck,
  pricingImport,
} from './pricing-table-command.js';
export {
  bar,
  type DashboardBudget,
  type DashboardCall,
  type DashboardState,
  renderDashboard,
} from './render-dashboard.js';
export { type StatusOptions, statusCommand } from './status-command.js';
