import type { Attributes } from '@opentelemetry/api';
import type { LedgerEntry, LegacyTokenCounts, UsageTokens } from '@tollgate/core';
import { genAi, tollgate } from './attribute-names.js';
import { tokenCounts } from './token-counts.js';

/** The GenAI operation of a settled call: what the adapter said, else `chat`. */
export function operationOf(entry: LedgerEntry): string {
  return entry.details.operation ?? 'chat';
}

/** The model a call asked for: as the adapter resolved it, else the model it was priced on. */
export function requestModelOf(entry: LedgerEntry): string | undefined {
  return entry.details.requestModel ?? entry.details.model;
}

/**
 * The low-cardinality attributes that describe what kind of call it was, for metrics:
 * operation, provider, requested model, and the service tier when the provider reported one.
 */
export function callAttributes(entry: LedgerEntry, budgetId: string): Attributes {
  return {
    [tollgate.budgetId]: budgetId,
    [genAi.operationName]: operationOf(entry),
    ...present(genAi.providerName, entry.details.provider),
    ...present(genAi.requestModel, requestModelOf(entry)),
    ...present(tollgate.serviceTier, entry.details.serviceTier),
  };
}

/** `{ [name]: value }`, or nothing when there is no value: attributes are never undefined. */
export function present(
  name: string,
  value: string | number | undefined,
): Record<string, string | number> {
  return value === undefined ? {} : { [name]: value };
}

/** Everything a span learns from a settled call: GenAI usage and Tollgate's money. */
export function spanAttributes(entry: LedgerEntry): Attributes {
  const { details } = entry;
  const attributes: Attributes = {
    ...callAttributes(entry, entry.budgetId),
    ...present(genAi.responseModel, details.responseModel ?? details.model),
    ...present(tollgate.pricingVersion, details.pricingVersion),
    // `unseen` or `unreadable`: the call was charged its hold, not its usage.
    ...present(tollgate.usage, details.usage),
    [tollgate.reservationId]: entry.reservationId,
    [tollgate.costUsd]: Number(entry.actualUsd),
    [tollgate.holdUsd]: Number(entry.reservedUsd),
  };
  if (details.tokens !== undefined) Object.assign(attributes, tokenAttributes(details.tokens));
  if (details.partial === true) attributes[tollgate.partial] = true;
  return attributes;
}

function tokenAttributes(raw: UsageTokens | LegacyTokenCounts): Attributes {
  const tokens = tokenCounts(raw);
  // Cache and reasoning counts only when there were some: most calls have none.
  const nonZero = (name: string, count: number) => present(name, count > 0 ? count : undefined);
  return {
    [genAi.inputTokens]: tokens.input,
    [genAi.outputTokens]: tokens.output,
    ...nonZero(genAi.cacheReadInputTokens, tokens.cacheRead),
    ...nonZero(genAi.cacheCreationInputTokens, tokens.cacheWrite),
    ...nonZero(genAi.reasoningOutputTokens, tokens.reasoning),
  };
}
