/**
 * Claude on Amazon Bedrock: 1-hour cache writes (Converse `cacheDetails`, Messages
 * `cache_creation`) and the 1M-context tier of Sonnet 4 and 4.5. Expected totals are worked
 * out by hand from the per-million rates in the comments (Anthropic's rules: 1-hour write
 * 2x input; above 200k input, 2x input and 1.5x output, cache rates scaled with input).
 */
import { usageTokens } from '@tollgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidUsageError } from './errors.js';
import { usagePricer } from './usage-pricer.js';

const NOW = '2026-12-01';
const SONNET_45 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

function total(model: string, usage: unknown, batch = false): string {
  return computeCost({ provider: 'bedrock', model, usage, at: NOW, batch }).totalUsd;
}

describe('Claude on Bedrock: 1-hour cache writes', () => {
  it('prices Converse writes by the TTL cacheDetails gives', () => {
    // Regional Sonnet 4.5: 3.3 / 0.33 read / 4.125 5m / 6.6 1h / 16.5.
    // 1,000 x 3.3 + 2,000 x 0.33 + 10,000 x 6.6 + 300 x 16.5 = 0.07491.
    const usage = {
      inputTokens: 1_000,
      outputTokens: 300,
      totalTokens: 13_300,
      cacheReadInputTokens: 2_000,
      cacheWriteInputTokens: 10_000,
      cacheDetails: [{ ttl: '1h', inputTokens: 10_000 }],
    };
    expect(total(SONNET_45, usage)).toBe('0.07491');
    // The same model through its us. profile, and a split:
    // 1,000 x 3.3 + 2,000 x 0.33 + 4,000 x 4.125 + 6,000 x 6.6 + 300 x 16.5 = 0.06501.
    const split = {
      ...usage,
      cacheDetails: [
        { ttl: '5m', inputTokens: 4_000 },
        { ttl: '1h', inputTokens: 6_000 },
      ],
    };
    expect(total(`us.${SONNET_45}`, split)).toBe('0.06501');
    // Batch stacks: every rate halved.
    expect(total(SONNET_45, usage, true)).toBe('0.037455');
  });

  it('bills writes the details do not place at the 5-minute rate, and refuses details above the total', () => {
    // 10,000 writes, 6,000 of them 1-hour: 1,000 x 3.3 + 4,000 x 4.125 + 6,000 x 6.6 + 300 x 16.5.
    const usage = {
      inputTokens: 1_000,
      outputTokens: 300,
      cacheWriteInputTokens: 10_000,
      cacheDetails: [{ ttl: '1h', inputTokens: 6_000 }],
    };
    expect(total(SONNET_45, usage)).toBe('0.06435');
    // Without a total the breakdown alone is billed: 1,000 x 3.3 + 6,000 x 6.6 + 300 x 16.5.
    const { cacheWriteInputTokens: _total, ...withoutTotal } = usage;
    expect(total(SONNET_45, { ...withoutTotal, totalTokens: 7_300 })).toBe('0.04785');
    expect(() =>
      total(SONNET_45, { ...usage, cacheDetails: [{ ttl: '1h', inputTokens: 10_001 }] }),
    ).toThrow(
      /cacheDetails: cache writes by TTL \(5m 0 \+ 1h 10001 = 10001\) are part of cacheWriteInputTokens \(10000\)/,
    );
    expect(() => total(SONNET_45, { ...usage, cacheDetails: { ttl: '1h' } })).toThrow(
      InvalidUsageError,
    );
    expect(() =>
      total(SONNET_45, { ...usage, cacheDetails: [{ ttl: '1h', inputTokens: -1 }] }),
    ).toThrow(/cacheDetails\.0: expected \{ ttl: string, inputTokens/);
  });

  it('charges every split of the writes by TTL exactly, never below the same writes at 5 minutes', () => {
    // Regional Sonnet 4.5 in picodollars per token: 3.3 / 0.33 / 4.125 / 6.6 / 16.5 per million.
    const [IN, READ, W5, W1H, OUT] = [3_300_000n, 330_000n, 4_125_000n, 6_600_000n, 16_500_000n];
    const pico = (usd: string) => {
      const [whole = '0', fraction = ''] = usd.split('.');
      return BigInt(whole) * 10n ** 12n + BigInt(fraction.padEnd(12, '0'));
    };
    const detail = fc.record({
      ttl: fc.constantFrom('5m', '1h'),
      inputTokens: fc.nat({ max: 20_000 }),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: 50_000 }),
        fc.nat({ max: 50_000 }),
        fc.array(detail, { maxLength: 4 }),
        fc.nat({ max: 20_000 }),
        fc.nat({ max: 5_000 }),
        (input, read, details, unplaced, output) => {
          const placed = details.reduce((sum, d) => sum + d.inputTokens, 0);
          const oneHour = details
            .filter((d) => d.ttl === '1h')
            .reduce((sum, d) => sum + d.inputTokens, 0);
          const writes = placed + unplaced;
          const usage = {
            inputTokens: input,
            outputTokens: output,
            cacheReadInputTokens: read,
            cacheWriteInputTokens: writes,
            cacheDetails: details,
          };
          const charged = pico(total(SONNET_45, usage));
          const hand =
            BigInt(input) * IN +
            BigInt(read) * READ +
            BigInt(writes - oneHour) * W5 +
            BigInt(oneHour) * W1H +
            BigInt(output) * OUT;
          expect(charged).toBe(hand);
          const { cacheDetails: _split, ...unsplit } = usage;
          expect(charged >= pico(total(SONNET_45, unsplit))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prices Messages usage from Bedrock with 1-hour writes at 2x input', () => {
    // 1,000 x 3.3 + 10,000 x 6.6 + 300 x 16.5 = 0.07425.
    const usage = {
      input_tokens: 1_000,
      output_tokens: 300,
      cache_creation_input_tokens: 10_000,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 10_000 },
    };
    expect(total(SONNET_45, usage)).toBe('0.07425');
  });

  it('prices 1-hour writes at 2x input on every Bedrock Claude model that caches', () => {
    const pricing = defaultPricing();
    for (const model of pricing.models('bedrock')) {
      if (!model.includes('claude')) continue;
      const write = (tokens: object) =>
        Number(total(model, { inputTokens: 0, outputTokens: 0, totalTokens: 0, ...tokens }));
      const input = write({ inputTokens: 1_000_000 });
      const fiveMinute = write({ cacheWriteInputTokens: 1_000_000 });
      const oneHour = write({
        cacheWriteInputTokens: 1_000_000,
        cacheDetails: [{ ttl: '1h', inputTokens: 1_000_000 }],
      });
      // A model without a write rate (Bedrock caches no Claude 3 Haiku/Opus) bills writes as input.
      expect(oneHour, model).toBe(fiveMinute === input ? input : 2 * input);
    }
  });

  it('charges 1-hour writes through usagePricer as computeCost does', () => {
    const price = usagePricer(defaultPricing(), 'bedrock', SONNET_45);
    const tokens = usageTokens(
      { uncached: 1_000, cacheRead: 2_000, cacheWrite1h: 10_000 },
      { text: 300, reasoning: 0 },
    );
    expect(price({ tokens, model: `us.${SONNET_45}` }).costUsd).toBe('0.07491');
  });
});

describe('Claude Sonnet 4 and 4.5 on Bedrock: the 1M-context tier', () => {
  it('bills every token at the long-context rates above 200k input', () => {
    // Regional Sonnet 4.5 above 200k: 6.6 / 24.75. 300,000 x 6.6 + 1,000 x 24.75 = 2.00475.
    const long = { inputTokens: 300_000, outputTokens: 1_000, totalTokens: 301_000 };
    for (const model of [SONNET_45, `us.${SONNET_45}`, `eu.${SONNET_45}`, `apac.${SONNET_45}`])
      expect(total(model, long), model).toBe('2.00475');
    // Global Sonnet 4.5 and Sonnet 4 (3 / 15 base): 6 / 22.5. 300,000 x 6 + 1,000 x 22.5.
    for (const model of [
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'anthropic.claude-sonnet-4-20250514-v1:0',
      'us.anthropic.claude-sonnet-4-20250514-v1:0',
      'global.anthropic.claude-sonnet-4-20250514-v1:0',
    ])
      expect(total(model, long), model).toBe('1.8225');
    // At 200,000 input exactly the base rates apply: 200,000 x 3.3 + 1,000 x 16.5.
    expect(total(SONNET_45, { ...long, inputTokens: 200_000 })).toBe('0.6765');
  });

  it('counts cache tokens toward the threshold and scales their rates', () => {
    // 100,000 input + 50,000 read + 60,000 1h writes = 210,000 > 200k:
    // 100,000 x 6.6 + 50,000 x 0.66 + 60,000 x 13.2 + 1,000 x 24.75
    const usage = {
      inputTokens: 100_000,
      outputTokens: 1_000,
      cacheReadInputTokens: 50_000,
      cacheWriteInputTokens: 60_000,
      cacheDetails: [{ ttl: '1h', inputTokens: 60_000 }],
    };
    // 0.66 + 0.033 + 0.792 + 0.02475
    expect(total(SONNET_45, usage)).toBe('1.50975');
    // Batch: the tier halved (3.3 / 0.33 / 6.6 / 12.375).
    expect(total(SONNET_45, usage, true)).toBe('0.754875');
    const price = usagePricer(defaultPricing(), 'bedrock', SONNET_45);
    const tokens = usageTokens(
      { uncached: 100_000, cacheRead: 50_000, cacheWrite1h: 60_000 },
      { text: 1_000, reasoning: 0 },
    );
    expect(price({ tokens, model: SONNET_45 }).costUsd).toBe('1.50975');
  });

  it('gives the profiles of both models the 1M context window', () => {
    const pricing = defaultPricing();
    for (const model of [
      SONNET_45,
      `us.${SONNET_45}`,
      `eu.${SONNET_45}`,
      `apac.${SONNET_45}`,
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'us.anthropic.claude-sonnet-4-20250514-v1:0',
      'global.anthropic.claude-sonnet-4-20250514-v1:0',
    ])
      expect(pricing.resolve('bedrock', model).contextWindow, model).toBe(1_000_000);
  });
});
