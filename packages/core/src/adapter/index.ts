export {
  type AdapterOptions,
  AdapterOptionsParser,
  type AdapterSettings,
  type AdapterSpec,
  type DerivedClientChecks,
  flag,
  type OptionRule,
  oneOf,
  share,
} from './adapter-options.js';
export { atMostTheHold } from './at-most-the-hold.js';
export type { BudgetChoice, PrivateBudgetOptions } from './budget-choice.js';
export { type Budgeted, budgetedClient, checkClient } from './budgeted-client.js';
export { chargeUsage } from './charge-usage.js';
export {
  announceUnboundedOutput,
  chargeTheHold,
  type Held,
  type HoldablePlan,
  holdPlan,
  holdPlanNow,
  passUnmetered,
  slotLine,
} from './hold-plan.js';
export { type MeterClientOptions, meterClient, type StainlessClient } from './meter-client.js';
export { madePerModel, pricerPerModel } from './pricer-per-model.js';
export { reachedPath } from './reached-path.js';
export { type DriftWatch, reportedCostPricer } from './reported-cost.js';
export { requestedModel } from './requested-model.js';
export { releaseHold, settleCharge } from './settle-charge.js';
export { type ServerSentEvent, SseSplitter } from './sse-events.js';
export type { TransportDoor, UnmeteredTransports } from './transport-doors.js';
export type {
  Charge,
  EventCut,
  EventVerdict,
  MeteringPlan,
  ObservedUsage,
  OutgoingRequest,
  ResponseObserver,
  Route,
  UsagePrice,
  UsagePricer,
} from './types.js';
