import { createBudget, InvalidOptionsError } from '@tollgate/core';
import OpenAI from 'openai';
import { describe, expect, test } from 'vitest';
import { type WithBudgetOptions, withBudget } from './index.js';

const client = () => new OpenAI({ apiKey: 'x', baseURL: 'http://127.0.0.1:9/v1' });

describe('withBudget options', () => {
  test.each<[string, unknown]>([
    ['unmetered', { limitUsd: 1, unmetered: 'sometimes' }],
    ['maxConcurrency', { limitUsd: 1, maxConcurrency: 0 }],
    ['maxConcurrency', { limitUsd: 1, maxConcurrency: 1.5 }],
    ['pricing', { limitUsd: 1, pricing: {} }],
    ['pricing', { limitUsd: 1, pricing: null }],
    ['estimate', { limitUsd: 1, estimate: 'guess' }],
    ['metadata', { limitUsd: 1, metadata: [] }],
    ['metadata.bad', { limitUsd: 1, metadata: { bad: { nested: true } } }],
  ])('rejects a bad %s', (path, options) => {
    try {
      withBudget(client(), options as WithBudgetOptions);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues[0]?.path).toBe(path);
    }
  });

  test('accepts every valid option', () => {
    const wrapped = withBudget(client(), {
      budget: createBudget({ id: 'opts', limitUsd: 1 }),
      unmetered: 'allow',
      maxConcurrency: Number.POSITIVE_INFINITY,
      estimate: 'tokenizer',
      metadata: { team: 'a', n: 1, ok: true, none: null },
    });
    expect(wrapped.budget.id).toBe('opts');
    expect(withBudget(client(), { limitUsd: 2, id: 'private-opts' }).budget.limitUsd).toBe('2');
  });

  test('rejects what is not a client, a wrapped client, missing options and a missing budget', () => {
    expect(() => withBudget({} as OpenAI, { limitUsd: 1 })).toThrow(InvalidOptionsError);
    const wrapped = withBudget(client(), { limitUsd: 1 });
    expect(() => withBudget(wrapped, { limitUsd: 1 })).toThrow(/already wrapped/);
    expect(() => withBudget(client(), undefined as unknown as WithBudgetOptions)).toThrow(
      InvalidOptionsError,
    );
    expect(() => withBudget(client(), {} as WithBudgetOptions)).toThrow(InvalidOptionsError);
  });
});
