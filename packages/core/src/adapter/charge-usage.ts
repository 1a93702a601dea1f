import type { ValidationIssue } from '../errors.js';
import { isRecord } from '../is-record.js';
import { expectedIssue, invalidInput } from '../plain-data.js';
import { checkBuiltDetails } from '../settlement-details.js';
import type { SettlementDetails } from '../store.js';
import type { Charge, ObservedUsage, UsagePricer } from './types.js';

/**
 * The kit's one pricing step: prices an observed usage with the adapter's pricer and builds
 * the settlement the ledger records (the typed tokens, the tool calls, how it was priced,
 * the model asked for and the one and tier that answered). `requestModel` is the model the
 * call asked for.
 * Exported for adapters that settle outside the Stainless kit (the AI SDK middleware).
 *
 * @throws InvalidOptionsError when `price` is not a function or `observed` has no usage
 * object, naming what arrived; whatever `price` throws for a usage it cannot price.
 */
export function chargeUsage(
  price: UsagePricer,
  observed: ObservedUsage,
  requestModel: string,
): Charge {
  try {
    return priceObserved(price, observed, requestModel);
  } catch (error) {
    // Checked only once pricing threw (a raw TypeError, or the pricer's own error for a
    // usage it cannot price): nothing on the hot path.
    throw chargeArgumentsError(price, observed) ?? error;
  }
}

function priceObserved(price: UsagePricer, observed: ObservedUsage, requestModel: string): Charge {
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

/** What `chargeUsage` throws when given no pricer or no observed usage; else `undefined`. */
function chargeArgumentsError(price: unknown, observed: unknown): Error | undefined {
  const issues: ValidationIssue[] = [];
  if (typeof price !== 'function') {
    issues.push(expectedIssue('price', 'a UsagePricer function (usagePricer(...))', price));
  }
  if (!isRecord(observed)) {
    issues.push(expectedIssue('observed', 'an observed usage ({ usage })', observed));
  } else if (!isRecord(observed.usage)) {
    issues.push(
      expectedIssue('observed.usage', 'a usage object ({ tokens, ... })', observed.usage),
    );
  }
  return issues.length === 0 ? undefined : invalidInput('chargeUsage arguments', issues);
}
