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
  const attributes: Attributes = {
    [tollgate.budgetId]: budgetId,
    [genAi.operationName]: operationOf(entry),
  };
  addCallAttributes(attributes, entry);
  return attributes;
}

/** `{ [name]: value }`, or nothing when there is no value: attributes are never undefined. */
export function present(
  name: string,
  value: string | number | undefined,
): Record<string, string | number> {
  return value === undefined ? {} : { [name]: value };
}

/** Sets `name` unless `value` is missing: attributes are never undefined. */
function put(attributes: Attributes, name: string, value: string | number | undefined): void {
  if (value !== undefined) attributes[name] = value;
}

function addCallAttributes(attributes: Attributes, entry: LedgerEntry): void {
  put(attributes, genAi.providerName, entry.details.provider);
  put(attributes, genAi.requestModel, requestModelOf(entry));
  put(attributes, tollgate.serviceTier, entry.details.serviceTier);
}

/**
 * Everything a span learns from a settled call: GenAI usage and Tollgate's money. Built by
 * assignment, not spreads: it runs on every settled call.
 */
export function spanAttributes(entry: LedgerEntry): Attributes {
  const { details } = entry;
  const attributes: Attributes = {
    [tollgate.budgetId]: entry.budgetId,
    [genAi.operationName]: operationOf(entry),
  };
  addCallAttributes(attributes, entry);
  put(attributes, genAi.responseModel, details.responseModel ?? details.model);
  put(attributes, tollgate.pricingVersion, details.pricingVersion);
  // `unseen` or `unreadable`: the call was charged its hold, not its usage.
  put(attributes, tollgate.usage, details.usage);
  attributes[tollgate.reservationId] = entry.reservationId;
  attributes[tollgate.costUsd] = Number(entry.actualUsd);
  attributes[tollgate.holdUsd] = Number(entry.reservedUsd);
  if (details.tokens !== undefined) addTokenAttributes(attributes, details.tokens);
  if (details.partial === true) attributes[tollgate.partial] = true;
  return attributes;
}

function addTokenAttributes(attributes: Attributes, raw: UsageTokens | LegacyTokenCounts): void {
  const tokens = tokenCounts(raw);
  attributes[genAi.inputTokens] = tokens.input;
  attributes[genAi.outputTokens] = tokens.output;
  // Cache and reasoning counts only when there were some: most calls have none.
  if (tokens.cacheRead > 0) attributes[genAi.cacheReadInputTokens] = tokens.cacheRead;
  if (tokens.cacheWrite > 0) attributes[genAi.cacheCreationInputTokens] = tokens.cacheWrite;
  if (tokens.reasoning > 0) attributes[genAi.reasoningOutputTokens] = tokens.reasoning;
}
