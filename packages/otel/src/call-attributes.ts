import type { Attributes, Span } from '@opentelemetry/api';
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
 * Writes everything a span learns from a settled call on it: GenAI usage and Tollgate's
 * money, one attribute at a time (no attributes object is built: it runs on every call).
 */
export function annotateSpan(span: Span, entry: LedgerEntry): void {
  const { details } = entry;
  span.setAttribute(tollgate.budgetId, entry.budgetId);
  span.setAttribute(genAi.operationName, operationOf(entry));
  setPresent(span, genAi.providerName, details.provider);
  setPresent(span, genAi.requestModel, requestModelOf(entry));
  setPresent(span, tollgate.serviceTier, details.serviceTier);
  setPresent(span, genAi.responseModel, details.responseModel ?? details.model);
  setPresent(span, tollgate.pricingVersion, details.pricingVersion);
  // `unseen` or `unreadable`: the call was charged its hold, not its usage.
  setPresent(span, tollgate.usage, details.usage);
  span.setAttribute(tollgate.reservationId, entry.reservationId);
  span.setAttribute(tollgate.costUsd, Number(entry.actualUsd));
  span.setAttribute(tollgate.holdUsd, Number(entry.reservedUsd));
  if (details.tokens !== undefined) annotateTokens(span, details.tokens);
  if (details.partial === true) span.setAttribute(tollgate.partial, true);
}

function setPresent(span: Span, name: string, value: string | number | undefined): void {
  if (value !== undefined) span.setAttribute(name, value);
}

function annotateTokens(span: Span, raw: UsageTokens | LegacyTokenCounts): void {
  const tokens = tokenCounts(raw);
  span.setAttribute(genAi.inputTokens, tokens.input);
  span.setAttribute(genAi.outputTokens, tokens.output);
  // Cache and reasoning counts only when there were some: most calls have none.
  if (tokens.cacheRead > 0) span.setAttribute(genAi.cacheReadInputTokens, tokens.cacheRead);
  if (tokens.cacheWrite > 0) span.setAttribute(genAi.cacheCreationInputTokens, tokens.cacheWrite);
  if (tokens.reasoning > 0) span.setAttribute(genAi.reasoningOutputTokens, tokens.reasoning);
}
