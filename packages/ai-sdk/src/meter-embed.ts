/**
 * One embedding call, metered: held on a byte bound of the values, settled from the
 * token count the provider returns (the hold when it returns none).
 */
import type { EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from '@ai-sdk/provider';
import { boundPricer } from '@tollgate/pricing';
import type { AnsweredStatuses } from './answered-statuses.js';
import { boundEmbeddingValues } from './bound-prompt.js';
import { holdStep, type MeterSettings } from './hold-step.js';
import { callBelow, refuseMeteredTwice } from './metering-layer.js';
import type { ModelName, StepPlan, StepSettings } from './plan-step.js';
import { routeOf } from './provider-routes.js';
import { dispatch, settleStep } from './step-endings.js';

/** The hold of an embedding call: its values' tokens at the model's input rate. */
export function planEmbedding(
  name: ModelName,
  options: EmbeddingModelV4CallOptions,
  settings: StepSettings,
): StepPlan {
  const route = routeOf(name.provider, name.modelId, settings.provider);
  const model = settings.pricing.resolve(route.provider, name.modelId);
  const inputTokens = boundEmbeddingValues(options.values);
  const holdUsd = boundPricer(
    settings.pricing,
    route.provider,
    model.id,
  )({
    inputTokens,
    maxOutputTokens: 0,
  });
  return {
    holdUsd,
    model: model.id,
    route,
    inputTokens,
    outputTokens: 0,
    serviceTier: undefined,
    webSearchTools: new Set(),
    fallbackModels: [],
    ...(settings.metadata === undefined ? {} : { metadata: settings.metadata }),
  };
}

/**
 * Holds, embeds and settles one call; a refused call throws before any request. `statuses`,
 * when the provider's `fetch` is watched, releases a real error status (see `dispatch`).
 */
export async function meterEmbed(
  name: ModelName,
  options: EmbeddingModelV4CallOptions,
  settings: MeterSettings,
  embedBelow: (options: EmbeddingModelV4CallOptions) => PromiseLike<EmbeddingModelV4Result>,
  statuses?: AnsweredStatuses,
): Promise<EmbeddingModelV4Result> {
  refuseMeteredTwice(settings.layer, options);
  const embed = () => callBelow(settings.layer, options, embedBelow);
  const held = await holdStep(
    (step) => planEmbedding(name, options, step),
    settings,
    options.abortSignal,
  );
  const result = await dispatch(held, embed, statuses);
  const tokens = result.usage?.tokens;
  await settleStep(held, {
    usage:
      tokens === undefined
        ? undefined
        : {
            inputTokens: { total: tokens, noCache: tokens, cacheRead: 0, cacheWrite: 0 },
            outputTokens: { total: 0, text: 0, reasoning: undefined },
          },
    providerMetadata: undefined,
    webSearches: 0,
  });
  return result;
}
