import { compareMoney, money } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledTables } from './bundled-tables.js';
import { computeCost } from './compute-cost.js';
import { PROVIDERS } from './schema.js';

const AT = '2026-11-29';
const models = PROVIDERS.flatMap((provider) =>
  bundledTables()[provider].models.map((model) => ({ provider, model })),
);
const pick = fc.constantFrom(...models);
const tokens = fc.integer({ min: 0, max: 2_000_000 });
const usage = fc.record({
  inputTokens: tokens,
  cacheReadTokens: tokens,
  cacheWrite5mTokens: tokens,
  cacheWrite1hTokens: tokens,
  outputTokens: tokens,
});
const BUCKETS = [
  'inputTokens',
  'cacheReadTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'outputTokens',
] as const;

function cost(choice: (typeof models)[number], value: Record<string, number>) {
  return money(
    computeCost({ provider: choice.provider, model: choice.model.id, usage: value, at: AT })
      .totalUsd,
  );
}

describe('cost invariants over every bundled model', () => {
  it('never falls when any token count grows', () => {
    fc.assert(
      fc.property(
        pick,
        usage,
        fc.constantFrom(...BUCKETS),
        tokens,
        (choice, base, bucket, more) => {
          const grown = { ...base, [bucket]: base[bucket] + more };
          expect(compareMoney(cost(choice, grown), cost(choice, base))).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a usage split into cache reads and uncached input never costs more than all uncached', () => {
    const cheaperReads = models.filter(({ model }) => {
      const set = model.prices.at(-1)?.standard;
      return (
        set !== undefined &&
        compareMoney(money(set.cachedInput ?? set.input), money(set.input)) <= 0
      );
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...cheaperReads),
        tokens,
        tokens,
        tokens,
        (choice, uncached, cached, output) => {
          const split = { inputTokens: uncached, cacheReadTokens: cached, outputTokens: output };
          const all = { inputTokens: uncached + cached, cacheReadTokens: 0, outputTokens: output };
          expect(compareMoney(cost(choice, split), cost(choice, all))).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('raw provider shapes and their normalised form cost exactly the same', () => {
    const gemini = models.filter(({ provider }) => provider === 'google');
    fc.assert(
      fc.property(
        fc.constantFrom(...gemini),
        tokens,
        tokens,
        tokens,
        tokens,
        (choice, prompt, cachedPart, candidates, thoughts) => {
          const cached = Math.min(cachedPart, prompt);
          const raw = {
            promptTokenCount: prompt,
            cachedContentTokenCount: cached,
            candidatesTokenCount: candidates,
            thoughtsTokenCount: thoughts,
          };
          const normalised = {
            inputTokens: prompt - cached,
            cacheReadTokens: cached,
            outputTokens: candidates + thoughts,
          };
          expect(cost(choice, raw).eq(cost(choice, normalised))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
