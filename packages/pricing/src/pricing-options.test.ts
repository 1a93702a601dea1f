import { InvalidOptionsError } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import {
  computeCost,
  createPricing,
  defaultPricing,
  estimateCost,
  InvalidUsageError,
  readUsage,
} from './index.js';

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

describe('pricing.priceUsage arguments', () => {
  const pricing = defaultPricing();
  const typed = readUsage('openai', usage, { model: 'gpt-4o' });
  const at = '2026-06-01T00:00:00Z';

  /** The InvalidUsageError `run` throws (fails the test when it throws anything else). */
  function usageError(run: () => unknown): InvalidUsageError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidUsageError);
      return error as InvalidUsageError;
    }
    return expect.unreachable('expected InvalidUsageError');
  }

  it.each([
    ['a number', 1, 'received 1 (number)'],
    ['a capitalised id', 'OpenAI', 'received "OpenAI"'],
    ['nothing', undefined, 'received undefined'],
    ['computeCost-style options', request, 'received an object'],
  ])('refuses %s as the provider, naming the call', (_, provider, received) => {
    const error = optionsError(() => pricing.priceUsage(provider as never, typed));
    expect(error.message).toBe(
      `Invalid pricing.priceUsage options: provider: expected one of openai, anthropic, google, vertex, bedrock, azure, deepseek, xai, mistral, groq, together, fireworks, openrouter, ${received}`,
    );
    expect(error.issues).toEqual([
      { path: 'provider', message: expect.stringMatching(/^expected one of openai/) },
    ]);
  });

  it.each([
    [
      'a model id',
      'gpt-4o',
      'expected a usage object (a CallUsage, as readUsage returns), received "gpt-4o" (string)',
    ],
    ['null', null, 'expected a usage object (a CallUsage, as readUsage returns), received null'],
    [
      'an array',
      [typed],
      'expected a usage object (a CallUsage, as readUsage returns), received an array of 1',
    ],
    [
      'a usage whose model is not a string',
      { ...typed, model: 5 },
      'model: expected a model id, received 5 (number)',
    ],
    [
      'a count that is not one',
      { ...typed, tokens: { ...typed.tokens, output: { text: -1, reasoning: 0 } } },
      'tokens.output.text: expected a non-negative integer token count, received -1 (number)',
    ],
  ])('refuses %s as the usage, naming the call', (_, given, message) => {
    const error = usageError(() => pricing.priceUsage('openai', given as never));
    expect(error.message).toBe(`Invalid usage given to pricing.priceUsage: ${message}`);
  });

  it.each([
    ['an unparseable string', 'yesterday', 'received "yesterday"'],
    ['an empty string', '', 'received ""'],
    ['an invalid Date', new Date('not a date'), 'received an invalid Date'],
    ['NaN', Number.NaN, 'received NaN (number)'],
    ['Infinity', Number.POSITIVE_INFINITY, 'received Infinity (number)'],
    ['a time no Date can hold', 1e20, 'received 100000000000000000000 (number)'],
    ['an options object', { at }, 'received an object'],
    ['a boolean', true, 'received true (boolean)'],
    ['null', null, 'received null'],
  ])('refuses %s as the time, naming the call', (_, given, received) => {
    const error = usageError(() => pricing.priceUsage('openai', typed, given as never));
    expect(error.message).toBe(
      `Invalid usage given to pricing.priceUsage: at: expected a Date, epoch milliseconds or an ISO date string, ${received}`,
    );
    expect(error.issues).toEqual([{ path: 'at', message: expect.stringContaining(received) }]);
  });

  it('prices the same usage alike whichever form of a valid time it is given', () => {
    const expected = pricing.computeCost({ ...request, at });
    for (const time of [at, new Date(at), Date.parse(at)]) {
      expect(pricing.priceUsage('openai', typed, time)).toEqual(expected);
    }
  });
});
