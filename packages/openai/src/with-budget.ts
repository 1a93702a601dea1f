import type { Budget } from '@tollgate/core';
import {
  type AdapterOptions,
  AdapterOptionsParser,
  type BudgetChoice,
  type Budgeted,
  budgetedClient,
  checkClient,
  type MeterClientOptions,
  type OutgoingRequest,
  oneOf,
  type Route,
  share,
} from '@tollgate/core/adapter';
import { defaultPricing, type Pricing } from '@tollgate/pricing';
import { azureDeployment, keepAzureOptions } from './azure-client.js';
import { classifyEndpoint } from './classify-endpoint.js';
import { describeNotOpenAI, isOpenAIClient } from './is-openai-client.js';
import { planCall } from './plan-call.js';
import type { EstimateMode, PlanSettings } from './plan-settings.js';
import {
  COMPATIBLE_PROVIDERS,
  type ProviderOption,
  providerOfClient,
} from './provider-of-client.js';
import { websocketTransports } from './websocket-doors.js';

/** Options of the OpenAI adapter, beside the budget: the kit's shared ones and its own. */
export interface OpenAIAdapterOptions extends AdapterOptions<Pricing> {
  /**
   * How input tokens are bounded before a call: `'bytes'` holds on the UTF-8 byte count
   * (no tokenizer; about 4x the true count for English); `'tokenizer'` counts exactly with
   * the model's tokenizer (loaded on first use); `'auto'` holds on bytes and, only if
   * the budget refuses that hold, counts exactly and tries the tighter hold once.
   * Models of other providers than OpenAI and Azure are always bounded by bytes: their
   * tokenizers are not OpenAI's, so only the byte count is a sure upper bound.
   * @default 'auto'
   */
  estimate?: EstimateMode;
  /**
   * Whose prices apply: a provider id of `@tollgate/pricing` (`'openai'`, `'azure'`,
   * `'google'`, `'vertex'`, `'bedrock'`, `'deepseek'`, `'xai'`, `'mistral'`, `'groq'`,
   * `'together'`, `'fireworks'`, `'openrouter'`), or `'auto'`: Azure for an `AzureOpenAI`
   * client, else the provider of the client's `baseURL` (`https://api.deepseek.com` →
   * DeepSeek), else OpenAI (a proxy, a self-hosted server: unknown models are refused
   * unless `pricing` prices them). Set it when a gateway hides the provider's host.
   * @default 'auto'
   */
  provider?: ProviderOption;
  /**
   * When a provider reports its own cost (OpenRouter's `usage.cost`), the call is charged
   * that cost; a `price-drift` event is emitted when it differs from the price table's cost
   * by more than this share of it (0.05 is 5%; `Infinity` never emits).
   * @default 0.05
   */
  priceDriftShare?: number;
}

/**
 * Options of `withBudget`: `{ budget }` to share an existing budget, or budget options
 * (`{ limitUsd, ... }`) for a private one, plus the adapter's options.
 */
export type WithBudgetOptions = BudgetChoice & OpenAIAdapterOptions;

const options = new AdapterOptionsParser<OpenAIAdapterOptions>({
  prefix: 'openai',
  defaultPricing,
  extra: {
    estimate: oneOf(['auto', 'bytes', 'tokenizer'], 'auto'),
    provider: oneOf(['auto', ...COMPATIBLE_PROVIDERS], 'auto'),
    priceDriftShare: share(0.05),
  },
});

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
 * @throws InvalidOptionsError when `client` is not an OpenAI client or is already wrapped,
 * or when any option is wrong (every problem listed in `issues`).
 * @example
 * const openai = withBudget(new OpenAI(), { budget: plan });
 * const priv = withBudget(new OpenAI(), { limitUsd: 5 });
 */
export function withBudget<Client extends object>(
  client: Client,
  choice: WithBudgetOptions,
): Budgeted<Client> {
  checkClient(client, isOpenAIClient, 'an OpenAI client (new OpenAI())', describeNotOpenAI);
  const settings = options.parse(choice);
  const meter = (target: Budget, current: object): Omit<MeterClientOptions, 'budget'> => {
    const plan: PlanSettings = {
      budget: target,
      pricing: settings.pricing,
      provider: providerOfClient(current, settings.provider),
      estimate: settings.estimate,
      metadata: settings.metadata,
      priceDriftShare: settings.priceDriftShare,
      unmetered: settings.unmetered,
      deployment: azureDeployment(current),
    };
    return {
      route: (request) => toRoute(request, plan),
      unmetered: settings.unmetered,
      unmeteredTransports: websocketTransports(current),
      ...(settings.maxConcurrency === undefined ? {} : { maxConcurrency: settings.maxConcurrency }),
    };
  };
  // The SDK declares `fetch` private, so its class is not structurally a StainlessClient
  // even though the runtime seams are there (checked above).
  return budgetedClient(
    keepAzureOptions(client),
    settings.budget,
    meter,
    options,
  ) as unknown as Budgeted<Client>;
}
