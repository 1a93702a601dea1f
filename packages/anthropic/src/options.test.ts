import Anthropic from '@anthropic-ai/sdk';
import { createBudget } from '@tollgate/core';
import { createPricing } from '@tollgate/pricing';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, type WithBudgetOptions, withBudget } from './index.js';

const client = () => new Anthropic({ apiKey: 'sk-ant-test', baseURL: 'http://127.0.0.1:9' });
const invalid = (options: unknown) => () => withBudget(client(), options as WithBudgetOptions);

describe('withBudget options', () => {
  it('accepts a budget or a private limit, and every metering option', () => {
    const budget = createBudget({ id: 'options-ok', limitUsd: 1 });
    expect(withBudget(client(), { budget }).budget).toBe(budget);
    const wrapped = withBudget(client(), {
      limitUsd: '2',
      id: 'private-named',
      unmetered: 'allow',
      maxConcurrency: 4,
      pricing: createPricing(),
      estimate: 'count-tokens',
      batch: true,
      metadata: { team: 'a', weight: 1, on: true, none: null },
    });
    expect(wrapped.budget.id).toBe('private-named');
    expect(withBudget(client(), { limitUsd: 1 }).budget.id).toMatch(/^anthropic-\d+$/);
  });

  it.each([
    ['options that are not an object', null, ''],
    ['neither budget nor limitUsd', {}, 'budget'],
    [
      'both budget and limitUsd',
      { budget: createBudget({ id: 'both', limitUsd: 1 }), limitUsd: 1 },
      'limitUsd',
    ],
    [
      'budget options next to a budget',
      { budget: createBudget({ id: 'mixed', limitUsd: 1 }), ttlMs: 5 },
      'ttlMs',
    ],
    ['an unknown option', { limitUsd: 1, estimat: 'bytes' }, 'estimat'],
    ['a bad unmetered', { limitUsd: 1, unmetered: 'yes' }, 'unmetered'],
    ['a bad maxConcurrency', { limitUsd: 1, maxConcurrency: 0 }, 'maxConcurrency'],
    ['a bad pricing', { limitUsd: 1, pricing: {} }, 'pricing'],
    ['a null pricing', { limitUsd: 1, pricing: null }, 'pricing'],
    ['a bad estimate', { limitUsd: 1, estimate: 'tokenizer' }, 'estimate'],
    ['a bad batch', { limitUsd: 1, batch: 'yes' }, 'batch'],
    ['bad metadata', { limitUsd: 1, metadata: { nested: {} } }, 'metadata'],
    ['array metadata', { limitUsd: 1, metadata: [] }, 'metadata'],
  ])('rejects %s with InvalidOptionsError', (_name, options, path) => {
    expect(invalid(options)).toThrow(InvalidOptionsError);
    try {
      invalid(options)();
    } catch (error) {
      expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toContain(path);
    }
  });

  it('rejects something that is not an Anthropic client', () => {
    for (const notClient of [null, {}, { request() {}, withOptions() {}, post() {} }]) {
      expect(() => withBudget(notClient as never, { limitUsd: 1 })).toThrow(InvalidOptionsError);
    }
  });
});
