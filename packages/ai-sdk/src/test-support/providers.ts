import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { createBudget } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { createAmazonBedrock as createAmazonBedrockV3 } from 'ai-sdk-amazon-bedrock-v3';
import { createAnthropic as createAnthropicV2 } from 'ai-sdk-anthropic-v2';
import { createAzure as createAzureV2 } from 'ai-sdk-azure-v2';
import { createDeepSeek as createDeepSeekV1 } from 'ai-sdk-deepseek-v1';
import { createFireworks as createFireworksV1 } from 'ai-sdk-fireworks-v1';
import { createGoogleGenerativeAI as createGoogleV2 } from 'ai-sdk-google-v2';
import { createGroq as createGroqV2 } from 'ai-sdk-groq-v2';
import { createMistral as createMistralV2 } from 'ai-sdk-mistral-v2';
import { createOpenAICompatible as createOpenAICompatibleV1 } from 'ai-sdk-openai-compatible-v1';
import { createOpenAI as createOpenAIV2 } from 'ai-sdk-openai-v2';
import { createTogetherAI as createTogetherAIV1 } from 'ai-sdk-togetherai-v1';
import { createXai as createXaiV2 } from 'ai-sdk-xai-v2';
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

/**
 * The real `ai` 5 (specification v2) providers, pointed at the loopback mock: OpenAI,
 * Anthropic, Azure (OpenAI's wire under `/openai`), Google (the Gemini API), an
 * OpenAI-compatible provider named `my-llm` (usage on streams asked for), Bedrock, and
 * DeepSeek (`@ai-sdk/deepseek` 1, its own chat model on OpenAI's Chat wire), xAI (Chat
 * and Responses on OpenAI's wires), Groq (Chat; a stream's usage in `x_groq`), Mistral
 * (Chat, a stream's usage unasked in its last chunk; embeddings), Together and Fireworks
 * (`@ai-sdk/togetherai` 1, `@ai-sdk/fireworks` 1: Chat, stream usage asked for).
 */
export function providersV2For(mock: MockProvider) {
  const openai = createOpenAIV2({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const anthropic = createAnthropicV2({ apiKey: 'test', baseURL: `${mock.anthropicBaseURL}/v1` });
  const azure = createAzureV2({ apiKey: 'test', baseURL: `${mock.url}/openai` });
  const google = createGoogleV2({ apiKey: 'test', baseURL: mock.googleBaseURL });
  const compatible = createOpenAICompatibleV1({
    name: 'my-llm',
    apiKey: 'test',
    baseURL: mock.openaiBaseURL,
    includeUsage: true,
  });
  const bedrock = createAmazonBedrockV3({ ...awsTestCredentials, baseURL: mock.url });
  const deepseek = createDeepSeekV1({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const xai = createXaiV2({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const groq = createGroqV2({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const mistral = createMistralV2({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const together = createTogetherAIV1({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const fireworks = createFireworksV1({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  return {
    openai,
    anthropic,
    azure,
    google,
    compatible,
    bedrock,
    deepseek,
    xai,
    groq,
    mistral,
    together,
    fireworks,
  };
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
