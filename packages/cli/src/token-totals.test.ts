import { usageTokens } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { tokenTotals } from './token-totals.js';

describe('tokenTotals', () => {
  it('sums the typed buckets: cache reads and writes are input, reasoning is output', () => {
    const tokens = usageTokens(
      { uncached: 200, cacheRead: 800, cacheWrite5m: 30, cacheWrite1h: 70 },
      { text: 40, reasoning: 60 },
    );
    expect(tokenTotals(tokens)).toEqual({ input: 1100, output: 100 });
  });

  it('reads an older OpenAI entry: input already includes cached input and cache writes', () => {
    expect(
      tokenTotals({ input: 1000, cachedInput: 800, cacheWrite: 100, output: 50, reasoning: 20 }),
    ).toEqual({ input: 1000, output: 50 });
  });

  it('reads an older OpenAI entry with web searches without counting them as tokens', () => {
    expect(tokenTotals({ input: 100, cachedInput: 0, output: 10, webSearches: 3 })).toEqual({
      input: 100,
      output: 10,
    });
  });

  it('reads an older Anthropic entry: disjoint buckets, tool calls and thinking are no input', () => {
    expect(
      tokenTotals({
        input: 100,
        cacheRead: 0,
        cacheWrite5m: 0,
        cacheWrite1h: 0,
        output: 20,
        thinking: 5,
        webSearchRequests: 3,
        webFetchRequests: 1,
      }),
    ).toEqual({ input: 100, output: 20 });
    expect(tokenTotals({ input: 10, cacheRead: 5, cacheWrite1h: 2, output: 1 })).toEqual({
      input: 17,
      output: 1,
    });
  });

  it('leaves what an entry does not say unknown', () => {
    expect(tokenTotals(undefined)).toEqual({ input: undefined, output: undefined });
    expect(tokenTotals({ output: 3 })).toEqual({ input: undefined, output: 3 });
  });
});
