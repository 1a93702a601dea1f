import {
  type Budget,
  describeValue,
  InvalidOptionsError,
  type Metadata,
  type ValidationIssue,
} from '@tollgate/core';
import {
  type BudgetChoice,
  type Budgeted,
  budgetedClient,
  chooseBudget,
  type MeterClientOptions,
  type OutgoingRequest,
  type Route,
  type StainlessClient,
} from '@tollgate/core/adapter';
import { defaultPricing, type Pricing } from '@tollgate/pricing';
import { classifyEndpoint } from './classify-endpoint.js';
import { type EstimateMode, type PlanSettings, planCall } from './plan-call.js';

/** Options of the OpenAI adapter, beside the budget. */
export interface OpenAIAdapterOptions {
  /**
   * Paid endpoints Tollgate cannot meter (images, audio, realtime, fine-tuning, batches,
   * ...: see the README): `'refuse'` throws `UnmeteredEndpointError` before sending while
   * the budget enforces; `'allow'` lets them through, uncharged.
   * @default 'refuse'
   */
  unmetered?: 'refuse' | 'allow';
  /**
   * At most this many metered calls of this client in flight; more wait in line (before
   * they reserve). Each derived client (`withBudget`, `withOptions`) has its own line.
   * @default unlimited
   */
  maxConcurrency?: number;
  /** Prices, model limits and encodings. @default defaultPricing() (the bundled tables) */
  pricing?: Pricing;
  /**
   * How input tokens are bounded before a call: `'bytes'` holds on the UTF-8 byte count
   * (no tokenizer; about 4x the true count for English); `'tokenizer'` counts exactly with
   * the model's tokenizer (loaded on first use); `'auto'` holds on bytes and, only if
   * the budget refuses that hold, counts exactly and tries the tighter hold once.
   * @default 'auto'
   */
  estimate?: EstimateMode;
  /** Recorded with every reservation and ledger entry of this client. @default none */
  metadata?: Metadata;
}

/**
 * Options of `withBudget`: `{ budget }` to share an existing budget, or budget options
 * (`{ limitUsd, ... }`) for a private one, plus the adapter's options.
 */
export type WithBudgetOptions = BudgetChoice & OpenAIAdapterOptions;

const ESTIMATES: readonly EstimateMode[] = ['auto', 'bytes', 'tokenizer'];

function checkAdapterOptions(options: OpenAIAdapterOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { unmetered, maxConcurrency, pricing, estimate, metadata } = options;
  if (unmetered !== undefined && unmetered !== 'refuse' && unmetered !== 'allow') {
    issues.push({
      path: 'unmetered',
      message: `expected 'refuse' or 'allow', received ${describeValue(unmetered)}`,
    });
  }
  if (
    maxConcurrency !== undefined &&
    !(
      maxConcurrency === Number.POSITIVE_INFINITY ||
      (Number.isSafeInteger(maxConcurrency) && maxConcurrency >= 1)
    )
  ) {
    issues.push({
      path: 'maxConcurrency',
      message: `expected a positive integer, received ${describeValue(maxConcurrency)}`,
    });
  }
  if (
    pricing !== undefined &&
    (typeof pricing !== 'object' ||
      pricing === null ||
      typeof pricing.resolve !== 'function' ||
      typeof pricing.estimateCost !== 'function')
  ) {
    issues.push({
      path: 'pricing',
      message: `expected a Pricing (createPricing()), received ${describeValue(pricing)}`,
    });
  }
  if (estimate !== undefined && !ESTIMATES.includes(estimate)) {
    issues.push({
      path: 'estimate',
      message: `expected 'auto', 'bytes' or 'tokenizer', received ${describeValue(estimate)}`,
    });
  }
  if (metadata !== undefined) {
    const plain = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata);
    const bad = plain
      ? Object.entries(metadata).find(
          ([, value]) => value !== null && !['string', 'number', 'boolean'].includes(typeof value),
        )
      : undefined;
    if (!plain || bad !== undefined) {
      issues.push({
        path: bad === undefined ? 'metadata' : `metadata.${bad[0]}`,
        message: `expected strings, numbers, booleans or null, received ${describeValue(bad === undefined ? metadata : bad[1])}`,
      });
    }
  }
  return issues;
}

function isStainlessClient(client: unknown): client is StainlessClient {
  const candidate = client as Partial<Record<'request' | 'withOptions', unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.request === 'function' &&
    typeof candidate.withOptions === 'function'
  );
}

function toRoute(request: OutgoingRequest, settings: PlanSettings): Route {
  const decision = classifyEndpoint(request.method, request.path, request.body);
  if (decision.kind !== 'metered') return decision;
  return { kind: 'metered', plan: (outgoing) => planCall(decision.endpoint, outgoing, settings) };
}

/**
 * Wraps an `openai` client (6.x or 7.x) so every call is held against a budget before it
 * is sent and charged its exact cost after. Returns a client of the same type with
 * `.budget` and `.withBudget(other)`; the client passed in is not changed.
 *
 * @example
 * const openai = withBudget(new OpenAI(), { budget: plan });
 * const priv = withBudget(new OpenAI(), { limitUsd: 5 });
 */
export function withBudget<Client extends object>(
  client: Client,
  options: WithBudgetOptions,
): Budgeted<Client> {
  if (!isStainlessClient(client)) {
    throw new InvalidOptionsError(
      `withBudget: expected an OpenAI client (new OpenAI()), received ${describeValue(client)}`,
      [{ path: '', message: 'not an openai client' }],
    );
  }
  if ('budget' in client && typeof (client as { withBudget?: unknown }).withBudget === 'function') {
    throw new InvalidOptionsError(
      'withBudget: this client is already wrapped; use client.withBudget(other) to bind it to another budget',
      [{ path: '', message: 'already wrapped' }],
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError(
      `withBudget: expected options ({ budget } or { limitUsd }), received ${describeValue(options)}`,
      [{ path: '', message: 'required' }],
    );
  }
  const { unmetered, maxConcurrency, pricing, estimate, metadata, ...choice } = options;
  const issues = checkAdapterOptions({
    ...(unmetered === undefined ? {} : { unmetered }),
    ...(maxConcurrency === undefined ? {} : { maxConcurrency }),
    ...(pricing === undefined ? {} : { pricing }),
    ...(estimate === undefined ? {} : { estimate }),
    ...(metadata === undefined ? {} : { metadata }),
  });
  if (issues.length > 0) {
    throw new InvalidOptionsError(
      `withBudget: invalid options: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    );
  }
  const budget = chooseBudget(choice, 'openai');
  const prices = pricing ?? defaultPricing();
  const meter = (target: Budget): Omit<MeterClientOptions, 'budget'> => {
    const settings: PlanSettings = {
      budget: target,
      pricing: prices,
      estimate: estimate ?? 'auto',
      metadata,
    };
    return {
      route: (request) => toRoute(request, settings),
      ...(unmetered === undefined ? {} : { unmetered }),
      ...(maxConcurrency === undefined ? {} : { maxConcurrency }),
    };
  };
  // The SDK declares `fetch` private, so its class is not structurally a StainlessClient
  // even though the runtime seams are there (checked above).
  return budgetedClient(client, budget, meter) as unknown as Budgeted<Client>;
}
