import {
  type AdapterOptions,
  AdapterOptionsParser,
  type BudgetChoice,
  type Budgeted,
  budgetedClient,
  checkClient,
  flag,
  type MeterClientOptions,
  oneOf,
} from '@tollgate/core/adapter';
import { describeValue } from '@tollgate/core/internal';
import { defaultPricing, type Pricing } from '@tollgate/pricing';
import { describeNotAnthropic, isAnthropicClient } from './is-anthropic-client.js';
import type { CountTokens, PlanSettings } from './plan-message.js';
import { platformOfClient } from './platform-of-client.js';
import { routeRequest } from './route-request.js';

/** How the wrapper meters calls, beside the budget: the kit's shared options and its own. */
export interface AnthropicMeteringOptions extends AdapterOptions<Pricing> {
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
}

export type { PrivateBudgetOptions } from '@tollgate/core/adapter';

/** Options of `withBudget`: a budget (or options for a private one), plus how to meter. */
export type WithBudgetOptions = BudgetChoice & AnthropicMeteringOptions;

const options = new AdapterOptionsParser<AnthropicMeteringOptions>({
  prefix: 'anthropic',
  defaultPricing,
  extra: { estimate: oneOf(['bytes', 'count-tokens'], 'bytes'), batch: flag(false) },
});

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

/**
 * Wraps an `@anthropic-ai/sdk` client (0.x or 1.x), or an `AnthropicBedrock` /
 * `AnthropicVertex` client (1.x, priced at Bedrock's / Vertex's rates, streams included), so
 * every Messages call is held against
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
  choice: WithBudgetOptions,
): Budgeted<Client> {
  const seamed: unknown = client;
  checkClient(
    seamed,
    isAnthropicClient,
    'an Anthropic client (new Anthropic())',
    describeNotAnthropic,
  );
  const settings = options.parse(choice);
  const countTokens: CountTokens = async (body) => {
    const answer = await seamed.post('/v1/messages/count_tokens', { body: countTokensBody(body) });
    // A null answer throws here too: any failure falls back to the local bound.
    const counted = (answer as { input_tokens?: unknown }).input_tokens;
    if (typeof counted !== 'number' || !Number.isSafeInteger(counted) || counted < 0) {
      throw new TypeError(`count_tokens answered ${describeValue(counted)}`);
    }
    return counted;
  };
  const plan: PlanSettings = {
    pricing: settings.pricing,
    platform: platformOfClient(client),
    estimate: settings.estimate,
    batch: settings.batch,
    metadata: settings.metadata,
    countTokens,
  };
  const meter = (): Omit<MeterClientOptions, 'budget'> => ({
    route: (request) => routeRequest(request, plan),
    unmetered: settings.unmetered,
    ...(settings.maxConcurrency === undefined ? {} : { maxConcurrency: settings.maxConcurrency }),
  });
  return budgetedClient(seamed, settings.budget, meter, options) as unknown as Budgeted<Client>;
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
