/**
 * A service tier the model has no rates for, through the public API. Rates per million
 * tokens (input / output), from the bundled OpenAI table:
 * - o1 standard 15 / 60, no flex, no priority
 * - gpt-5.6-luna (from 2026-07-30) standard 0.2 / 1.2, flex 0.1 / 0.6, no priority
 * - gpt-5-nano standard 0.05 / 0.4, flex 0.025 / 0.2, no priority
 * - gpt-5 standard 1.25 / 10, flex 0.625 / 5, priority 2.5 / 20
 * - gpt-4o standard 2.5 / 10, priority 4.25 / 17, no flex
 * - o3 before 2025-06-10 standard 10 / 40 only; from then on priority 3.5 / 14 too
 */
import { compareMoney, InvalidOptionsError, money, usageTokens } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { defaultPricing } from './default-pricing.js';
import { UnknownModelError } from './errors.js';
import { estimateCost } from './estimate-cost.js';
import { readUsage } from './read-usage.js';
import type { Provider } from './schema.js';
import { usagePricer } from './usage-pricer.js';

const AT = '2026-11-29';
// 1,000 input and 100 output tokens.
const usage = { prompt_tokens: 1000, completion_tokens: 100, total_tokens: 1100 };
const cost = (model: string, serviceTier: string | null, provider: Provider = 'openai') =>
  computeCost({ provider, model, usage, serviceTier, at: AT });

describe('a response tier the model has no rates for', () => {
  it('priority without priority rates: priced at standard (the dearest it has) and said so', () => {
    // o1: 1,000 x 15 + 100 x 60 = $0.021.
    expect(cost('o1', 'priority')).toMatchObject({
      totalUsd: '0.021',
      serviceTier: 'standard',
      unpricedTier: 'priority',
    });
    // gpt-5.6-luna has flex, cheaper than standard: standard, 1,000 x 0.2 + 100 x 1.2.
    expect(cost('gpt-5.6-luna', 'priority')).toMatchObject({
      totalUsd: '0.00032',
      serviceTier: 'standard',
      unpricedTier: 'priority',
    });
    expect(cost('gpt-5-nano', 'fast')).toMatchObject({
      totalUsd: '0.00009',
      serviceTier: 'standard',
      unpricedTier: 'fast',
    });
  });

  it('flex without flex rates: standard bounds it, never the dearer priority', () => {
    // gpt-4o: 1,000 x 2.5 + 100 x 10 = $0.0035 (priority would be $0.00595).
    expect(cost('gpt-4o', 'flex')).toMatchObject({
      totalUsd: '0.0035',
      serviceTier: 'standard',
      unpricedTier: 'flex',
    });
  });

  it('a tier name no table knows: the dearest rates the model has (fail closed)', () => {
    // gpt-5 priority: 1,000 x 2.5 + 100 x 20 = $0.0045.
    expect(cost('gpt-5', 'turbo')).toMatchObject({
      totalUsd: '0.0045',
      serviceTier: 'priority',
      unpricedTier: 'turbo',
    });
    expect(cost('o1', 'turbo')).toMatchObject({ totalUsd: '0.021', unpricedTier: 'turbo' });
  });

  it('Azure OpenAI has no tier rates: its priority is flagged too', () => {
    const azure = cost('gpt-4o', 'priority', 'azure');
    expect(azure).toMatchObject({ serviceTier: 'standard', unpricedTier: 'priority' });
    expect(azure.totalUsd).toBe(cost('gpt-4o', null, 'azure').totalUsd);
  });

  it('tiers with rates, and the names billed as standard, carry no flag', () => {
    expect(cost('gpt-5', 'priority')).toMatchObject({
      totalUsd: '0.0045',
      serviceTier: 'priority',
    });
    expect(cost('gpt-5', 'flex')).toMatchObject({ totalUsd: '0.001125', serviceTier: 'flex' });
    for (const tier of [null, 'default', 'auto', 'scale', 'standard']) {
      const result = cost('o1', tier);
      expect(result).toMatchObject({ totalUsd: '0.021', serviceTier: 'standard' });
      expect(result).not.toHaveProperty('unpricedTier');
    }
    // Batch results are priced at batch rates, whatever the tier says.
    const batch = computeCost({
      provider: 'openai',
      model: 'o1',
      usage,
      serviceTier: 'priority',
      batch: true,
      at: AT,
    });
    expect(batch).toMatchObject({ batch: true, totalUsd: '0.0105' });
    expect(batch).not.toHaveProperty('unpricedTier');
  });

  it("Anthropic's priority tier (committed capacity, no per-token rate) stays standard, unflagged", () => {
    const result = computeCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      usage: { input_tokens: 1000, output_tokens: 100, service_tier: 'priority' },
      at: AT,
    });
    expect(result).toMatchObject({ serviceTier: 'standard', totalUsd: '0.0045' });
    expect(result).not.toHaveProperty('unpricedTier');
  });

  it('uses the price entry in force: o3 had no priority rates before 2025-06-10', () => {
    const at = (date: string) =>
      computeCost({ provider: 'openai', model: 'o3', usage, serviceTier: 'priority', at: date });
    // 1,000 x 10 + 100 x 40 before; 1,000 x 3.5 + 100 x 14 after.
    expect(at('2025-06-01')).toMatchObject({ totalUsd: '0.014', unpricedTier: 'priority' });
    expect(at('2025-06-10')).toMatchObject({ totalUsd: '0.0049', serviceTier: 'priority' });
    expect(at('2025-06-10')).not.toHaveProperty('unpricedTier');
  });
});

describe('computeCost, pricing.priceUsage and usagePricer agree', () => {
  const pricing = defaultPricing();
  const models = ['o1', 'gpt-5.6-luna', 'gpt-5-nano', 'gpt-5', 'gpt-4o', 'o3'];
  const tiers = [undefined, 'default', 'scale', 'flex', 'priority', 'fast', 'turbo'];

  it('on every tier, with or without rates; never below standard unless the tier is flex', () => {
    const count = fc.integer({ min: 0, max: 3_000_000 });
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.constantFrom(...tiers),
        count,
        count,
        count,
        (model, serviceTier, prompt, cached, completion) => {
          const raw = {
            prompt_tokens: prompt + cached,
            completion_tokens: completion,
            prompt_tokens_details: { cached_tokens: cached },
          };
          const computed = computeCost({
            provider: 'openai',
            model,
            usage: raw,
            serviceTier,
            at: AT,
          });
          const typed = readUsage('openai', raw, { model, serviceTier });
          const priced = pricing.priceUsage('openai', typed, AT);
          const charged = usagePricer(pricing, 'openai', model, { at: () => AT })(typed);
          expect(priced).toEqual(computed);
          expect(charged.costUsd).toBe(computed.totalUsd);
          // The flag is set exactly when the model has no rates of that tier's own.
          const offered = pricing.offersTier('openai', model, serviceTier, AT);
          expect(computed.unpricedTier === undefined).toBe(offered);
          if (serviceTier !== 'flex') {
            const standard = computeCost({ provider: 'openai', model, usage: raw, at: AT });
            expect(
              compareMoney(money(computed.totalUsd), money(standard.totalUsd)),
            ).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('pricing.offersTier: what an adapter needs to refuse such a request before sending', () => {
  const pricing = defaultPricing();

  it('says which tiers a model has its own rates for', () => {
    expect(pricing.offersTier('openai', 'gpt-5', 'priority')).toBe(true);
    expect(pricing.offersTier('openai', 'gpt-5', 'flex')).toBe(true);
    expect(pricing.offersTier('openai', 'o1', 'priority')).toBe(false);
    expect(pricing.offersTier('openai', 'o1', 'flex')).toBe(false);
    expect(pricing.offersTier('openai', 'gpt-5.6-luna', 'priority')).toBe(false);
    expect(pricing.offersTier('openai', 'gpt-5-nano', 'fast')).toBe(false);
    expect(pricing.offersTier('openai', 'gpt-5', 'bogus')).toBe(false);
    expect(pricing.offersTier('azure', 'gpt-4o', 'priority')).toBe(false);
    for (const tier of [undefined, null, 'auto', 'default', 'scale'])
      expect(pricing.offersTier('openai', 'o1', tier)).toBe(true);
    // Anthropic's request values (`auto`, `standard_only`) are priced as standard.
    expect(pricing.offersTier('anthropic', 'claude-sonnet-4-5', 'auto')).toBe(true);
  });

  it('reads the price entry in force at `at`, aliases and snapshots included', () => {
    expect(pricing.offersTier('openai', 'o3', 'priority', '2025-06-01')).toBe(false);
    expect(pricing.offersTier('openai', 'o3', 'priority', '2025-06-10')).toBe(true);
    expect(pricing.offersTier('openai', 'gpt-5.6-luna', 'flex', '2026-07-29')).toBe(false);
    expect(pricing.offersTier('openai', 'gpt-5.6-luna', 'flex', '2026-07-30')).toBe(true);
  });

  it('throws a typed error for an unknown model or a tier that is not a string', () => {
    expect(() => pricing.offersTier('openai', 'gpt-nope', 'priority')).toThrow(UnknownModelError);
    const bad = () => pricing.offersTier('openai', 'o1', 2 as unknown as string);
    expect(bad).toThrow(InvalidOptionsError);
    expect(bad).toThrow(
      'serviceTier: expected a service tier name (string), null or undefined, received 2',
    );
  });

  it('an estimate at such a tier says so, and bounds what the response can be charged', () => {
    const bound = estimateCost({
      provider: 'openai',
      model: 'o1',
      inputTokens: 1000,
      maxOutputTokens: 100,
      serviceTier: 'priority',
      at: AT,
    });
    expect(bound).toMatchObject({
      serviceTier: 'standard',
      unpricedTier: 'priority',
      totalUsd: '0.021',
    });
    const unknown = estimateCost({
      provider: 'openai',
      model: 'gpt-5',
      inputTokens: 1000,
      maxOutputTokens: 100,
      serviceTier: 'turbo',
      at: AT,
    });
    expect(unknown).toMatchObject({
      serviceTier: 'priority',
      unpricedTier: 'turbo',
      totalUsd: '0.0045',
    });
    expect(cost('gpt-5', 'turbo').totalUsd).toBe(unknown.totalUsd);
    const rated = estimateCost({
      provider: 'openai',
      model: 'gpt-5',
      inputTokens: 1,
      maxOutputTokens: 1,
      serviceTier: 'priority',
    });
    expect(rated).not.toHaveProperty('unpricedTier');
    // Reached through typedUsage too: a CallUsage with tier reads the same.
    expect(
      defaultPricing().priceUsage(
        'openai',
        {
          tokens: usageTokens({ uncached: 1000 }, { text: 100 }),
          model: 'o1',
          serviceTier: 'priority',
        },
        AT,
      ),
    ).toMatchObject({ totalUsd: '0.021', unpricedTier: 'priority' });
  });
});
