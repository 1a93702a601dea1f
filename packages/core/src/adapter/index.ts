export {
  type BudgetChoice,
  type Budgeted,
  budgetedClient,
  chooseBudget,
  type PrivateBudgetOptions,
} from './budgeted-client.js';
export { type MeterClientOptions, meterClient, type StainlessClient } from './meter-client.js';
export { type ServerSentEvent, SseSplitter } from './sse-events.js';
export type { Charge, MeteringPlan, OutgoingRequest, ResponseObserver, Route } from './types.js';
