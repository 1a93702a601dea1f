import { type CallUsage, usageTokens } from '@tollgate/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledTables } from './bundled-tables.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidUsageError, UnknownModelError } from './errors.js';
import { createPricing } from './pricing.js';
import { PROVIDERS } from './schema.js';
import { usagePricer } from './usage-pricer.js';

const pricing = defaultPricing();

/** A pricer's answer or the class and message of its error. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

const count = fc.oneof(fc.nat({ max: 5_000 }), fc.nat({ max: 2_000_000 }), fc.constant(0));

const usageOf = (models: readonly string[]) =>
  fc.record(
    {
      tokens: fc
        .tuple(count, count, count, count, count, count)
        .map(([uncached, cacheRead, cacheWrite5m, cacheWrite1h, text, reasoning]) =>
          usageTokens({ uncached, cacheRead, cacheWrite5m, cacheWrite1h }, { text, reasoning }),
        ),
      model: fc.constantFrom(...models),
      toolCalls: fc.record(
        { webSearch: fc.nat({ max: 4 }), webFetch: fc.nat({ max: 4 }) },
        { requiredKeys: [] },
      ),
      serviceTier: fc.constantFrom('default', 'auto', 'priority', 'flex', 'batch', 'scale', 'x'),
      batch: fc.boolean(),
    },
    { requiredKeys: ['tokens', 'model'] },
  );

describe('usagePricer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('charges what the exact path charges, for every model of every provider', () => {
    const cases = PROVIDERS.flatMap((provider) =>
      pricing.models(provider).map((model) => ({ provider, model })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.boolean(),
        fc.context(),
        (chosen, priceUsageModel, context) => {
          const { provider, model } = chosen;
          // The usage names the requested model, another priced model, or an unknown id.
          const other = pricing.models(provider)[0] as string;
          const usage = fc.sample(usageOf([model, other, 'not-a-model']), 1)[0] as CallUsage;
          context.log(JSON.stringify(usage));
          const fast = usagePricer(pricing, provider, model, { priceUsageModel });
          // `at` always goes the exact way (priced at the time it gives: now, here).
          const exact = usagePricer(pricing, provider, model, {
            priceUsageModel,
            at: () => Date.now(),
          });
          expect(outcome(() => fast(usage))).toEqual(outcome(() => exact(usage)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('prices the usage model when the tables know it, else the requested one', () => {
    const price = usagePricer(pricing, 'openai', 'gpt-4o');
    const tokens = usageTokens({ uncached: 1000, cacheRead: 200 }, { text: 100, reasoning: 0 });
    expect(price({ tokens, model: 'gpt-4o-mini' })).toMatchObject({
      model: 'gpt-4o-mini',
      costUsd: '0.000225',
    });
    expect(price({ tokens, model: 'my-proxy-name' })).toMatchObject({
      model: 'gpt-4o',
      costUsd: '0.00375',
    });
  });

  it('refuses a malformed usage with InvalidUsageError and an unpriced model with UnknownModelError', () => {
    const price = usagePricer(pricing, 'openai', 'gpt-4o');
    expect(() => price(null as never)).toThrow(InvalidUsageError);
    expect(() => price({ tokens: { input: {} }, model: 'gpt-4o' } as never)).toThrow(
      InvalidUsageError,
    );
    const unknown = usagePricer(pricing, 'openai', 'gpt-unknown');
    expect(() => unknown({ tokens: usageTokens(), model: 'also-unknown' })).toThrow(
      UnknownModelError,
    );
  });

  it('follows the price entry of the day as time passes', () => {
    const table = structuredClone(bundledTables().openai);
    const model = table.models.find((entry) => entry.id === 'gpt-4o');
    const base = model?.prices[model.prices.length - 1];
    if (model === undefined || base === undefined) throw new Error('gpt-4o is bundled');
    model.prices.push({
      ...base,
      effectiveFrom: '2031-06-01',
      standard: { input: '100', output: '1000' },
    });
    const dated = createPricing({ tables: [table] });
    const usage: CallUsage = {
      tokens: usageTokens({ uncached: 1000 }, { text: 10 }),
      model: 'gpt-4o',
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-31T23:59:59.999Z'));
    const price = usagePricer(dated, 'openai', 'gpt-4o');
    const before = price(usage).costUsd;
    expect(before).toBe(dated.priceUsage('openai', usage).totalUsd);
    vi.setSystemTime(new Date('2031-06-01T00:00:00Z'));
    expect(price(usage).costUsd).toBe('0.11');
    vi.setSystemTime(new Date('2031-05-01T00:00:00Z'));
    expect(price(usage).costUsd).toBe(before);
  });
});

describe('usagePricer and boundPricer arguments', () => {
  it('refuses what is not a pricing, a provider, a model or an option, where it is given', async () => {
    const { boundPricer } = await import('./bound-pricer.js');
    const { InvalidOptionsError } = await import('@tollgate/core');
    const misuses: [string, () => unknown, RegExp][] = [
      [
        'null pricing',
        () => usagePricer(null as never, 'openai', 'gpt-4o'),
        /pricing: expected a Pricing/,
      ],
      [
        'model 42',
        () => usagePricer(pricing, 'openai', 42 as never),
        /model: expected a model id \(string\), received 42/,
      ],
      [
        'provider',
        () => usagePricer(pricing, 'opanai' as never, 'gpt-4o'),
        /provider: expected one of .*received "opanai"/,
      ],
      [
        'at 5',
        () => usagePricer(pricing, 'openai', 'gpt-4o', { at: 5 as never }),
        /at: expected a function/,
      ],
      [
        'options null',
        () => usagePricer(pricing, 'openai', 'gpt-4o', null as never),
        /usagePricer/,
      ],
      ['typo', () => usagePricer(pricing, 'openai', 'gpt-4o', { bacth: true } as never), /bacth/],
      [
        'batch yes',
        () => usagePricer(pricing, 'openai', 'gpt-4o', { batch: 'yes' as never }),
        /batch: expected a boolean/,
      ],
      [
        'bound null pricing',
        () => boundPricer(null as never, 'openai', 'gpt-4o'),
        /boundPricer arguments: pricing/,
      ],
      ['bound provider', () => boundPricer(pricing, 'nope' as never, 'gpt-4o'), /provider/],
      ['bound model', () => boundPricer(pricing, 'openai', 42 as never), /model/],
    ];
    for (const [name, run, message] of misuses) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).toBeInstanceOf(InvalidOptionsError);
      expect((thrown as Error).message, name).toMatch(message);
    }
  });
});
