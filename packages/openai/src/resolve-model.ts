import { type OutgoingRequest, requestedModel } from '@tollgate/core/adapter';
import { type ResolvedModel, UnknownModelError } from '@tollgate/pricing';
import type { MeteredEndpoint, PlanSettings } from './plan-settings.js';
import { whereOf } from './request-bounds.js';

type Json = Record<string, unknown>;

/**
 * The model a request is served by: the Azure deployment its URL names when it names one
 * (the SDK routes by it, whatever `body.model` says, even `''`), else `body.model`.
 */
export function resolveModel(
  endpoint: MeteredEndpoint,
  outgoing: OutgoingRequest,
  body: Json,
  settings: Pick<PlanSettings, 'deployment' | 'pricing' | 'provider'>,
): ResolvedModel {
  const { deployment, pricing, provider } = settings;
  const routed =
    deployment?.inBaseURL ?? (endpoint === 'responses' ? undefined : deployment?.named);
  if (routed === undefined) {
    const requested = body.model;
    // Named only when refused: see `whereOf`.
    if (typeof requested === 'string' && requested !== '')
      return pricing.resolve(provider, requested);
    return pricing.resolve(provider, requestedModel(requested, whereOf(outgoing)));
  }
  try {
    return pricing.resolve(provider, routed);
  } catch (error) {
    if (!(error instanceof UnknownModelError)) throw error;
    throw unpricedDeployment(error, routed);
  }
}

/** The refusal of a deployment name no table prices, saying how to price it. */
function unpricedDeployment(error: UnknownModelError, deployment: string): UnknownModelError {
  const refusal = new UnknownModelError(error.provider, error.model, error.suggestions);
  const hint =
    error.suggestions.length > 0 ? ` Closest known ids: ${error.suggestions.join(', ')}.` : '';
  refusal.message =
    `No ${error.provider} price for Azure deployment "${deployment}": the deployment in the request's ` +
    `URL is the model that serves it, whatever the body's model says. Name the deployment after its ` +
    `model, or price the name like its model: createPricing({ overrides: [{ provider: ` +
    `'${error.provider}', id: '${deployment}', like: 'gpt-4o' }] }).${hint}`;
  return refusal;
}
