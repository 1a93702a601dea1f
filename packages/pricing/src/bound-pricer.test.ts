import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BoundRequest, boundPricer } from './bound-pricer.js';
import { bundledTables } from './bundled-tables.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidUsageError, UnknownModelError } from './errors.js';
import { createPricing } from './pricing.js';
import { PROVIDERS } from './schema.js';

const pricing = defaultPricing();

/** What `pricing.boundUsd` answers for the same request: its amount or its error. */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

describe('boundPricer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds what pricing.boundUsd holds, for every model of every provider', () => {
    const models = PROVIDERS.flatMap((provider) =>
      pricing.models(provider).map((model) => ({ provider, model })),
    );
    const request = fc.record(
      {
        inputTokens: fc.oneof(fc.nat(), fc.integer({ min: 0, max: 5_000_000 })),
        maxOutputTokens: fc.oneof(fc.nat({ max: 200_000 }), fc.constant(0)),
        serviceTier: fc.constantFrom(undefined, null, 'default', 'auto', 'priority', 'flex', 'x'),
        toolFees: fc.record(
          { webSearch: fc.nat({ max: 5 }), webFetch: fc.nat({ max: 2 }) },
          { requiredKeys: [] },
        ),
        batch: fc.boolean(),
      },
      { requiredKeys: ['inputTokens', 'maxOutputTokens'] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...models), request, ({ provider, model }, asked) => {
        const bound = boundPricer(pricing, provider, model);
        const expected = pricing.boundUsd({ ...asked, provider, model } as never);
        expect(bound(asked as BoundRequest)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('bounds long-context levels as boundUsd does: the dearest level the input can reach', () => {
    const bound = boundPricer(pricing, 'anthropic', 'claude-sonnet-4-5');
    expect(bound({ inputTokens: 200_000, maxOutputTokens: 0 })).toBe('1.2');
    expect(bound({ inputTokens: 200_001, maxOutputTokens: 1000 })).toBe('2.422512');
  });

  it('is made once per pricing, provider and model id', () => {
    const bound = boundPricer(pricing, 'openai', 'gpt-4o');
    expect(boundPricer(pricing, 'openai', 'gpt-4o')).toBe(bound);
    expect(boundPricer(pricing, 'azure', 'gpt-4o')).not.toBe(bound);
    expect(boundPricer(createPricing(), 'openai', 'gpt-4o')).not.toBe(bound);
  });

  it('refuses a model without a price when it is made, as boundUsd refuses each call', () => {
    expect(() => boundPricer(pricing, 'openai', 'gpt-unknown')).toThrow(UnknownModelError);
  });

  it('answers bad counts with boundUsd’s own typed errors', () => {
    const bound = boundPricer(pricing, 'openai', 'gpt-4o');
    for (const inputTokens of [-1, 1.5, Number.NaN, 2 ** 60, '10', undefined]) {
      const request = { inputTokens, maxOutputTokens: 16 } as unknown as BoundRequest;
      const expected = outcome(() =>
        pricing.boundUsd({ ...request, provider: 'openai', model: 'gpt-4o' }),
      );
      expect(expected).toMatch(/^InvalidUsageError/);
      expect(outcome(() => bound(request))).toBe(expected);
    }
    expect(() => bound({ inputTokens: 1, maxOutputTokens: -2 })).toThrow(InvalidUsageError);
    const misuses = [
      { serviceTier: 5 },
      { batch: 'yes' },
      { at: 'not a date' },
      { model: 'gpt-4o-mini' },
      { stray: 1 },
      { toolFees: { webSearch: 0, stray: 0 } },
      { toolFees: [] },
    ];
    for (const misuse of misuses) {
      const request = { inputTokens: 1, maxOutputTokens: 1, ...misuse } as unknown as BoundRequest;
      const expected = outcome(() =>
        pricing.boundUsd({ ...request, provider: 'anthropic', model: 'claude-sonnet-4-5' }),
      );
      const bound = boundPricer(pricing, 'anthropic', 'claude-sonnet-4-5');
      expect(outcome(() => bound(request))).toBe(expected);
    }
    for (const [misuse, shown] of [
      [null, 'null'],
      [3, '3 \\(number\\)'],
      ['1000', '"1000"'],
      [[], 'an array of 0'],
    ] as const) {
      expect(outcome(() => bound(misuse as never))).toMatch(
        new RegExp(`^InvalidOptionsError: .*expected a request object .*received ${shown}`),
      );
    }
    for (const toolFees of [null, 3, { webSearch: -1 }, { webFetch: 0.5 }]) {
      const request = { inputTokens: 1, maxOutputTokens: 1, toolFees } as unknown as BoundRequest;
      const expected = outcome(() =>
        pricing.boundUsd({ ...request, provider: 'openai', model: 'gpt-4o' }),
      );
      expect(expected).toMatch(/^(InvalidUsageError|InvalidOptionsError)/);
      expect(outcome(() => bound(request))).toBe(expected);
    }
  });

  it('falls back to exact sums past 2^53 femto-dollars', () => {
    const bound = boundPricer(pricing, 'openai', 'gpt-4o');
    const huge = { inputTokens: Number.MAX_SAFE_INTEGER, maxOutputTokens: 1 };
    expect(bound(huge)).toBe(pricing.boundUsd({ ...huge, provider: 'openai', model: 'gpt-4o' }));
  });

  it('follows the price entry of the day as time passes, and back', () => {
    const table = structuredClone(bundledTables().openai);
    const model = table.models.find((entry) => entry.id === 'gpt-4o');
    if (model === undefined) throw new Error('gpt-4o is bundled');
    const base = model.prices[model.prices.length - 1];
    if (base === undefined) throw new Error('gpt-4o has a price');
    model.prices.push({
      ...base,
      effectiveFrom: '2031-06-01',
      standard: { input: '100', output: '1000' },
    });
    const dated = createPricing({ tables: [table] });
    const request = { inputTokens: 1000, maxOutputTokens: 10 };
    const expected = () => dated.boundUsd({ ...request, provider: 'openai', model: 'gpt-4o' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-31T23:59:59.999Z'));
    const bound = boundPricer(dated, 'openai', 'gpt-4o');
    const before = bound(request);
    expect(before).toBe(expected());
    vi.setSystemTime(new Date('2031-06-01T00:00:00Z'));
    expect(bound(request)).toBe('0.11');
    expect(bound(request)).toBe(expected());
    vi.setSystemTime(new Date('2031-05-01T00:00:00Z'));
    expect(bound(request)).toBe(before);
  });
});
