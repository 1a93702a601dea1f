import {
  type Budget,
  type BudgetOptions,
  describeValue,
  InvalidOptionsError,
  type Metadata,
  type ValidationIssue,
} from '@tollgate/core';
import {
  type Budgeted,
  budgetedClient,
  chooseBudget,
  type StainlessClient,
} from '@tollgate/core/adapter';
import { defaultPricing, type Pricing } from '@tollgate/pricing';
import type { CountTokens, PlanSettings } from './plan-message.js';
import { routeRequest } from './route-request.js';

/** How the wrapper meters calls; every field is optional. */
export interface AnthropicMeteringOptions {
  /**
   * Paid endpoints Tollgate cannot meter (Message Batches, legacy completions, any write
   * endpoint it does not know): `'refuse'` throws `UnmeteredEndpointError`
   * (`UNMETERED_ENDPOINT`) before sending while the budget enforces; `'allow'` lets them
   * through uncharged.
   * @default 'refuse'
   */
  unmetered?: 'refuse' | 'allow';
  /**
   * At most this many metered calls of this client in flight; more wait in line before
   * they reserve.
   * @default unlimited
   */
  maxConcurrency?: number;
  /** Prices and model limits, e.g. `createPricing({ overrides })`. @default defaultPricing() */
  pricing?: Pricing;
  /**
   * How input tokens are bounded before a call is held:
   * - `'bytes'`: the UTF-8 byte count of the request plus fixed allowances, computed
   *   locally in one pass. It never under-counts, but holds about 2 to 5 times the input.
   * - `'count-tokens'`: asks the free `POST /v1/messages/count_tokens` endpoint first (one
   *   extra round trip per call, its own rate limit) and holds that count plus a small
   *   margin; falls back to `'bytes'` if the count fails.
   * @default 'bytes'
   */
  estimate?: 'bytes' | 'count-tokens';
  /**
   * Price every call of this client at Batch API rates (for a client that sends work a
   * gateway batches). Responses whose `usage.service_tier` is `'batch'` are priced at batch
   * rates either way.
   * @default false
   */
  batch?: boolean;
  /** Recorded with every reservation and ledger entry of this client. @default none */
  metadata?: Metadata;
}

/** Options of a private budget made for one client: `createBudget` options, `id` optional. */
export type PrivateBudgetOptions = Omit<BudgetOptions, 'id'> & {
  /** @default `anthropic-<n>` */
  id?: string;
};

/** Options of `withBudget`: a budget (or options for a private one), plus how to meter. */
export type WithBudgetOptions = (
  | {
      /** An existing budget to share. */
      budget: Budget;
    }
  | PrivateBudgetOptions
) &
  AnthropicMeteringOptions;

/**
 * What `withBudget` asks of a client at the type level: an `@anthropic-ai/sdk` client, 0.x
 * or 1.x. (Its `fetch` is declared private, so the runtime seams are checked, not typed.)
 */
export interface AnthropicClientLike {
  /** The Messages resource. */
  readonly messages: object;
  /** The SDK's `withOptions`, wrapped so a derived client stays metered. */
  withOptions(options: never): unknown;
  /** The SDK's request seam, where every call is held before it is sent. */
  request(options: never, remainingRetries?: number | null): PromiseLike<unknown>;
  /** The SDK's `post`, used by every Messages call. */
  post(path: string, options?: never): PromiseLike<unknown>;
}

/** The runtime seams used, as the SDK defines them. */
type SeamedClient = StainlessClient & {
  post(path: string, options: { body: unknown }): PromiseLike<unknown>;
};

/**
 * Wraps an `@anthropic-ai/sdk` client (0.x or 1.x) so every Messages call is held against
 * `budget` before it is sent (refused with `BudgetExceededError` if it would break a limit)
 * and charged its exact cost from the usage in its response. Returns a client of the same
 * type (the one passed in is not changed) with `.budget` and `.withBudget(other)`.
 *
 * ```ts
 * const anthropic = withBudget(new Anthropic(), { budget: plan });
 * const anthropic = withBudget(new Anthropic(), { limitUsd: 5 }); // a private budget
 * ```
 */
export function withBudget<Client extends AnthropicClientLike>(
  client: Client,
  options: WithBudgetOptions,
): Budgeted<Client> {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionsError(
      `withBudget: expected options with a budget or a limitUsd, received ${describeValue(options)}`,
      [{ path: '', message: 'expected an object' }],
    );
  }
  const seamed: unknown = client;
  if (!hasSeams(seamed)) {
    throw new InvalidOptionsError(
      `withBudget: expected an Anthropic client (new Anthropic()), received ${describeValue(client)}`,
      [{ path: 'client', message: 'expected an @anthropic-ai/sdk client' }],
    );
  }
  const { metering, budgetChoice } = splitOptions(options);
  const budget = chooseBudget(budgetChoice, 'anthropic');
  const countTokens: CountTokens = async (body) => {
    const answer = await seamed.post('/v1/messages/count_tokens', { body: countTokensBody(body) });
    // A null answer throws here too: any failure falls back to the local bound.
    const counted = (answer as { input_tokens?: unknown }).input_tokens;
    if (typeof counted !== 'number' || !Number.isSafeInteger(counted) || counted < 0) {
      throw new TypeError(`count_tokens answered ${describeValue(counted)}`);
    }
    return counted;
  };
  const settings: PlanSettings = {
    pricing: metering.pricing ?? defaultPricing(),
    estimate: metering.estimate ?? 'bytes',
    batch: metering.batch ?? false,
    metadata: metering.metadata,
    countTokens,
  };
  return budgetedClient(seamed, budget, () => ({
    route: (request) => routeRequest(request, settings),
    unmetered: metering.unmetered ?? 'refuse',
    ...(metering.maxConcurrency === undefined ? {} : { maxConcurrency: metering.maxConcurrency }),
  })) as unknown as Budgeted<Client>;
}

function hasSeams(client: unknown): client is SeamedClient {
  const candidate = client as Partial<Record<keyof SeamedClient, unknown>> | null;
  return (
    typeof client === 'object' &&
    client !== null &&
    typeof candidate?.request === 'function' &&
    typeof candidate.withOptions === 'function' &&
    typeof candidate.post === 'function' &&
    typeof candidate.fetch === 'function'
  );
}

// count_tokens takes the prompt-shaping fields of a message and rejects the others
// (max_tokens, stream, sampling, metadata...).
const countedFields = [
  'model',
  'messages',
  'system',
  'tools',
  'tool_choice',
  'thinking',
  'mcp_servers',
  'output_config',
  'output_format',
  'context_management',
] as const;

function countTokensBody(body: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of countedFields) if (body[field] !== undefined) picked[field] = body[field];
  return picked;
}

const budgetKeys = new Set([
  'id',
  'limitUsd',
  'window',
  'thresholds',
  'ttlMs',
  'onLimit',
  'waitTimeoutMs',
  'enforce',
  'onStoreError',
  'store',
  'clock',
]);

/** The metering options after validation. */
interface Metering {
  unmetered: 'refuse' | 'allow' | undefined;
  maxConcurrency: number | undefined;
  pricing: Pricing | undefined;
  estimate: 'bytes' | 'count-tokens' | undefined;
  batch: boolean | undefined;
  metadata: Metadata | undefined;
}

function splitOptions(options: WithBudgetOptions): {
  metering: Metering;
  budgetChoice: Partial<BudgetOptions> & { budget?: Budget };
} {
  const { unmetered, maxConcurrency, pricing, estimate, batch, metadata, ...budgetChoice } =
    options as AnthropicMeteringOptions & Partial<BudgetOptions> & { budget?: Budget };
  const issues: ValidationIssue[] = [];
  const expect = (ok: boolean, path: string, expected: string, value: unknown) => {
    if (!ok)
      issues.push({ path, message: `expected ${expected}, received ${describeValue(value)}` });
  };
  for (const key of Object.keys(budgetChoice)) {
    if (key === 'budget') continue;
    if (!budgetKeys.has(key)) issues.push({ path: key, message: 'unknown option' });
    else if (budgetChoice.budget !== undefined && key !== 'limitUsd')
      issues.push({ path: key, message: 'a budget option, not allowed together with budget' });
  }
  if (unmetered !== undefined)
    expect(
      unmetered === 'refuse' || unmetered === 'allow',
      'unmetered',
      "'refuse' or 'allow'",
      unmetered,
    );
  if (maxConcurrency !== undefined)
    expect(
      Number.isSafeInteger(maxConcurrency) && maxConcurrency >= 1,
      'maxConcurrency',
      'a whole number of at least 1',
      maxConcurrency,
    );
  if (pricing !== undefined)
    expect(isPricing(pricing), 'pricing', 'a Pricing (createPricing())', pricing);
  if (estimate !== undefined)
    expect(
      estimate === 'bytes' || estimate === 'count-tokens',
      'estimate',
      "'bytes' or 'count-tokens'",
      estimate,
    );
  if (batch !== undefined) expect(typeof batch === 'boolean', 'batch', 'a boolean', batch);
  if (metadata !== undefined)
    expect(
      isMetadata(metadata),
      'metadata',
      'an object of strings, numbers, booleans or null',
      metadata,
    );
  if (issues.length > 0) {
    throw new InvalidOptionsError(
      `withBudget: invalid options: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    );
  }
  return {
    metering: { unmetered, maxConcurrency, pricing, estimate, batch, metadata },
    budgetChoice,
  };
}

// Duck-typed so a Pricing from another installed copy of @tollgate/pricing is accepted.
function isPricing(value: unknown): value is Pricing {
  const candidate = value as Partial<Record<'resolve' | 'computeCost' | 'estimateCost', unknown>>;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof candidate.resolve === 'function' &&
    typeof candidate.computeCost === 'function' &&
    typeof candidate.estimateCost === 'function'
  );
}

function isMetadata(value: unknown): value is Metadata {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (item) => item === null || ['string', 'number', 'boolean'].includes(typeof item),
    )
  );
}
