import { createOpenAI } from '@ai-sdk/openai';
import { createBudget } from '@tollgate/core';
import { generateText, streamText, wrapLanguageModel } from 'ai';
import { createOpenAI as createOpenAIv2 } from 'ai-sdk-openai-v2';
import { createOpenAI as createOpenAIv3 } from 'ai-sdk-openai-v3';
import {
  generateText as generateTextV5,
  streamText as streamTextV5,
  wrapLanguageModel as wrapLanguageModelV5,
} from 'ai-v5';
import {
  generateText as generateTextV6,
  streamText as streamTextV6,
  wrapLanguageModel as wrapLanguageModelV6,
} from 'ai-v6';
import { describe, expectTypeOf, test } from 'vitest';
import { budgetMiddleware, withBudget } from './index.js';

// Type tests: the README's quick start, as a user writes it (no cast), against each `ai`
// major and its provider packages. Checked by `tsc` in vitest's typecheck mode, never run.
const plan = createBudget({ id: 'plan-7', limitUsd: '2' });

describe('ai 7 (specification v4, @ai-sdk/openai 4)', () => {
  const openai = createOpenAI({ apiKey: 'x' });

  test('withBudget(model) goes to generateText and streamText', () => {
    const model = withBudget(openai('gpt-4.1'), { budget: plan });
    const generate = () => generateText({ model, prompt: 'Hello', maxOutputTokens: 400 });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamText({ model, prompt: 'Hello' })).toHaveProperty('fullStream');
  });

  test('wrapLanguageModel with budgetMiddleware goes to generateText and streamText', () => {
    const same = wrapLanguageModel({
      model: openai('gpt-4.1'),
      middleware: budgetMiddleware({ budget: plan }),
    });
    const listed = wrapLanguageModel({
      model: openai('gpt-4.1'),
      middleware: [budgetMiddleware({ budget: plan })],
    });
    const generate = () => generateText({ model: same, prompt: 'Hello' });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamText({ model: listed, prompt: 'Hello' })).toHaveProperty('fullStream');
  });
});

describe('ai 6 (specification v3, @ai-sdk/openai 3)', () => {
  const openai = createOpenAIv3({ apiKey: 'x' });

  test('withBudget(model) goes to generateText and streamText', () => {
    const model = withBudget(openai('gpt-4.1'), { budget: plan });
    const generate = () => generateTextV6({ model, prompt: 'Hello', maxOutputTokens: 400 });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamTextV6({ model, prompt: 'Hello' })).toHaveProperty('fullStream');
  });

  test('wrapLanguageModel with budgetMiddleware goes to generateText and streamText', () => {
    const same = wrapLanguageModelV6({
      model: openai('gpt-4.1'),
      middleware: budgetMiddleware({ budget: plan }),
    });
    const listed = wrapLanguageModelV6({
      model: openai('gpt-4.1'),
      middleware: [budgetMiddleware({ budget: plan })],
    });
    const generate = () => generateTextV6({ model: same, prompt: 'Hello' });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamTextV6({ model: listed, prompt: 'Hello' })).toHaveProperty('fullStream');
  });
});

describe('ai 5 (specification v2, @ai-sdk/openai 2)', () => {
  const openai = createOpenAIv2({ apiKey: 'x' });

  test('withBudget(model) goes to generateText and streamText', () => {
    const model = withBudget(openai('gpt-4.1'), { budget: plan });
    const generate = () => generateTextV5({ model, prompt: 'Hello', maxOutputTokens: 400 });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamTextV5({ model, prompt: 'Hello' })).toHaveProperty('fullStream');
  });

  test('wrapLanguageModel with budgetMiddleware goes to generateText and streamText', () => {
    const same = wrapLanguageModelV5({
      model: openai('gpt-4.1'),
      middleware: budgetMiddleware({ budget: plan }),
    });
    const listed = wrapLanguageModelV5({
      model: openai('gpt-4.1'),
      middleware: [budgetMiddleware({ budget: plan })],
    });
    const generate = () => generateTextV5({ model: same, prompt: 'Hello' });
    expectTypeOf<Awaited<ReturnType<typeof generate>>>().toHaveProperty('text');
    expectTypeOf(streamTextV5({ model: listed, prompt: 'Hello' })).toHaveProperty('fullStream');
  });
});
