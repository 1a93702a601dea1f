import { checkBuiltDetails } from '../settlement-details.js';
import type { SettlementDetails } from '../store.js';
import type { Charge, ObservedUsage, UsagePricer } from './types.js';

/**
 * The kit's one pricing step: prices an observed usage with the adapter's pricer and builds
 * the settlement the ledger records (the typed tokens, the tool calls, how it was priced,
 * the model asked for and the one and tier that answered). `requestModel` is the model the
 * call asked for.
 * Exported for adapters that settle outside the Stainless kit (the AI SDK middleware).
 */
export function chargeUsage(
  price: UsagePricer,
  observed: ObservedUsage,
  requestModel: string,
): Charge {
  const { usage } = observed;
  const priced = price(usage);
  const details: SettlementDetails = {
    provider: priced.provider,
    model: priced.model,
    tokens: usage.tokens,
    pricingVersion: priced.pricingVersion,
    requestModel,
  };
  if (observed.responseModel !== undefined) details.responseModel = observed.responseModel;
  if (usage.serviceTier !== undefined) details.serviceTier = usage.serviceTier;
  if (observed.operation !== undefined) details.operation = observed.operation;
  const toolCalls = usage.toolCalls;
  if (toolCalls !== undefined && Object.values(toolCalls).some((count) => count !== 0))
    details.toolCalls = toolCalls;
  if (observed.partial === true) details.partial = true;
  // Counts a provider sent may still be nonsense (a float, a negative): checked here, once.
  return { costUsd: priced.costUsd, details: checkBuiltDetails(details) };
}
