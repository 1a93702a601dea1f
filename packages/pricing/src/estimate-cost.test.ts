import { compareMoney, money } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidUsageError } from './errors.js';
import { estimateCost } from './estimate-cost.js';
import { readUsage } from './read-usage.js';
import type { Provider } from './schema.js';
import { usagePricer } from './usage-pricer.js';

describe('estimateCost', () => {
  it('bounds input at the dearest kind (1-hour write on Anthropic)', () => {
    const cost = estimateCost({
      provider: 'anthropic',
      model: 'claude-opus-4-5',
      inputTokens: 1000,
      maxOutputTokens: 100,
    });
    expect(cost.lines).toEqual([
      { kind: 'input_max', tokens: 1000, rateUsd: '10', unit: 'per_million_tokens', usd: '0.01' },
      { kind: 'output', tokens: 100, rateUsd: '25', unit: 'per_million_tokens', usd: '0.0025' },
    ]);
    expect(cost).toMatchObject({
      totalUsd: '0.0125',
      model: 'claude-opus-4-5',
      pricingVersion: '2026-11-28',
    });
  });

  it('bounds at the long-context tier when the input could cross it', () => {
    const below = estimateCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      inputTokens: 200_000,
      maxOutputTokens: 0,
    });
    expect(below.totalUsd).toBe('1.2'); // 200k at the 1h write rate 6
    const above = estimateCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      inputTokens: 200_001,
      maxOutputTokens: 1000,
    });
    expect(above).toMatchObject({ totalUsd: '2.422512', longContext: true }); // 200001 x 12 + 1000 x 22.5
  });

  it('bounds OpenAI tiers: priority and flex against standard, auto as standard', () => {
    const base = {
      provider: 'openai' as const,
      model: 'gpt-4o',
      inputTokens: 1000,
      maxOutputTokens: 1000,
    };
    expect(estimateCost(base).totalUsd).toBe('0.0125');
    expect(estimateCost({ ...base, serviceTier: 'auto' }).totalUsd).toBe('0.0125');
    expect(estimateCost({ ...base, serviceTier: 'priority' })).toMatchObject({
      totalUsd: '0.02125',
      serviceTier: 'priority',
    });
    expect(estimateCost({ ...base, serviceTier: 'fast' }).totalUsd).toBe('0.02125');
    // Flex may come back as default: the standard rate bounds it.
    expect(estimateCost({ ...base, model: 'gpt-5', serviceTier: 'flex' })).toMatchObject({
      totalUsd: '0.01125',
      serviceTier: 'standard',
    });
    expect(estimateCost({ ...base, batch: true })).toMatchObject({
      totalUsd: '0.00625',
      batch: true,
    });
  });

  it('adds tool fees for the allowed number of calls', () => {
    const cost = estimateCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      inputTokens: 0,
      maxOutputTokens: 0,
      toolFees: { webSearch: 5, webFetch: 2 },
    });
    expect(cost.totalUsd).toBe('0.05');
    expect(cost.lines.map((l) => l.kind)).toEqual([
      'input_max',
      'output',
      'web_search',
      'web_fetch',
    ]);
    const none = estimateCost({
      provider: 'openai',
      model: 'gpt-4',
      inputTokens: 0,
      maxOutputTokens: 0,
      toolFees: { webSearch: 5, webFetch: 2 },
    });
    expect(none.lines).toHaveLength(2);
  });

  it('refuses bad counts', () => {
    expect(() =>
      estimateCost({ provider: 'openai', model: 'gpt-4o', inputTokens: -1, maxOutputTokens: 1.5 }),
    ).toThrow(InvalidUsageError);
    expect(() =>
      estimateCost({ provider: 'openai', model: 'gpt-4o', toolFees: { webSearch: -1 } } as never),
    ).toThrow(/inputTokens.*maxOutputTokens.*toolFees.webSearch/);
  });

  it('uses the price in force at `at`', () => {
    expect(
      estimateCost({
        provider: 'openai',
        model: 'o3',
        inputTokens: 1000,
        maxOutputTokens: 0,
        at: '2025-01-01',
      }).totalUsd,
    ).toBe('0.01');
  });
});

// ---- properties -------------------------------------------------------------------

const pricing = defaultPricing();
const modelArb = fc.oneof(
  fc
    .constantFrom(...pricing.models('openai'))
    .map((model) => ({ provider: 'openai' as Provider, model })),
  fc
    .constantFrom(...pricing.models('anthropic'))
    .map((model) => ({ provider: 'anthropic' as Provider, model })),
);
const count = fc.integer({ min: 0, max: 600_000 });
const usageArb = fc.record({
  inputTokens: count,
  cacheReadTokens: count,
  cacheWrite5mTokens: count,
  cacheWrite1hTokens: count,
  outputTokens: fc.integer({ min: 0, max: 200_000 }),
  webSearchRequests: fc.integer({ min: 0, max: 20 }),
  webFetchRequests: fc.integer({ min: 0, max: 20 }),
});
const tierArb = fc.constantFrom(undefined, 'auto', 'default', 'flex', 'priority', 'fast', 'scale');
const atArb = fc.date({
  min: new Date('2024-01-01'),
  max: new Date('2027-12-31'),
  noInvalidDate: true,
});
const usd = (value: string) => money(value);

describe('properties', () => {
  it('more tokens never cost less', () => {
    fc.assert(
      fc.property(
        modelArb,
        usageArb,
        fc.constantFrom(
          'inputTokens',
          'cacheReadTokens',
          'cacheWrite5mTokens',
          'cacheWrite1hTokens',
          'outputTokens',
        ),
        fc.integer({ min: 1, max: 300_000 }),
        tierArb,
        atArb,
        fc.boolean(),
        (m, usage, key, extra, serviceTier, at, batch) => {
          const a = computeCost({ ...m, usage, serviceTier, at, batch });
          const b = computeCost({
            ...m,
            usage: { ...usage, [key]: usage[key] + extra },
            serviceTier,
            at,
            batch,
          });
          expect(compareMoney(usd(b.totalUsd), usd(a.totalUsd))).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cached input never costs more than uncached', () => {
    fc.assert(
      fc.property(
        modelArb,
        usageArb,
        fc.integer({ min: 0, max: 600_000 }),
        tierArb,
        atArb,
        (m, usage, moved, serviceTier, at) => {
          const n = Math.min(moved, usage.inputTokens);
          const uncached = computeCost({ ...m, usage, serviceTier, at });
          const cached = computeCost({
            ...m,
            usage: {
              ...usage,
              inputTokens: usage.inputTokens - n,
              cacheReadTokens: usage.cacheReadTokens + n,
            },
            serviceTier,
            at,
          });
          expect(compareMoney(usd(cached.totalUsd), usd(uncached.totalUsd))).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a cost never exceeds estimateCost for the same request bounds', () => {
    // The tiers a response may report for each requested tier (see bound-cost.ts).
    const reportable: Record<string, Array<string | undefined>> = {
      none: [undefined, 'default', 'auto', 'scale'],
      auto: [undefined, 'default', 'auto', 'scale'],
      default: ['default'],
      scale: ['scale', 'default'],
      flex: ['flex', 'default'],
      priority: ['priority', 'default'],
      fast: ['priority', 'default'],
    };
    fc.assert(
      fc.property(
        modelArb,
        usageArb,
        tierArb,
        fc.nat(),
        atArb,
        fc.boolean(),
        (m, usage, requested, pick, at, batch) => {
          const inputTokens =
            usage.inputTokens +
            usage.cacheReadTokens +
            usage.cacheWrite5mTokens +
            usage.cacheWrite1hTokens;
          const options = reportable[requested ?? 'none'] ?? [];
          const reported = options[pick % options.length];
          const bound = estimateCost({
            ...m,
            inputTokens,
            maxOutputTokens: usage.outputTokens,
            serviceTier: requested,
            batch,
            at,
            toolFees: { webSearch: usage.webSearchRequests, webFetch: usage.webFetchRequests },
          });
          const actual = computeCost({ ...m, usage, serviceTier: reported, batch, at });
          expect(compareMoney(usd(actual.totalUsd), usd(bound.totalUsd))).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('totals without lines', () => {
  const anyProviderModel = fc
    .constantFrom(...(['openai', 'anthropic', 'google', 'bedrock', 'deepseek'] as const))
    .chain((provider) =>
      fc.constantFrom(...pricing.models(provider)).map((model) => ({ provider, model })),
    );

  it('property: boundUsd is exactly the total of estimateCost', () => {
    fc.assert(
      fc.property(
        anyProviderModel,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        tierArb,
        atArb,
        fc.boolean(),
        fc.record({ webSearch: fc.nat(20), webFetch: fc.nat(20) }),
        (m, inputTokens, maxOutputTokens, serviceTier, at, batch, toolFees) => {
          const request = { ...m, inputTokens, maxOutputTokens, serviceTier, at, batch, toolFees };
          expect(pricing.boundUsd(request)).toBe(pricing.estimateCost(request).totalUsd);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: usagePricer charges exactly the total of priceUsage, with its model and version', () => {
    fc.assert(
      fc.property(anyProviderModel, usageArb, tierArb, atArb, (m, usage, serviceTier, at) => {
        const typed = readUsage(m.provider, usage, { model: m.model, serviceTier });
        const full = pricing.priceUsage(m.provider, typed, at);
        const charged = usagePricer(pricing, m.provider, m.model, { at: () => at })(typed);
        expect(charged).toEqual({
          costUsd: full.totalUsd,
          provider: m.provider,
          model: full.model,
          pricingVersion: full.pricingVersion,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('boundUsd refuses an unknown model as estimateCost does (never a free hold)', () => {
    const unknown = {
      provider: 'openai' as const,
      model: 'gpt-nope',
      inputTokens: 1,
      maxOutputTokens: 1,
    };
    expect(() => pricing.boundUsd(unknown)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MODEL' }),
    );
  });

  it('boundUsd refuses what estimateCost refuses, with the same error', () => {
    const bad = {
      provider: 'openai' as const,
      model: 'gpt-4o',
      inputTokens: -1,
      maxOutputTokens: 1.5,
    };
    expect(() => pricing.boundUsd(bad)).toThrow(InvalidUsageError);
    expect(() => pricing.boundUsd(bad)).toThrow(
      (() => {
        try {
          pricing.estimateCost(bad);
        } catch (error) {
          return (error as Error).message;
        }
        return 'not thrown';
      })(),
    );
  });
});
