import type { Budget } from '@tollgate/core';
import type { AiSdkKit } from './ai-sdk-kit.js';
import type { DemoStep } from './demo-script.js';

/** What the demo loads only when it runs, keeping `tollgate --help` quick. */
export interface DemoModules {
  OpenAI: typeof import('openai').default;
  Anthropic: typeof import('@anthropic-ai/sdk').default;
  openaiAdapter: typeof import('@tollgate/openai');
  anthropicAdapter: typeof import('@tollgate/anthropic');
  /** Absent when the AI SDK is not installed. */
  aiSdk: AiSdkKit | undefined;
}

/** Where the demo's calls go and with which keys. */
export interface DemoTarget {
  /** The mock provider's base URLs; absent with `--live` (the real APIs). */
  mock: { openaiBaseURL: string; anthropicBaseURL: string } | undefined;
  keys: { openai: string | undefined; anthropic: string | undefined };
}

/** The clients of one plan, all metered on its budget. */
export interface DemoClients {
  openai: import('openai').default;
  anthropic: import('@anthropic-ai/sdk').default;
  /** Absent when the AI SDK is not installed: its steps go through `openai` instead. */
  aiSdk?: { kit: AiSdkKit; model: (model: string) => import('ai').LanguageModel };
  retries: number;
}

/** The OpenAI, Anthropic and (when installed) AI SDK clients of each plan, on its budget. */
export function demoClients(
  modules: DemoModules,
  plans: ReadonlyMap<string, Budget>,
  { mock, keys }: DemoTarget,
): Map<string, DemoClients> {
  const live = mock === undefined;
  const retries = live ? 2 : 0;
  const openaiOptions = {
    apiKey: live ? (keys.openai as string) : 'mock-key',
    ...(mock === undefined ? {} : { baseURL: mock.openaiBaseURL }),
  };
  const anthropicOptions = {
    apiKey: live ? (keys.anthropic as string) : 'mock-key',
    ...(mock === undefined ? {} : { baseURL: mock.anthropicBaseURL }),
  };
  const { aiSdk } = modules;
  const aiSdkOpenAI = aiSdk?.createOpenAI(openaiOptions);
  const clientsOf = (budget: Budget): DemoClients => ({
    openai: modules.openaiAdapter.withBudget(
      new modules.OpenAI({ ...openaiOptions, maxRetries: retries }),
      { budget },
    ),
    anthropic: modules.anthropicAdapter.withBudget(
      new modules.Anthropic({ ...anthropicOptions, maxRetries: retries }),
      { budget },
    ),
    // Chat Completions through the AI SDK, on the same plan budget as the SDK clients.
    ...(aiSdk === undefined || aiSdkOpenAI === undefined
      ? {}
      : {
          aiSdk: {
            kit: aiSdk,
            model: (model: string) => aiSdk.withBudget(aiSdkOpenAI.chat(model), { budget }),
          },
        }),
    retries,
  });
  return new Map([...plans].map(([id, budget]) => [id, clientsOf(budget)]));
}

/** Makes one step's call and reads it to the end (streams included). */
export async function sendStep(
  step: DemoStep,
  clients: DemoClients,
  headers: Record<string, string>,
  onDispatch: () => void,
): Promise<void> {
  const content = `${step.task}.\n\nContext:\n${contextText(step.contextWords)}`;
  const messages = [{ role: 'user' as const, content }];
  onDispatch();
  if (step.via === 'ai-sdk' && clients.aiSdk !== undefined) {
    await sendThroughAiSdk(step, clients.aiSdk, clients.retries, content, headers);
    return;
  }
  if (step.provider === 'openai') {
    const body = { model: step.model, messages, max_completion_tokens: step.maxTokens };
    if (step.stream) {
      const stream = await clients.openai.chat.completions.create(
        { ...body, stream: true },
        { headers },
      );
      for await (const _chunk of stream) {
        // Reading to the end is all the demo needs; the adapter counts the usage.
      }
    } else {
      await clients.openai.chat.completions.create(body, { headers });
    }
    return;
  }
  const body = { model: step.model, max_tokens: step.maxTokens, messages };
  if (step.stream) {
    await clients.anthropic.messages.stream(body, { headers }).finalMessage();
  } else {
    await clients.anthropic.messages.create(body, { headers });
  }
}

/** One step through the Vercel AI SDK: `generateText`, or `streamText` read to the end. */
async function sendThroughAiSdk(
  step: DemoStep,
  aiSdk: NonNullable<DemoClients['aiSdk']>,
  retries: number,
  prompt: string,
  headers: Record<string, string>,
): Promise<void> {
  const { generateText, streamText } = aiSdk.kit;
  const call = {
    model: aiSdk.model(step.model),
    prompt,
    maxOutputTokens: step.maxTokens,
    maxRetries: retries,
    headers,
  };
  if (!step.stream) {
    await generateText(call);
    return;
  }
  let failure: unknown;
  const result = streamText({
    ...call,
    onError: ({ error }) => {
      failure = error;
    },
  });
  await result.consumeStream();
  // streamText reports errors (a refusal included) through onError, not by throwing.
  if (failure !== undefined) throw failure;
}

const WORDS = 'the budget holds each call before it is sent and charges its exact cost after'.split(
  ' ',
);

/** Deterministic filler standing for the files and notes an agent would send. */
function contextText(words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(' ');
}
