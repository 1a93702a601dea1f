import { type Budget, createBudget } from '@tollgate/core';
import type { Budgeted } from '@tollgate/core/adapter';
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { Stream } from 'openai/streaming';
import OpenAIv7 from 'openai-v7';
import { describe, expectTypeOf, test } from 'vitest';
import { type OpenAIAdapterOptions, type WithBudgetOptions, withBudget } from './index.js';

// Type tests: checked by `tsc` in vitest's typecheck mode, never run.
const budget = createBudget({ id: 'types', limitUsd: 1 });
const client = new OpenAI({ apiKey: 'x' });

describe('withBudget keeps the client type', () => {
  test('openai 6.x', () => {
    const wrapped = withBudget(client, { limitUsd: 1 });
    expectTypeOf(wrapped).toExtend<OpenAI>();
    expectTypeOf(wrapped).toEqualTypeOf<Budgeted<OpenAI>>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
    const create = () => wrapped.chat.completions.create(body);
    const stream = () => wrapped.chat.completions.create({ ...body, stream: true });
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toExtend<ChatCompletion>();
    expectTypeOf<Awaited<ReturnType<typeof create>>>().not.toExtend<Stream<ChatCompletionChunk>>();
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().toExtend<Stream<ChatCompletionChunk>>();
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().not.toExtend<ChatCompletion>();
    expectTypeOf(wrapped.withBudget(budget)).toEqualTypeOf<Budgeted<OpenAI>>();
    expectTypeOf(wrapped.withBudget({ limitUsd: 2 })).toEqualTypeOf<Budgeted<OpenAI>>();
    expectTypeOf(wrapped.withOptions({ timeout: 5 })).toExtend<OpenAI>();
  });

  test('openai 7.x', () => {
    const wrapped = withBudget(new OpenAIv7({ apiKey: 'x' }), { limitUsd: 1 });
    expectTypeOf(wrapped).toExtend<OpenAIv7>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    const create = () =>
      wrapped.chat.completions.create({ model: 'gpt-4o', messages: [], stream: false });
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toHaveProperty('choices');
  });
});

describe('withBudget options', () => {
  test('take the kit options and estimate', () => {
    expectTypeOf<OpenAIAdapterOptions['estimate']>().toEqualTypeOf<
      'auto' | 'bytes' | 'tokenizer' | undefined
    >();
    expectTypeOf<OpenAIAdapterOptions['unmetered']>().toEqualTypeOf<
      'refuse' | 'allow' | undefined
    >();
    expectTypeOf({
      budget,
      maxConcurrency: 2,
      metadata: { team: 'a' },
    }).toExtend<WithBudgetOptions>();
    expectTypeOf({ limitUsd: '5', id: 'p', window: 'day' as const }).toExtend<WithBudgetOptions>();
  });

  test('misuse does not type-check', () => {
    // @ts-expect-error a budget or a limitUsd is required
    withBudget(client, {});
    // @ts-expect-error budget must be a Budget
    withBudget(client, { budget: null });
    // @ts-expect-error a shared budget takes no budget options beside it
    withBudget(client, { budget, limitUsd: 1 });
    // @ts-expect-error a shared budget takes no budget options beside it
    withBudget(client, { budget, ttlMs: 5 });
    // @ts-expect-error maxConcurency is not an option
    withBudget(client, { limitUsd: 1, maxConcurency: 2 });
    // @ts-expect-error estimate takes 'auto' | 'bytes' | 'tokenizer'
    withBudget(client, { limitUsd: 1, estimate: 'count-tokens' });
    // @ts-expect-error batch is an Anthropic option
    withBudget(client, { limitUsd: 1, batch: true });
    // @ts-expect-error metadata values are strings, numbers, booleans or null
    withBudget(client, { limitUsd: 1, metadata: { nested: { deep: true } } });
    // @ts-expect-error unmetered takes 'refuse' | 'allow'
    withBudget(client, { limitUsd: 1, unmetered: 'sometimes' });
    const wrapped = withBudget(client, { budget });
    // @ts-expect-error client.withBudget takes a budget or budget options, not adapter options
    wrapped.withBudget({ limitUsd: 1, maxConcurrency: 2 });
    // @ts-expect-error client.withBudget needs a budget or a limitUsd
    wrapped.withBudget({});
  });
});
