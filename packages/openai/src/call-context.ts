import type { CallUsage } from '@tollgate/core';
import type { ObservedUsage } from '@tollgate/core/adapter';
import { usageTokens, withFields } from '@tollgate/core/internal';
import { readUsage } from '@tollgate/pricing';
import type { CompatibleProvider } from './provider-of-client.js';
import type { Encoding } from './text-tokenizer.js';

/** The most output tokens a call can bill: what its hold assumed. */
export interface OutputBound {
  /** Per choice (Chat `n`): the request's maximum, or the model's output limit. */
  readonly perChoice: number;
  /** In all: `perChoice` times the choices. */
  readonly total: number;
}

/** What an observer needs to know about the call it watches. */
export interface CallContext {
  /** The provider that serves the call: how its usage is read. */
  readonly provider: CompatibleProvider;
  /** The canonical id of the requested model. */
  readonly model: string;
  readonly encoding: Encoding;
  /** The tier the request asked for, if any. */
  readonly requestedTier: string | undefined;
  /** The input tokens the hold was computed on (exact when a tokenizer counted them). */
  readonly heldInputTokens: number;
  /** Web search calls a Chat Completions search model makes per request (0 or 1). */
  readonly searchesPerRequest: number;
  /** The output the hold assumed: a call cut short is never charged more. */
  readonly outputBound: OutputBound;
}

type Json = Record<string, unknown>;

/** A string field, or `undefined`. */
export const stringField = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** What a response says about the call beside its usage. */
export interface ResponseFacts {
  /** The tier the response reports. */
  serviceTier: string | undefined;
  /** The model the response names. */
  model: string | undefined;
  /** Web searches the call ran. */
  webSearches: number;
  /** Code interpreter runs (Responses), counted but billed by container session. Default: 0. */
  codeExecutions?: number;
}

/** The typed usage of a response's `usage`, with the tier, model and searches it reports. */
export function observedUsage(
  context: CallContext,
  usage: Json,
  facts: ResponseFacts,
): ObservedUsage {
  const read = readUsage(context.provider, usage, {
    model: facts.model ?? context.model,
    serviceTier: facts.serviceTier,
  });
  return answered(withToolCalls(read, facts), facts, false);
}

/**
 * The usage of a call that ended without one (interrupted stream, a body without usage):
 * the input the hold was computed on, all uncached, plus the output counted from what
 * arrived. Without the response's tier, the dearer of the requested tier and standard:
 * priority when it was asked for (flex is cheaper than standard). Marked `partial`.
 */
export function consumedUsage(
  context: CallContext,
  outputTokens: number,
  facts: ResponseFacts,
): ObservedUsage {
  const requested = context.requestedTier;
  const tier =
    facts.serviceTier ?? (requested === 'priority' || requested === 'fast' ? requested : undefined);
  const usage: CallUsage = {
    tokens: usageTokens({ uncached: context.heldInputTokens }, { text: outputTokens }),
    model: facts.model ?? context.model,
    ...(tier === undefined ? {} : { serviceTier: tier }),
  };
  return answered(withToolCalls(usage, facts), facts, true);
}

/**
 * A stream's reported usage with `outputTokens` more output: the text that came after it,
 * from a server that reported usage before it finished. Not `partial`: the reported usage is
 * charged whole, as any reported usage is, and the text after it is counted as a cut stream's
 * is (never more than the request allows).
 */
export function withLaterOutput(observed: ObservedUsage, outputTokens: number): ObservedUsage {
  const { input, output } = observed.usage.tokens;
  const tokens = usageTokens(input, {
    text: output.text + outputTokens,
    reasoning: output.reasoning,
  });
  return { ...observed, usage: withFields(observed.usage, { tokens }) };
}

/** The observed usage, with the model the response named (the ledger's `responseModel`). */
function answered(usage: CallUsage, facts: ResponseFacts, partial: boolean): ObservedUsage {
  // Built in one literal, not spread: this runs for every call.
  const observed: ObservedUsage = partial ? { usage, partial } : { usage };
  if (facts.model !== undefined) observed.responseModel = facts.model;
  return observed;
}

/** The tool calls the response showed, added to the usage's own. */
function withToolCalls(usage: CallUsage, facts: ResponseFacts): CallUsage {
  const { webSearches, codeExecutions = 0 } = facts;
  if (webSearches === 0 && codeExecutions === 0) return usage;
  return withFields(usage, {
    toolCalls: {
      ...usage.toolCalls,
      ...(webSearches > 0 ? { webSearch: webSearches } : {}),
      ...(codeExecutions > 0 ? { codeExecution: codeExecutions } : {}),
    },
  });
}
