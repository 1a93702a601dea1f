/**
 * A 1-hour cache write is never priced below a 5-minute write, on any model of any table,
 * and a table without a 1-hour rate falls back to Anthropic's rule (2x input) on Claude.
 */
import { describe, expect, it } from 'vitest';
import { bundledTables } from './bundled-tables.js';
import { computeCost } from './compute-cost.js';
import { createPricing } from './pricing.js';
import { PROVIDERS, type PricingTable } from './schema.js';

const ZERO = {
  inputTokens: 0,
  cacheReadTokens: 0,
  cacheWrite5mTokens: 0,
  cacheWrite1hTokens: 0,
  outputTokens: 0,
};

type Pricing = ReturnType<typeof createPricing>;

/** Cost in picodollars of `tokens` of one input kind (exact: the totals are decimal strings). */
function cost(
  pricing: Pricing,
  provider: (typeof PROVIDERS)[number],
  model: string,
  kind: keyof typeof ZERO,
  tokens: number,
  at: string,
  batch: boolean,
): bigint {
  const usage = { ...ZERO, [kind]: tokens };
  const total = computeCost({ pricing, provider, model, usage, at, batch }).totalUsd;
  const [whole = '0', fraction = ''] = total.split('.');
  return BigInt(whole) * 10n ** 12n + BigInt(fraction.padEnd(12, '0'));
}

describe('1-hour cache writes', () => {
  it('are never priced below 5-minute writes, at any level, date or batch, in any bundled table', () => {
    const pricing = createPricing();
    let checked = 0;
    for (const provider of PROVIDERS) {
      for (const model of bundledTables()[provider].models) {
        for (const entry of model.prices) {
          const at = entry.effectiveFrom ?? '2020-01-01';
          const thresholds = (entry.standard.longContext ?? []).map((t) => t.aboveInputTokens + 1);
          for (const tokens of [1_000, ...thresholds]) {
            for (const batch of entry.batch === undefined ? [false] : [false, true]) {
              const of = (kind: keyof typeof ZERO) =>
                cost(pricing, provider, model.id, kind, tokens, at, batch);
              const oneHour = of('cacheWrite1hTokens');
              expect(oneHour >= of('cacheWrite5mTokens'), `${provider} ${model.id} ${at}`).toBe(
                true,
              );
              // Claude bills 1-hour writes at 2x input wherever it caches.
              if (/claude/i.test(model.id) && of('cacheWrite5mTokens') !== of('inputTokens'))
                expect(oneHour >= 2n * of('inputTokens'), `${provider} ${model.id}`).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('fall back to the dearer of the 5-minute rate and 2x input on a Claude model without a 1-hour rate', () => {
    const table: PricingTable = {
      provider: 'bedrock',
      version: '2027-01-01',
      currency: 'USD',
      models: [
        claudeLike('anthropic.claude-custom-v1:0', { input: '4', cacheWrite5m: '5' }),
        // An override whose 5-minute rate is above 2x input keeps it.
        claudeLike('anthropic.claude-odd-v1:0', { input: '1', cacheWrite5m: '3' }),
        // Not Claude: no 1-hour writes to price, the 5-minute rate as before.
        claudeLike('amazon.nova-custom-v1:0', { input: '4', cacheWrite5m: '5' }),
        // Claude without a write rate: writes billed as input, whatever their TTL.
        claudeLike('anthropic.claude-nocache-v1:0', { input: '4' }),
      ],
    };
    const pricing = createPricing({ tables: [table] });
    const oneHour = (model: string) =>
      cost(pricing, 'bedrock', model, 'cacheWrite1hTokens', 1_000_000, '2027-01-02', false);
    expect(oneHour('anthropic.claude-custom-v1:0')).toBe(8n * 10n ** 12n);
    expect(oneHour('anthropic.claude-odd-v1:0')).toBe(3n * 10n ** 12n);
    expect(oneHour('amazon.nova-custom-v1:0')).toBe(5n * 10n ** 12n);
    expect(oneHour('anthropic.claude-nocache-v1:0')).toBe(4n * 10n ** 12n);
    // The rate line names the rate the fallback used.
    const lines = computeCost({
      pricing,
      provider: 'bedrock',
      model: 'anthropic.claude-custom-v1:0',
      usage: { ...ZERO, cacheWrite1hTokens: 10 },
    }).lines;
    expect(lines.find((line) => line.kind === 'cache_write_1h')).toMatchObject({
      rateUsd: '8',
      usd: '0.00008',
    });
  });
});

function claudeLike(
  id: string,
  rates: { input: string; cacheWrite5m?: string },
): PricingTable['models'][number] {
  return {
    id,
    aliases: [],
    snapshots: [],
    contextWindow: 200_000,
    maxOutputTokens: 8_192,
    prices: [{ standard: { ...rates, output: '10' }, checked: '2027-01-01', source: 'test' }],
  };
}
