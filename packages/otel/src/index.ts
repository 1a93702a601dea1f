export { genAi, tollgate } from './attribute-names.js';
export {
  type AlertKind,
  alertKinds,
  type BudgetAlert,
  slackMessage,
} from './budget-alert.js';
export { type InstrumentOptions, instrument, instrumentationScope } from './instrument.js';
export type { BudgetSource, BudgetSources } from './resolve-budgets.js';
export { type WebhookAlerts, type WebhookAlertsOptions, webhookAlerts } from './webhook-alerts.js';
