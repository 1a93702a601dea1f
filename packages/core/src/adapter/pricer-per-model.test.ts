import { describe, expect, it } from 'vitest';
import { pricerPerModel } from './pricer-per-model.js';
import type { UsagePricer } from './types.js';

describe('pricerPerModel', () => {
  it('makes one pricing step per settings object and model, and reuses it', () => {
    const made: string[] = [];
    const pricerFor = pricerPerModel<{ name: string }>((settings, model) => {
      made.push(`${settings.name}/${model}`);
      const pricer: UsagePricer = () => ({
        costUsd: '0',
        provider: settings.name,
        model,
        pricingVersion: 'v',
      });
      return pricer;
    });
    const first = { name: 'a' };
    const second = { name: 'b' };
    const again = pricerFor(first, 'm1');
    expect(pricerFor(first, 'm1')).toBe(again);
    expect(pricerFor(first, 'm2')).not.toBe(again);
    expect(pricerFor(second, 'm1')).not.toBe(again);
    expect(made).toEqual(['a/m1', 'a/m2', 'b/m1']);
  });

  it('refuses, with a typed error, a maker that is not a function and settings that are not an object', () => {
    expect(() => pricerPerModel(42 as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        message: expect.stringContaining('received 42'),
      }),
    );
    const pricerFor = pricerPerModel<object>(() => () => ({
      costUsd: '0',
      provider: 'p',
      model: 'm',
      pricingVersion: 'v',
    }));
    for (const settings of [null, 'client', 7]) {
      expect(() => pricerFor(settings as never, 'm')).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTIONS' }),
      );
    }
  });
});
