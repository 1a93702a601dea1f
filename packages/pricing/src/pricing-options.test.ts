import { InvalidOptionsError } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { computeCost, createPricing, defaultPricing, estimateCost } from './index.js';

const usage = { prompt_tokens: 1000, completion_tokens: 100 };
const request = { provider: 'openai', model: 'gpt-4o', usage } as const;
const estimate = {
  provider: 'openai',
  model: 'gpt-4o',
  inputTokens: 1000,
  maxOutputTokens: 100,
} as const;

/** The InvalidOptionsError `run` throws (fails the test when it throws anything else). */
function optionsError(run: () => unknown): InvalidOptionsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return error as InvalidOptionsError;
  }
  return expect.unreachable('expected InvalidOptionsError');
}

describe('computeCost options', () => {
  it.each([
    ['null', null, 'received null'],
    ['no options', undefined, 'received undefined'],
    ['a string', 'gpt-4o', 'received "gpt-4o"'],
  ])('refuses %s as its options, naming the call', (_, options, received) => {
    const error = optionsError(() => computeCost(options as never));
    expect(error.message).toMatch(/^Invalid computeCost options: \(options\): expected object/);
    expect(error.message).toContain(received);
  });

  it('refuses an unknown option with a did-you-mean', () => {
    const error = optionsError(() => computeCost({ ...request, serviceTeir: 'flex' } as never));
    expect(error.issues).toEqual([
      {
        path: 'serviceTeir',
        message:
          'expected a documented option, received unknown option "serviceTeir"; did you mean serviceTier?',
      },
    ]);
  });

  it('refuses batch and serviceTier of the wrong type instead of guessing', () => {
    const error = optionsError(() =>
      computeCost({ ...request, batch: 'yes', serviceTier: 1 } as never),
    );
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['batch', 'serviceTier']);
    expect(error.message).toMatch(/batch: expected boolean, received "yes"/);
  });

  it('refuses a pricing that is not one', () => {
    const error = optionsError(() => computeCost({ ...request, pricing: {} } as never));
    expect(error.message).toMatch(/pricing: expected a Pricing from createPricing/);
  });

  it('names the method for Pricing.computeCost, and refuses a second Pricing there', () => {
    const pricing = createPricing();
    expect(optionsError(() => pricing.computeCost(null as never)).message).toMatch(
      /^Invalid pricing\.computeCost options/,
    );
    expect(
      optionsError(() => pricing.computeCost({ ...request, tier: 'flex' } as never)).message,
    ).toMatch(/unknown option "tier"/);
    expect(
      optionsError(() => pricing.computeCost({ ...request, pricing: defaultPricing() } as never))
        .message,
    ).toMatch(/pricing: expected this Pricing or none/);
  });

  it('still takes every documented option, undefined ones included', () => {
    const pricing = createPricing();
    const options = {
      ...request,
      at: '2026-01-01',
      serviceTier: null,
      batch: undefined,
      pricing,
    };
    expect(computeCost(options).totalUsd).toBe('0.0035');
    expect(pricing.computeCost(options).totalUsd).toBe('0.0035');
    expect(computeCost({ ...request, batch: true, serviceTier: 'flex' }).batch).toBe(true);
  });
});

describe('estimateCost options', () => {
  it('refuses null, unknown options and unknown tool fees', () => {
    expect(optionsError(() => estimateCost(null as never)).message).toMatch(
      /^Invalid estimateCost options: \(options\): expected object, received null/,
    );
    expect(
      optionsError(() => estimateCost({ ...estimate, maxTokens: 5 } as never)).issues[0],
    ).toMatchObject({ path: 'maxTokens' });
    expect(
      optionsError(() => estimateCost({ ...estimate, toolFees: { webSerch: 1 } } as never)).issues,
    ).toEqual([
      {
        path: 'toolFees.webSerch',
        message:
          'expected a documented option, received unknown option "webSerch"; did you mean webSearch?',
      },
    ]);
    expect(
      optionsError(() => estimateCost({ ...estimate, toolFees: 3 } as never)).issues[0],
    ).toMatchObject({ path: 'toolFees' });
    expect(
      optionsError(() => estimateCost({ ...estimate, batch: 'yes' } as never)).issues[0],
    ).toMatchObject({ path: 'batch' });
  });

  it('checks the hold an adapter asks for the same way', () => {
    const pricing = createPricing();
    expect(
      optionsError(() => pricing.boundUsd({ ...estimate, toolFees: { webSerch: 1 } } as never))
        .message,
    ).toMatch(/^Invalid pricing\.boundUsd options: toolFees\.webSerch/);
    expect(
      optionsError(() => pricing.estimateCost({ ...estimate, batch: 1 } as never)).message,
    ).toMatch(/^Invalid pricing\.estimateCost options: batch/);
    expect(pricing.boundUsd({ ...estimate, batch: undefined, toolFees: { webSearch: 0 } })).toBe(
      '0.0035',
    );
  });
});

describe('createPricing options', () => {
  it('refuses null options', () => {
    expect(optionsError(() => createPricing(null as never)).message).toMatch(
      /^Invalid createPricing options: \(options\): expected object, received null/,
    );
  });

  it('refuses a misspelt option with a did-you-mean, instead of ignoring the overrides', () => {
    const error = optionsError(() =>
      createPricing({
        overide: [{ provider: 'openai', id: 'gpt-4o', prices: [] }],
      } as never),
    );
    expect(error.issues).toEqual([
      {
        path: 'overide',
        message:
          'expected a documented option, received unknown option "overide"; did you mean overrides?',
      },
    ]);
  });

  it('keeps naming what each option expects', () => {
    expect(optionsError(() => createPricing({ overrides: {} as never })).issues).toEqual([
      { path: 'overrides', message: 'expected an array, received an object' },
    ]);
    expect(optionsError(() => createPricing({ overridesFile: 5 as never })).issues).toEqual([
      { path: 'overridesFile', message: 'expected a file path or null, received 5 (number)' },
    ]);
    expect(createPricing(undefined).versions.openai).toBe('2026-11-28');
  });
});
