import { type Budget, createBudget } from '@tollgate/core';
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { Stream } from 'openai/streaming';
import OpenAIv7 from 'openai-v7';
import { describe, expectTypeOf, test } from 'vitest';
import { withBudget } from './index.js';

// Type-level checks (`tsc` proves them); the bodies never call the network.
describe('withBudget keeps the client type', () => {
  test('openai 6.x', () => {
    const client = withBudget(new OpenAI({ apiKey: 'x' }), { limitUsd: 1 });
    expectTypeOf(client).toExtend<OpenAI>();
    expectTypeOf(client.budget).toEqualTypeOf<Budget>();
    const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };
    const create = () => client.chat.completions.create(body);
    const stream = () => client.chat.completions.create({ ...body, stream: true });
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toExtend<ChatCompletion>();
    expectTypeOf<Awaited<ReturnType<typeof create>>>().not.toExtend<Stream<ChatCompletionChunk>>();
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().toExtend<Stream<ChatCompletionChunk>>();
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().not.toExtend<ChatCompletion>();
    expectTypeOf(client.withBudget(createBudget({ id: 'other', limitUsd: 1 }))).toExtend<OpenAI>();
    expectTypeOf(client.withOptions({ timeout: 5 })).toExtend<OpenAI>();
  });

  test('openai 7.x', () => {
    const client = withBudget(new OpenAIv7({ apiKey: 'x' }), { limitUsd: 1 });
    expectTypeOf(client).toExtend<OpenAIv7>();
    expectTypeOf(client.budget).toEqualTypeOf<Budget>();
    const create = () =>
      client.chat.completions.create({ model: 'gpt-4o', messages: [], stream: false });
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toHaveProperty('choices');
  });

  test('bad options do not type-check', () => {
    const check = () => {
      // @ts-expect-error a budget or limitUsd is required
      withBudget(new OpenAI({ apiKey: 'x' }), {});
      // @ts-expect-error estimate takes 'auto' | 'bytes' | 'tokenizer'
      withBudget(new OpenAI({ apiKey: 'x' }), { limitUsd: 1, estimate: 'guess' });
    };
    expectTypeOf(check).toBeFunction();
  });
});
