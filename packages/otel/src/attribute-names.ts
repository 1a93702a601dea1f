/**
 * Metric and attribute names. The GenAI names are those of the OpenTelemetry semantic
 * conventions as published in `@opentelemetry/semantic-conventions` 1.45.0 (its incubating
 * entry point; the GenAI conventions have since moved to their own repository). They are
 * written out here rather than imported because the incubating entry point may change in
 * any minor release; `attribute-names.test.ts` checks them against 1.45.0. Names without a
 * convention carry the `tollgate.` prefix.
 */

/** GenAI semantic-convention names (semantic-conventions 1.45.0). */
export const genAi = {
  providerName: 'gen_ai.provider.name',
  operationName: 'gen_ai.operation.name',
  requestModel: 'gen_ai.request.model',
  responseModel: 'gen_ai.response.model',
  inputTokens: 'gen_ai.usage.input_tokens',
  outputTokens: 'gen_ai.usage.output_tokens',
  cacheReadInputTokens: 'gen_ai.usage.cache_read.input_tokens',
  cacheCreationInputTokens: 'gen_ai.usage.cache_creation.input_tokens',
  reasoningOutputTokens: 'gen_ai.usage.reasoning.output_tokens',
  tokenType: 'gen_ai.token.type',
  tokenUsageMetric: 'gen_ai.client.token.usage',
  operationDurationMetric: 'gen_ai.client.operation.duration',
  /** The general `error.type` attribute (stable). */
  errorType: 'error.type',
} as const;

/** Tollgate's own names, for what the conventions do not cover. */
export const tollgate = {
  budgetId: 'tollgate.budget.id',
  code: 'tollgate.code',
  enforced: 'tollgate.enforced',
  serviceTier: 'tollgate.service_tier',
  costUsd: 'tollgate.cost_usd',
  holdUsd: 'tollgate.hold_usd',
  pricingVersion: 'tollgate.pricing_version',
  partial: 'tollgate.partial',
  usage: 'tollgate.usage',
  reservationId: 'tollgate.reservation.id',
  refusingBudgetId: 'tollgate.refusal.budget.id',
  limitUsd: 'tollgate.limit_usd',
  spentUsd: 'tollgate.spent_usd',
  reservedUsd: 'tollgate.reserved_usd',
  requestedUsd: 'tollgate.requested_usd',
  costMetric: 'tollgate.cost',
  holdMetric: 'tollgate.hold',
  spentMetric: 'tollgate.budget.spent',
  reservedMetric: 'tollgate.budget.reserved',
  limitMetric: 'tollgate.budget.limit',
  remainingMetric: 'tollgate.budget.remaining',
  refusalsMetric: 'tollgate.refusals',
  pendingMetric: 'tollgate.settlements.pending',
  lostMetric: 'tollgate.settlements.lost',
  refusedEvent: 'tollgate.refused',
  wouldRefuseEvent: 'tollgate.would_refuse',
  storeUnavailableEvent: 'tollgate.store_unavailable',
} as const;
