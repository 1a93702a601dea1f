import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import Anthropic from '@anthropic-ai/sdk';
import type { Message, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import type { Stream } from '@anthropic-ai/sdk/streaming';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { type Budget, createBudget } from '@tollgate/core';
import type { Budgeted } from '@tollgate/core/adapter';
import AnthropicV0 from 'anthropic-sdk-v0';
import { describe, expectTypeOf, test } from 'vitest';
import { type AnthropicMeteringOptions, type WithBudgetOptions, withBudget } from './index.js';

// Type tests: checked by `tsc` in vitest's typecheck mode, never run.
const budget = createBudget({ id: 'types', limitUsd: 1 });
const client = new Anthropic({ apiKey: 'x' });
const message = {
  model: 'claude-sonnet-4-5',
  max_tokens: 100,
  messages: [{ role: 'user' as const, content: 'hi' }],
};

describe('withBudget keeps the client type', () => {
  test('@anthropic-ai/sdk 1.x', () => {
    const wrapped = withBudget(client, { limitUsd: 1 });
    expectTypeOf(wrapped).toExtend<Anthropic>();
    expectTypeOf(wrapped).toEqualTypeOf<Budgeted<Anthropic>>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    const create = () => wrapped.messages.create(message);
    const stream = () => wrapped.messages.create({ ...message, stream: true });
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toExtend<Message>();
    expectTypeOf<Awaited<ReturnType<typeof create>>>().not.toExtend<
      Stream<RawMessageStreamEvent>
    >();
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().toExtend<Stream<RawMessageStreamEvent>>();
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().not.toExtend<Message>();
    expectTypeOf(wrapped.withBudget(budget)).toEqualTypeOf<Budgeted<Anthropic>>();
    expectTypeOf(wrapped.withBudget({ limitUsd: 2 })).toEqualTypeOf<Budgeted<Anthropic>>();
    expectTypeOf(wrapped.withOptions({ timeout: 5 })).toExtend<Anthropic>();
  });

  test('AnthropicBedrock and AnthropicVertex', () => {
    const bedrock = withBudget(new AnthropicBedrock({ awsRegion: 'us-east-1' }), { budget });
    expectTypeOf(bedrock).toEqualTypeOf<Budgeted<AnthropicBedrock>>();
    expectTypeOf(bedrock.withBudget(budget)).toEqualTypeOf<Budgeted<AnthropicBedrock>>();
    const vertex = withBudget(new AnthropicVertex({ region: 'us-east5' }), { budget });
    expectTypeOf(vertex).toEqualTypeOf<Budgeted<AnthropicVertex>>();
    const create = () => vertex.messages.create(message);
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toExtend<Message>();
  });

  test('@anthropic-ai/sdk 0.x', () => {
    const wrapped = withBudget(new AnthropicV0({ apiKey: 'x' }), { budget });
    expectTypeOf(wrapped).toExtend<AnthropicV0>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    const create = () => wrapped.messages.create(message);
    expectTypeOf<Awaited<ReturnType<typeof create>>>().toHaveProperty('usage');
  });
});

describe('withBudget options', () => {
  test('take the kit options, estimate and batch', () => {
    expectTypeOf<AnthropicMeteringOptions['estimate']>().toEqualTypeOf<
      'bytes' | 'count-tokens' | undefined
    >();
    expectTypeOf<AnthropicMeteringOptions['batch']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<AnthropicMeteringOptions['maxConcurrency']>().toEqualTypeOf<number | undefined>();
    expectTypeOf({ budget, batch: true, metadata: { team: 'a' } }).toExtend<WithBudgetOptions>();
    expectTypeOf({ limitUsd: 5, estimate: 'count-tokens' as const }).toExtend<WithBudgetOptions>();
  });

  test('misuse does not type-check', () => {
    // @ts-expect-error a budget or a limitUsd is required
    withBudget(client, {});
    // @ts-expect-error budget must be a Budget
    withBudget(client, { budget: 'plan-7' });
    // @ts-expect-error a shared budget takes no budget options beside it
    withBudget(client, { budget, limitUsd: 1 });
    // @ts-expect-error a shared budget takes no budget options beside it
    withBudget(client, { budget, window: 'day' });
    // @ts-expect-error maxConcurency is not an option
    withBudget(client, { limitUsd: 1, maxConcurency: 2 });
    // @ts-expect-error estimate takes 'bytes' | 'count-tokens'
    withBudget(client, { limitUsd: 1, estimate: 'tokenizer' });
    // @ts-expect-error batch is a boolean
    withBudget(client, { limitUsd: 1, batch: 'yes' });
    // @ts-expect-error metadata values are strings, numbers, booleans or null
    withBudget(client, { limitUsd: 1, metadata: { n: 1n } });
    // @ts-expect-error not an Anthropic client
    withBudget({}, { limitUsd: 1 });
    const wrapped = withBudget(client, { budget });
    // @ts-expect-error client.withBudget takes a budget or budget options, not adapter options
    wrapped.withBudget({ budget, estimate: 'bytes' });
  });
});
