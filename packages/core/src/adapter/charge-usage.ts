import type { SettlementDetails } from '../store.js';
import type { Charge, ObservedUsage, UsagePricer } from './types.js';

/**
 * The kit's one pricing step: prices an observed usage with the adapter's pricer and builds
 * the settlement the ledger records (the typed tokens, the tool calls, how it was priced).
 * Exported for adapters that settle outside the Stainless kit (the AI SDK middleware).
 */
export function chargeUsage(price: UsagePricer, observed: ObservedUsage): Charge {
  const { usage } = observed;
  const priced = price(usage);
  const details: SettlementDetails = {
    provider: priced.provider,
    model: priced.model,
    tokens: usage.tokens,
    pricingVersion: priced.pricingVersion,
  };
  const toolCalls = usage.toolCalls;
  if (toolCalls !== undefined && Object.values(toolCalls).some((count) => count !== 0))
    details.toolCalls = toolCalls;
  if (observed.partial === true) details.partial = true;
  return { costUsd: priced.costUsd, details };
}
