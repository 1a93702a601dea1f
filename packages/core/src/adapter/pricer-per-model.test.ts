import { describe, expect, it } from 'vitest';
import { madePerModel, pricerPerModel } from './pricer-per-model.js';
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

describe('madePerModel', () => {
  it('makes any per-model steps once per settings object and model, and names itself in errors', () => {
    let made = 0;
    const stepsFor = madePerModel<object, { n: number }>(() => ({ n: ++made }), 'stepsFor');
    const settings = {};
    expect(stepsFor(settings, 'm')).toBe(stepsFor(settings, 'm'));
    expect(stepsFor({}, 'm')).toEqual({ n: 2 });
    expect(() => stepsFor(null as never, 'm')).toThrow(/^stepsFor: expected the settings/);
    expect(() => madePerModel(42 as never)).toThrow(/^madePerModel: expected a function/);
  });
});
