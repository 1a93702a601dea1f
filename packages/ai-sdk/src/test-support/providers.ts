import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { createBudget } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { createAnthropic as createAnthropicV2 } from 'ai-sdk-anthropic-v2';
import { createOpenAI as createOpenAIV2 } from 'ai-sdk-openai-v2';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * Starts one mock provider for the test file (stopped after it, reset before each test)
 * and returns a getter: the mock exists only once the file's tests start.
 */
export function useMockProvider(): () => MockProvider {
  let mock: MockProvider | undefined;
  beforeAll(async () => {
    mock = await startMockProvider();
  });
  afterAll(async () => {
    await mock?.close();
  });
  beforeEach(() => mock?.reset());
  return () => {
    if (mock === undefined) throw new Error('the mock provider starts in beforeAll');
    return mock;
  };
}

let budgets = 0;

/** A fresh budget with an id of its own (`<prefix>-<n>`). */
export function budgetFor(prefix: string, limitUsd: string | number = 10) {
  return createBudget({ id: `${prefix}-${++budgets}`, limitUsd });
}

/** The real AI SDK providers, pointed at the loopback mock. */
export function providersFor(mock: MockProvider) {
  const openai = createOpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const anthropic = createAnthropic({ apiKey: 'test', baseURL: `${mock.anthropicBaseURL}/v1` });
  return { openai, anthropic };
}

/** The real `ai` 5 (specification v2) OpenAI and Anthropic providers, pointed at the loopback mock. */
export function providersV2For(mock: MockProvider) {
  const openai = createOpenAIV2({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const anthropic = createAnthropicV2({ apiKey: 'test', baseURL: `${mock.anthropicBaseURL}/v1` });
  return { openai, anthropic };
}

/** AWS's documented example keys: requests are SigV4-signed offline, and the mock ignores them. */
export const awsTestCredentials = {
  region: 'us-east-1',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
} as const;

/** The real Bedrock provider (`@ai-sdk/amazon-bedrock`, the Converse API) on the mock. */
export function bedrockFor(mock: MockProvider) {
  return createAmazonBedrock({ ...awsTestCredentials, baseURL: mock.url });
}

/** One language model per wire API the adapter prices, with a model each table knows. */
export function languageModels(mock: () => MockProvider): Array<[string, () => LanguageModelV4]> {
  // Made per test: the mock starts after the test table is built.
  return [
    ['openai.responses', () => providersFor(mock()).openai('gpt-4.1')],
    ['openai.chat', () => providersFor(mock()).openai.chat('gpt-4.1')],
    ['anthropic.messages', () => providersFor(mock()).anthropic('claude-sonnet-4-5')],
  ];
}
