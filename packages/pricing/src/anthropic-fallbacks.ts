/**
 * Anthropic server-side fallbacks (`fallbacks`, betas `server-side-fallback-2026-06-01` and
 * `-07-01`): when the requested model declines, each listed model is tried in turn, and every
 * hop that ran is billed at its own model's rates (the response's `usage.iterations` lists a
 * `message` entry per declined hop and a `fallback_message` entry for the model that served).
 * Read the same way by every adapter that can send them: `@tollgate/anthropic` (the request
 * body) and the AI SDK's Anthropic models (`providerOptions.anthropic.fallbacks`, sent as is).
 */
import { requestedModel } from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import type { ResolvedModel } from './compile.js';

/** Runs of one model a call may bill: the model, the output of a run, how many runs. */
export interface ModelRun {
  /** The model the run bills at (its own rates). */
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
 * Why a request's fallbacks cannot be metered (`'fallbacks: default'`, `'speed: fast'`), or
 * `undefined` when they can (or there are none): `'default'` lets the server pick models
 * nobody can price beforehand, and a fast hop has premium rates the tables do not carry.
 */
export function unmeteredFallbacks(fallbacks: unknown): string | undefined {
  if (fallbacks === undefined || fallbacks === null) return undefined;
  if (fallbacks === 'default') return 'fallbacks: default';
  if (!Array.isArray(fallbacks)) return undefined;
  for (const hop of fallbacks) {
    if (isRecord(hop) && hop.speed === 'fast') return 'speed: fast';
  }
  return undefined;
}

/**
 * The run of each fallback hop: its model, and its `max_tokens`, else the request's
 * (`requestOutputTokens`). Throws `InvalidRequestError` for a hop whose `model` is not a
 * model id, `UnknownModelError` for one no table prices: a call that could bill a model
 * nobody can price is refused, never let through unbounded.
 */
export function fallbackRuns(
  fallbacks: unknown,
  requestOutputTokens: number,
  resolve: ResolveModel,
): ModelRun[] {
  if (!Array.isArray(fallbacks)) return [];
  return fallbacks.map((hop: unknown, index) => {
    const entry = isRecord(hop) ? hop : {};
    const model = resolve(requestedModel(entry.model, `POST /v1/messages fallbacks[${index}]`));
    const maxOutputTokens = count(entry.max_tokens) ?? requestOutputTokens;
    return { model, maxOutputTokens, runs: 1, readsOutput: 0 };
  });
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
