/**
 * OpenRouter's fallback routing: a request's `models` list names the models tried in turn
 * when the first is down or refuses it, and the call is billed as whichever one served it.
 * Every model of the list is resolved and priced, so the hold can cover the dearest.
 */
import { InvalidRequestError } from '@tollgate/core';
import type { OutgoingRequest } from '@tollgate/core/adapter';
import { describeValue } from '@tollgate/core/internal';
import type { ResolvedModel } from '@tollgate/pricing';
import type { MeteredEndpoint, PlanSettings } from './plan-settings.js';
import { resolveModel } from './resolve-model.js';

type Json = Record<string, unknown>;

/**
 * The models a request with a `models` list (not null) may be served by, each once: `model`
 * first (when the body names one), then the list in order. Without `model` the list alone
 * names them.
 *
 * @throws InvalidRequestError when `models` is not an array of model ids.
 * @throws UnknownModelError for a model no table prices, as for `model`.
 */
export function fallbackModels(
  endpoint: MeteredEndpoint,
  outgoing: OutgoingRequest,
  body: Json,
  settings: Pick<PlanSettings, 'deployment' | 'pricing' | 'provider'>,
): ResolvedModel[] {
  const ids = listedIds(body.models, `${outgoing.method} ${outgoing.path}`);
  const named = body.model === undefined && ids.length > 0;
  const models = named ? [] : [resolveModel(endpoint, outgoing, body, settings)];
  for (const id of ids) {
    const model = settings.pricing.resolve(settings.provider, id);
    if (!models.some((known) => known.id === model.id)) models.push(model);
  }
  return models;
}

/** The ids of a `models` list; refuses anything but an array of ids. */
function listedIds(models: unknown, where: string): string[] {
  if (!Array.isArray(models))
    throw new InvalidRequestError(
      `${where}: expected models (the fallback models) as an array of model ids, received ${describeValue(models)}`,
    );
  models.forEach((id, index) => {
    if (typeof id !== 'string' || id === '')
      throw new InvalidRequestError(
        `${where}: expected models[${index}] as a model id, received ${id === '' ? 'an empty string' : describeValue(id)}, so the call's cost cannot be bounded`,
      );
  });
  return models as string[];
}
