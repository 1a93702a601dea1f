import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import type {
  EmbeddingModelV4,
  LanguageModelV4,
  LanguageModelV4Middleware,
} from '@ai-sdk/provider';
import { type Budget, createBudget } from '@tollgate/core';
import { generateText, type LanguageModelMiddleware, streamText, wrapLanguageModel } from 'ai';
import { createAnthropic as createAnthropicV2 } from 'ai-sdk-anthropic-v2';
import { createOpenAI as createOpenAIv2 } from 'ai-sdk-openai-v2';
import { createOpenAI as createOpenAIv3 } from 'ai-sdk-openai-v3';
import type { EmbeddingModelV2, LanguageModelV2 } from 'ai-sdk-provider-v2';
import {
  embed as embedV5,
  generateText as generateTextV5,
  type LanguageModelMiddleware as LanguageModelMiddlewareV5,
  streamText as streamTextV5,
  wrapLanguageModel as wrapLanguageModelV5,
} from 'ai-v5';
import {
  generateText as generateTextV6,
  type LanguageModelMiddleware as LanguageModelMiddlewareV6,
} from 'ai-v6';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type BudgetedModel,
  type BudgetMiddleware,
  budgetMiddleware,
  type WithBudgetOptions,
  withBudget,
} from './index.js';

// Type tests: checked by `tsc` in vitest's typecheck mode, never run.
const budget = createBudget({ id: 'types', limitUsd: 1 });
const openai = createOpenAI({ apiKey: 'x' });
const anthropic = createAnthropic({ apiKey: 'x' });

describe('withBudget keeps the model type', () => {
  test('language models', () => {
    const original = openai('gpt-4.1');
    const wrapped = withBudget(original, { budget });
    expectTypeOf(wrapped).toExtend<typeof original>();
    expectTypeOf(wrapped).toExtend<LanguageModelV4>();
    expectTypeOf(wrapped).toEqualTypeOf<BudgetedModel<typeof original>>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    expectTypeOf(wrapped.withBudget({ limitUsd: 2 })).toEqualTypeOf<
      BudgetedModel<typeof original>
    >();
    const claude = withBudget(anthropic('claude-sonnet-4-5'), { limitUsd: 1 });
    expectTypeOf(claude).toExtend<ReturnType<typeof anthropic>>();
    // Accepted wherever the AI SDK takes a model.
    const generate = () => generateText({ model: wrapped, prompt: 'hi' });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamText({ model: claude, prompt: 'hi' })).toHaveProperty('fullStream');
  });

  test('embedding models', () => {
    const original = openai.embedding('text-embedding-3-small');
    const wrapped = withBudget(original, { budget });
    expectTypeOf(wrapped).toExtend<EmbeddingModelV4>();
    expectTypeOf(wrapped).toExtend<typeof original>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
  });
});

describe('ai 6 (specification v3)', () => {
  test('withBudget keeps a v3 model type, accepted by ai 6', () => {
    const original = createOpenAIv3({ apiKey: 'x' })('gpt-4.1');
    const wrapped = withBudget(original, { budget });
    expectTypeOf(wrapped).toExtend<typeof original>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    const generate = () => generateTextV6({ model: wrapped, prompt: 'hi' });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
  });
});

describe('ai 5 (specification v2)', () => {
  test('withBudget keeps a v2 model type, accepted by ai 5', () => {
    const original = createOpenAIv2({ apiKey: 'x' })('gpt-4.1');
    const wrapped = withBudget(original, { budget });
    expectTypeOf(wrapped).toEqualTypeOf<BudgetedModel<typeof original>>();
    expectTypeOf(wrapped).toExtend<typeof original>();
    expectTypeOf(wrapped).toExtend<LanguageModelV2>();
    expectTypeOf(wrapped.budget).toEqualTypeOf<Budget>();
    expectTypeOf(wrapped.withBudget({ limitUsd: 2 })).toEqualTypeOf<
      BudgetedModel<typeof original>
    >();
    const claude = withBudget(createAnthropicV2({ apiKey: 'x' })('claude-sonnet-4-5'), { budget });
    const generate = () => generateTextV5({ model: wrapped, prompt: 'hi' });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamTextV5({ model: claude, prompt: 'hi' })).toHaveProperty('fullStream');
  });

  test('withBudget keeps a v2 embedding model type, accepted by ai 5', () => {
    const original = createOpenAIv2({ apiKey: 'x' }).embedding('text-embedding-3-small');
    const wrapped = withBudget(original, { budget });
    expectTypeOf(wrapped).toExtend<typeof original>();
    expectTypeOf(wrapped).toExtend<EmbeddingModelV2<string>>();
    const run = () => embedV5({ model: wrapped, value: 'hi' });
    expectTypeOf<Awaited<ReturnType<typeof run>>>().toHaveProperty('embedding');
  });

  test('budgetMiddleware is also an ai 5 middleware: wrapLanguageModel takes it without a cast', () => {
    const middleware = budgetMiddleware({ budget });
    expectTypeOf(middleware).toExtend<LanguageModelMiddlewareV5>();
    const wrapped = wrapLanguageModelV5({
      model: createOpenAIv2({ apiKey: 'x' })('gpt-4.1'),
      middleware,
    });
    expectTypeOf(wrapped).toExtend<LanguageModelV2>();
    expectTypeOf(withBudget(wrapped, { budget })).toExtend<LanguageModelV2>();
  });
});

describe('budgetMiddleware', () => {
  test('is a language-model middleware of ai 7 and ai 6 with its budget', () => {
    const middleware = budgetMiddleware({ budget });
    expectTypeOf(middleware).toExtend<LanguageModelMiddleware>();
    expectTypeOf(middleware).toExtend<LanguageModelMiddlewareV6>();
    // Its version is v3, the one all three `wrapLanguageModel` take: not @ai-sdk/provider 4's
    // v4 middleware type, which takes 'v4' only.
    expectTypeOf(middleware).not.toExtend<LanguageModelV4Middleware>();
    expectTypeOf(middleware.specificationVersion).toEqualTypeOf<'v3'>();
    expectTypeOf(middleware).toEqualTypeOf<BudgetMiddleware>();
    expectTypeOf(middleware.budget).toEqualTypeOf<Budget>();
    expectTypeOf(
      wrapLanguageModel({ model: openai('gpt-4.1'), middleware }),
    ).toExtend<LanguageModelV4>();
  });
});

describe('options', () => {
  test('take the kit options', () => {
    expectTypeOf({
      budget,
      maxConcurrency: 2,
      metadata: { team: 'a' },
      provider: 'together' as const,
    }).toExtend<WithBudgetOptions>();
    expectTypeOf({ limitUsd: '5', id: 'p', window: 'day' as const }).toExtend<WithBudgetOptions>();
  });

  test('misuse does not type-check', () => {
    const model = openai('gpt-4.1');
    // @ts-expect-error a budget or a limitUsd is required
    withBudget(model, {});
    // @ts-expect-error a shared budget takes no budget options beside it
    withBudget(model, { budget, limitUsd: 1 });
    // @ts-expect-error estimate is an option of the official-SDK adapters
    withBudget(model, { limitUsd: 1, estimate: 'bytes' });
    // @ts-expect-error provider names a price table of @tollgate/pricing
    withBudget(model, { limitUsd: 1, provider: 'cohere' });
    // @ts-expect-error only AI SDK models are wrapped
    withBudget({ provider: 'openai' }, { limitUsd: 1 });
    // @ts-expect-error budgetMiddleware needs a budget or a limitUsd
    budgetMiddleware({ maxConcurrency: 2 });
    const wrapped = withBudget(model, { budget });
    // @ts-expect-error model.withBudget takes a budget or budget options, not adapter options
    wrapped.withBudget({ limitUsd: 1, maxConcurrency: 2 });
  });
});
