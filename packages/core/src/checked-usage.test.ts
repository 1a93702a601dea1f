import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InvalidOptionsError } from './errors.js';
import { totalInputTokens, totalOutputTokens, usageTokens } from './index.js';
import { thrownError } from './test-support/thrown-error.js';

const count = fc.integer({ min: 0, max: 2 ** 40 });

describe('the public token helpers', () => {
  test('build and total every bucket given, 0 for the rest', () => {
    fc.assert(
      fc.property(count, count, count, count, count, count, (a, b, c, d, e, f) => {
        const tokens = usageTokens(
          { uncached: a, cacheRead: b, cacheWrite5m: c, cacheWrite1h: d },
          { text: e, reasoning: f },
        );
        expect(totalInputTokens(tokens)).toBe(a + b + c + d);
        expect(totalOutputTokens(tokens)).toBe(e + f);
      }),
    );
    expect(usageTokens()).toEqual(usageTokens({}, {}));
    expect(totalInputTokens(usageTokens({ cacheRead: 5 }))).toBe(5);
  });

  test('refuse a count that is not a whole number of tokens, naming the bucket and the value', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '12', null, 2 ** 53]) {
      const error = thrownError(InvalidOptionsError, () =>
        usageTokens({ uncached: bad as number }),
      );
      expect(error.code).toBe('INVALID_OPTIONS');
      expect(error.message).toMatch(
        /^usageTokens\(\) input\.uncached: expected a whole number of tokens from 0, received /,
      );
      expect(error.issues[0]?.path).toBe('input.uncached');
    }
    const output = thrownError(InvalidOptionsError, () => usageTokens({}, { reasoning: -3 }));
    expect(output.message).toContain('output.reasoning');
  });

  test('refuse buckets that are not an object of counts', () => {
    for (const bad of [42, 'input', [1, 2], null]) {
      const error = thrownError(InvalidOptionsError, () =>
        usageTokens(bad as unknown as Record<string, number>),
      );
      expect(error.message).toMatch(/^usageTokens\(\) input: expected an object of token counts/);
    }
  });

  test('totals refuse tokens that are not in the typed shape', () => {
    const cases: unknown[] = [
      undefined,
      42,
      {},
      { input: {}, output: {} },
      { input: { uncached: 1, cacheRead: 0, cacheWrite5m: 0, cacheWrite1h: 0 }, output: null },
      { prompt_tokens: 10, completion_tokens: 2 },
    ];
    for (const bad of cases) {
      const input = thrownError(InvalidOptionsError, () =>
        totalInputTokens(bad as ReturnType<typeof usageTokens>),
      );
      expect(input.message).toMatch(/^totalInputTokens\(\) tokens/);
      const output = thrownError(InvalidOptionsError, () =>
        totalOutputTokens(bad as ReturnType<typeof usageTokens>),
      );
      expect(output.message).toMatch(/^totalOutputTokens\(\) tokens/);
    }
  });
});
