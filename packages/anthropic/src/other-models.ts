/**
 * Models a Messages call can bill beside the one it asks for. Server-side fallbacks
 * (`fallbacks`, beta `server-side-fallback-2026-07-01`): when the requested model declines,
 * each listed model is tried in turn, and every hop that ran is billed at its own model's
 * rates (the response's `usage.iterations` lists a `message` entry per declined hop and a
 * `fallback_message` entry for the model that served). The advisor tool (`advisor_*`): each
 * use runs a sub-inference on the tool's `model`, billed as an `advisor_message` iteration.
 * The hold bounds every hop and every advisor use at its model's price.
 */
import { requestedModel } from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import type { ResolvedModel } from '@tollgate/pricing';
import { ASSUMED_TOOL_USES } from './server-tools.js';

/** Runs of one model a call may bill: the model, the output of a run, how many runs. */
export interface ModelRun {
  model: ResolvedModel;
  /** Output tokens one run may produce. */
  maxOutputTokens: number;
  /** How many such runs the call may make. */
  runs: number;
  /** Input a run reads beside the prompt: an advisor reads what the model wrote so far. */
  readsOutput: number;
}

/** Resolves a model id to the table's model (throws `UnknownModelError` when none prices it). */
export type ResolveModel = (id: string) => ResolvedModel;

/**
 * Why a request's fallbacks cannot be metered, or `undefined` when they can (or there are
 * none): `'default'` lets the server pick models nobody can price beforehand, and a fast
 * hop has premium rates the tables do not carry.
 */
export function unmeteredFallbacks(fallbacks: unknown): string | undefined {
  if (fallbacks === undefined || fallbacks === null) return undefined;
  if (fallbacks === 'default') return 'POST /v1/messages (fallbacks: default)';
  if (!Array.isArray(fallbacks)) return undefined;
  for (const hop of fallbacks) {
    if (isRecord(hop) && hop.speed === 'fast') return 'POST /v1/messages (speed: fast)';
  }
  return undefined;
}

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
  const runs: ModelRun[] = [];
  if (Array.isArray(fallbacks)) {
    fallbacks.forEach((hop: unknown, index) => {
      const entry = isRecord(hop) ? hop : {};
      const model = resolve(requestedModel(entry.model, `POST /v1/messages fallbacks[${index}]`));
      const maxOutputTokens = count(entry.max_tokens) ?? requestOutputTokens;
      runs.push({ model, maxOutputTokens, runs: 1, readsOutput: 0 });
    });
  }
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
