import { describe, expect, it } from 'vitest';
import {
  ASSUMED_TOOL_USES,
  boundServerTools,
  WEB_FETCH_RESULT_TOKENS,
  WEB_SEARCH_RESULT_TOKENS,
} from './server-tools.js';

describe('boundServerTools', () => {
  it('bounds web search and web fetch by max_uses and max_content_tokens', () => {
    expect(
      boundServerTools([
        { type: 'web_search_20250305', name: 'web_search', max_uses: 2 },
        { type: 'web_fetch_20250910', name: 'web_fetch', max_uses: 3, max_content_tokens: 500 },
        { name: 'custom_tool', input_schema: {} },
        { type: 'bash_20250124', name: 'bash' },
        'not a tool',
      ]),
    ).toEqual({ webSearches: 2, webFetches: 3, inputTokens: 2 * WEB_SEARCH_RESULT_TOKENS + 1_500 });
  });

  it('assumes a cap when max_uses or max_content_tokens is missing or unusable', () => {
    expect(
      boundServerTools([
        { type: 'web_search_20260209', name: 'web_search', max_uses: -1 },
        { type: 'web_fetch_20250910', name: 'web_fetch' },
      ]),
    ).toEqual({
      webSearches: ASSUMED_TOOL_USES,
      webFetches: ASSUMED_TOOL_USES,
      inputTokens: ASSUMED_TOOL_USES * (WEB_SEARCH_RESULT_TOKENS + WEB_FETCH_RESULT_TOKENS),
    });
  });

  it('is zero without tools', () => {
    expect(boundServerTools(undefined)).toEqual({ webSearches: 0, webFetches: 0, inputTokens: 0 });
  });
});
