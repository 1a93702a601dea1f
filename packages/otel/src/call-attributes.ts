import type { Attributes } from '@opentelemetry/api';
import type { LedgerEntry } from '@tollgate/core';
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
  const { provider, serviceTier } = entry.details;
  const attributes: Attributes = {
    [tollgate.budgetId]: budgetId,
    [genAi.operationName]: operationOf(entry),
  };
  if (provider !== undefined) attributes[genAi.providerName] = provider;
  const requestModel = requestModelOf(entry);
  if (requestModel !== undefined) attributes[genAi.requestModel] = requestModel;
  if (serviceTier !== undefined) attributes[tollgate.serviceTier] = serviceTier;
  return attributes;
}

/** Everything a span learns from a settled call: GenAI usage and Tollgate's money. */
export function spanAttributes(entry: LedgerEntry): Attributes {
  const { details } = entry;
  const tokens = tokenCounts(details.tokens);
  const attributes: Attributes = {
    ...callAttributes(entry, entry.budgetId),
    [tollgate.reservationId]: entry.reservationId,
    [tollgate.costUsd]: Number(entry.actualUsd),
    [tollgate.holdUsd]: Number(entry.reservedUsd),
  };
  const responseModel = details.responseModel ?? details.model;
  if (responseModel !== undefined) attributes[genAi.responseModel] = responseModel;
  if (details.tokens !== undefined) {
    attributes[genAi.inputTokens] = tokens.input;
    attributes[genAi.outputTokens] = tokens.output;
    if (tokens.cacheRead > 0) attributes[genAi.cacheReadInputTokens] = tokens.cacheRead;
    if (tokens.cacheWrite > 0) attributes[genAi.cacheCreationInputTokens] = tokens.cacheWrite;
    if (tokens.reasoning > 0) attributes[genAi.reasoningOutputTokens] = tokens.reasoning;
  }
  if (details.pricingVersion !== undefined)
    attributes[tollgate.pricingVersion] = details.pricingVersion;
  if (details.partial === true) attributes[tollgate.partial] = true;
  return attributes;
}
