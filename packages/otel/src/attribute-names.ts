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
  /** Attribute: the provider that served the call, e.g. `openai`. */
  providerName: 'gen_ai.provider.name',
  /** Attribute: the GenAI operation, e.g. `chat` (the adapter's, else `chat`). */
  operationName: 'gen_ai.operation.name',
  /** Attribute: the model the call asked for. */
  requestModel: 'gen_ai.request.model',
  /** Attribute: the model the provider says answered. */
  responseModel: 'gen_ai.response.model',
  /** Attribute: input tokens of the call, cached ones included. */
  inputTokens: 'gen_ai.usage.input_tokens',
  /** Attribute: output tokens of the call. */
  outputTokens: 'gen_ai.usage.output_tokens',
  /** Attribute: input tokens read from the provider's prompt cache (set only when some were). */
  cacheReadInputTokens: 'gen_ai.usage.cache_read.input_tokens',
  /** Attribute: input tokens written to the provider's prompt cache (set only when some were). */
  cacheCreationInputTokens: 'gen_ai.usage.cache_creation.input_tokens',
  /** Attribute: output tokens spent on reasoning (set only when some were). */
  reasoningOutputTokens: 'gen_ai.usage.reasoning.output_tokens',
  /** Attribute of the token-usage metric: `input` or `output`. */
  tokenType: 'gen_ai.token.type',
  /** Histogram metric: tokens used per call, by `gen_ai.token.type`. */
  tokenUsageMetric: 'gen_ai.client.token.usage',
  /** Histogram metric: call duration in seconds, from the hold being admitted to the charge. */
  operationDurationMetric: 'gen_ai.client.operation.duration',
  /** The general `error.type` attribute (stable). */
  errorType: 'error.type',
} as const;

/** Tollgate's own names, for what the conventions do not cover. */
export const tollgate = {
  /** Attribute: the budget the call was made on (the leaf). */
  budgetId: 'tollgate.budget.id',
  /** Attribute: the Tollgate error code of a refusal: `BUDGET_EXCEEDED`, `BUDGET_CLOSED` or `STORE_UNAVAILABLE`. */
  code: 'tollgate.code',
  /** Attribute: false when the budget only observes (shadow mode) and the call went ahead. */
  enforced: 'tollgate.enforced',
  /** Attribute: the service tier the provider reported for the call. */
  serviceTier: 'tollgate.service_tier',
  /** Attribute: the exact cost the call was charged, in USD. */
  costUsd: 'tollgate.cost_usd',
  /** Attribute: what the call held before it was sent, in USD. */
  holdUsd: 'tollgate.hold_usd',
  /** Attribute: the version of the price table the call was priced with. */
  pricingVersion: 'tollgate.pricing_version',
  /** Attribute: `true` when the call ended early and was charged for its known part. */
  partial: 'tollgate.partial',
  /** Attribute: `unseen` or `unreadable` when the call was charged its hold, not its usage. */
  usage: 'tollgate.usage',
  /** Attribute: the id of the call's reservation. */
  reservationId: 'tollgate.reservation.id',
  /** Attribute: the budget that refused the call (the leaf or an ancestor). */
  refusingBudgetId: 'tollgate.refusal.budget.id',
  /** Attribute: the refusing budget's limit, in USD. */
  limitUsd: 'tollgate.limit_usd',
  /** Attribute: the refusing budget's settled spend, in USD. */
  spentUsd: 'tollgate.spent_usd',
  /** Attribute: what calls in flight held on the refusing budget, in USD. */
  reservedUsd: 'tollgate.reserved_usd',
  /** Attribute: what the refused call asked to hold, in USD. */
  requestedUsd: 'tollgate.requested_usd',
  /** Counter metric: exact cost charged to budgets, in USD. */
  costMetric: 'tollgate.cost',
  /** Counter metric: what the charged calls held before they were sent, in USD. */
  holdMetric: 'tollgate.hold',
  /** Gauge metric: a budget's settled spend in its current window, in USD. */
  spentMetric: 'tollgate.budget.spent',
  /** Gauge metric: what calls in flight hold on a budget, in USD. */
  reservedMetric: 'tollgate.budget.reserved',
  /** Gauge metric: a budget's limit, in USD. */
  limitMetric: 'tollgate.budget.limit',
  /** Gauge metric: limit minus spent minus held, never below zero, in USD. */
  remainingMetric: 'tollgate.budget.remaining',
  /**
   * Gauge metric: 1 when the budget is closed or under a closed budget (`status()` has
   * `closedAt` or `closedBy`: every call is refused, whatever `remaining` says), else 0.
   */
  closedMetric: 'tollgate.budget.closed',
  /**
   * Gauge metric: 1 when this collection read the budget's figures from its store, 0 when it
   * could not (the money gauges are then not observed).
   */
  storeAvailableMetric: 'tollgate.budget.store_available',
  /** Counter metric: reads of a budget's figures that failed, by `tollgate.code`. */
  statusErrorsMetric: 'tollgate.budget.status_errors',
  /** Counter metric: calls refused before sending, by `tollgate.code`. */
  refusalsMetric: 'tollgate.refusals',
  /** Gauge metric: settlements kept in memory because the store could not be reached. */
  pendingMetric: 'tollgate.settlements.pending',
  /** Counter metric: settlements and releases given up after retrying. */
  lostMetric: 'tollgate.settlements.lost',
  /** Span event: a budget refused the call. */
  refusedEvent: 'tollgate.refused',
  /** Span event: a budget would have refused the call but only observes (shadow mode). */
  wouldRefuseEvent: 'tollgate.would_refuse',
  /** Span event: the store could not be reached for the call's hold. */
  storeUnavailableEvent: 'tollgate.store_unavailable',
} as const;
