import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import type { MockProvider } from '@tollgate/mock-provider';

/** The real AI SDK providers, pointed at the loopback mock. */
export function providersFor(mock: MockProvider) {
  const openai = createOpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL });
  const anthropic = createAnthropic({ apiKey: 'test', baseURL: `${mock.anthropicBaseURL}/v1` });
  return { openai, anthropic };
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
