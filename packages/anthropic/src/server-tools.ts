/**
 * What server tools can add to a call beyond its request: per-use fees, and the results the
 * API feeds back to the model as input within the same call (a web search's results, a
 * fetched page). `max_uses` bounds both; without it we assume a cap (see the constants).
 */
import { isRecord } from '@tollgate/core/internal';

/** Uses assumed for a web search or web fetch tool that sets no `max_uses`. */
export const ASSUMED_TOOL_USES = 10;

/**
 * Input tokens allowed for the results of one web search. An assumption, not a bound: the
 * API does not cap result size (the documented example adds about 8,000 tokens a search).
 */
export const WEB_SEARCH_RESULT_TOKENS = 10_000;

/** Input tokens allowed for one fetched page when the tool sets no `max_content_tokens`. */
export const WEB_FETCH_RESULT_TOKENS = 10_000;

/** Per-call fees and extra input the server tools of a request can cause. */
export interface ServerToolBound {
  webSearches: number;
  webFetches: number;
  inputTokens: number;
  /** The advisor tools (`advisor_*`), each a sub-inference on another model; most requests have none. */
  advisors?: Record<string, unknown>[];
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** The bound of a request without tools. */
const NO_SERVER_TOOLS: Readonly<ServerToolBound> = Object.freeze({
  webSearches: 0,
  webFetches: 0,
  inputTokens: 0,
});

/**
 * Reads the request's `tools` for web search (`web_search_*`), web fetch (`web_fetch_*`) and
 * the advisor (`advisor_*`, bounded with the other models a call may bill).
 */
export function boundServerTools(tools: unknown): Readonly<ServerToolBound> {
  // Most requests name no tools: one shared answer, no object per call.
  if (!Array.isArray(tools)) return NO_SERVER_TOOLS;
  const bound: ServerToolBound = { webSearches: 0, webFetches: 0, inputTokens: 0 };
  for (const tool of tools) {
    if (!isRecord(tool) || typeof tool.type !== 'string') continue;
    const uses = positiveInteger(tool.max_uses) ?? ASSUMED_TOOL_USES;
    if (tool.type.startsWith('web_search')) {
      bound.webSearches += uses;
      bound.inputTokens += uses * WEB_SEARCH_RESULT_TOKENS;
    } else if (tool.type.startsWith('web_fetch')) {
      bound.webFetches += uses;
      bound.inputTokens +=
        uses * (positiveInteger(tool.max_content_tokens) ?? WEB_FETCH_RESULT_TOKENS);
    } else if (tool.type.startsWith('advisor')) {
      bound.advisors = [...(bound.advisors ?? []), tool];
    }
  }
  return bound;
}
