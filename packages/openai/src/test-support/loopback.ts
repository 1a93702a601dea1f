import {
  type MockProvider,
  type MockProviderOptions,
  startMockProvider,
} from '@tollgate/mock-provider';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** Both supported majors at run time; typed through 6.x (the surfaces the tests call are the same). */
export const SDK_MAJORS = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

/**
 * A loopback mock provider for the tests of one file: started before them, its log reset
 * before each, closed after. Returns the running provider's getter.
 */
export function useMockProvider(options: MockProviderOptions = {}): () => MockProvider {
  let mock: MockProvider | undefined;
  beforeAll(async () => {
    mock = await startMockProvider(options);
  });
  afterAll(async () => {
    await mock?.close();
  });
  beforeEach(() => mock?.reset());
  return () => {
    if (mock === undefined) throw new Error('the mock provider is started in beforeAll');
    return mock;
  };
}
