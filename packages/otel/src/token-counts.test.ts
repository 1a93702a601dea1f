import { usageTokens } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { tokenCounts } from './token-counts.js';

describe('tokenCounts', () => {
  it('reads the typed tokens every adapter records: input counts every bucket, output reasoning too', () => {
    expect(
      tokenCounts(
        usageTokens(
          { uncached: 10, cacheRead: 100, cacheWrite5m: 20, cacheWrite1h: 3 },
          { text: 5, reasoning: 2 },
        ),
      ),
    ).toEqual({ input: 133, output: 7, cacheRead: 100, cacheWrite: 23, reasoning: 2 });
  });

  it("reads older entries in OpenAI's shape, where input already includes the cache", () => {
    expect(
      tokenCounts({ input: 100, cachedInput: 40, cacheWrite: 5, output: 20, reasoning: 8 }),
    ).toEqual({ input: 100, output: 20, cacheRead: 40, cacheWrite: 5, reasoning: 8 });
  });

  it("reads older entries in Anthropic's shape, where cache tokens come beside input", () => {
    expect(
      tokenCounts({
        input: 10,
        cacheRead: 100,
        cacheWrite5m: 20,
        cacheWrite1h: 3,
        output: 7,
        thinking: 2,
      }),
    ).toEqual({ input: 133, output: 7, cacheRead: 100, cacheWrite: 23, reasoning: 2 });
  });

  it('counts what is missing or not a finite number as zero', () => {
    expect(tokenCounts(undefined)).toEqual({
      input: 0,
      output: 0,
      cacheRead: 0,
      cacheWrite: 0,
      reasoning: 0,
    });
    expect(tokenCounts({ input: Number.NaN, output: 3 })).toMatchObject({ input: 0, output: 3 });
  });
});
