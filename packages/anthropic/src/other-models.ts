/**
 * Models a Messages call can bill beside the one it asks for. Server-side fallbacks (see
 * `@tollgate/pricing`'s `fallbackRuns`): each hop that ran is billed at its own model's
 * rates. The advisor tool (`advisor_*`): each use runs a sub-inference on the tool's `model`,
 * billed as an `advisor_message` iteration. The hold bounds every hop and every advisor use
 * at its model's price.
 */
import { requestedModel } from '@tollgate/core/adapter';
import { fallbackRuns, type ModelRun, type ResolveModel } from '@tollgate/pricing';
import { ASSUMED_TOOL_USES } from './server-tools.js';

/**
 * The runs on other models a request may bill: each fallback hop (its `max_tokens`, else
 * the request's), and each advisor tool's uses (`max_uses`, else an assumed cap; its
 * `max_tokens`, else the advisor model's output limit). Throws `InvalidRequestError` for a
 * hop or advisor whose `model` is not a model id, `UnknownModelError` for one no table prices:
 * a call that could bill a model nobody can price is refused, never let through unbounded.
 */
export function otherModelRuns(
  fallbacks: unknown,
  advisors: readonly Record<string, unknown>[],
  requestOutputTokens: number,
  resolve: ResolveModel,
): ModelRun[] {
  const runs = fallbackRuns(fallbacks, requestOutputTokens, resolve);
  for (const advisor of advisors) {
    const model = resolve(requestedModel(advisor.model, `POST /v1/messages ${advisor.type} tool`));
    runs.push({
      model,
      maxOutputTokens: count(advisor.max_tokens) ?? model.maxOutputTokens,
      runs: count(advisor.max_uses) ?? ASSUMED_TOOL_USES,
      readsOutput: requestOutputTokens,
    });
  }
  return runs;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
