/**
 * Claude on Bedrock through the real `@ai-sdk/amazon-bedrock` (ai 7) and, for the Converse
 * route, the v2 provider under `ai` 5, against the loopback mock: 1-hour cache writes are
 * charged 2x input, and Sonnet 4.5's 1M-context prompts are charged and held at the
 * long-context rates. Expected charges are worked out by hand from the table's rates
 * (regional Sonnet 4.5: 3.3 input, 0.33 read, 6.6 1-hour write, 16.5 output; above 200k
 * input 6.6 / 24.75).
 */
import { createAmazonBedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { generateText, streamText } from 'ai';
import { generateText as generateTextV5, streamText as streamTextV5 } from 'ai-v5';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import {
  awsTestCredentials,
  bedrockFor,
  budgetFor,
  providersV2For,
  useMockProvider,
} from './test-support/providers.js';
import { only } from './test-support/scenarios.js';

const mock = useMockProvider();
const sonnet = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';

/** A prompt whose first message asks Bedrock for a 1-hour cache point. */
const cachedMessages = [
  {
    role: 'user' as const,
    content: 'A long shared system prompt, then a question.',
    providerOptions: { bedrock: { cachePoint: { type: 'default', ttl: '1h' } } },
  },
];

/** 1,000 input, 2,000 read, 10,000 1-hour writes, 300 output. */
const oneHourUsage = {
  inputTokens: 1_000,
  cacheReadInputTokens: 2_000,
  cacheWriteInputTokens: 10_000,
  cacheDetails: [{ ttl: '1h', inputTokens: 10_000 }],
  outputTokens: 300,
};
// 1,000 x 3.3 + 2,000 x 0.33 + 10,000 x 6.6 + 300 x 16.5
const ONE_HOUR_USD = '0.07491';

describe('ai 7: Claude on Bedrock', () => {
  test.each(['generate', 'stream'] as const)(
    '%s: Converse 1-hour cache writes (cacheDetails) are charged 2x input',
    async (how) => {
      const budget = budgetFor('bedrock');
      mock().script({ respond: { usage: oneHourUsage } });
      const call = {
        model: withBudget(bedrockFor(mock())(sonnet), { budget }),
        maxOutputTokens: 400,
      };
      if (how === 'generate') await generateText({ ...call, messages: cachedMessages });
      else await streamText({ ...call, messages: cachedMessages }).consumeStream();
      await budget.flush();
      const body = mock().requests[0]?.body as { messages: Array<{ content: unknown[] }> };
      expect(body.messages[0]?.content).toContainEqual({
        cachePoint: { type: 'default', ttl: '1h' },
      });
      const entry = await only(budget.ledger());
      expect(entry.actualUsd).toBe(ONE_HOUR_USD);
      expect(entry.details.tokens).toMatchObject({
        input: { uncached: 1_000, cacheRead: 2_000, cacheWrite5m: 0, cacheWrite1h: 10_000 },
      });
      expect((await budget.status()).reservedUsd).toBe('0');
    },
  );

  test('Messages API (amazon-bedrock/anthropic): ephemeral_1h writes are charged 2x input', async () => {
    const budget = budgetFor('bedrock');
    mock().script({
      respond: {
        usage: {
          input_tokens: 1_000,
          cache_creation_input_tokens: 10_000,
          cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 10_000 },
        },
        outputTokens: 300,
      },
    });
    const messagesApi = createAmazonBedrockAnthropic({
      ...awsTestCredentials,
      baseURL: mock().url,
    });
    await generateText({
      model: withBudget(messagesApi('anthropic.claude-sonnet-4-5-20250929-v1:0'), { budget }),
      prompt: 'Hello',
      maxOutputTokens: 400,
    });
    // 1,000 x 3.3 + 10,000 x 6.6 + 300 x 16.5
    expect((await only(budget.ledger())).actualUsd).toBe('0.07425');
  });

  test.each(['generate', 'stream'] as const)(
    '%s: the 1M-context beta above 200k input is charged at the long-context rates',
    async (how) => {
      const budget = budgetFor('bedrock', 100);
      mock().script({ respond: { usage: { inputTokens: 300_000, outputTokens: 1_000 } } });
      const call = {
        model: withBudget(bedrockFor(mock())(sonnet), { budget }),
        prompt: 'Hello',
        maxOutputTokens: 1_000,
        providerOptions: { bedrock: { anthropicBeta: ['context-1m-2025-08-07'] } },
      };
      if (how === 'generate') await generateText(call);
      else await streamText(call).consumeStream();
      await budget.flush();
      expect(mock().requests[0]?.body).toMatchObject({
        additionalModelRequestFields: { anthropic_beta: ['context-1m-2025-08-07'] },
      });
      // 300,000 x 6.6 + 1,000 x 24.75
      expect((await only(budget.ledger())).actualUsd).toBe('2.00475');
    },
  );

  test('a 250k-token prompt is refused unsent on a $1 budget: its hold is at long-context rates', async () => {
    // At base rates (and the old 200k window) it was held at $0.825 and sent; Bedrock bills
    // 250,000 x 6.6 = $1.65 for it.
    const budget = budgetFor('bedrock', 1);
    const error = await generateText({
      model: withBudget(bedrockFor(mock())(sonnet), { budget }),
      prompt: 'word '.repeat(250_000),
      maxOutputTokens: 10,
      maxRetries: 0,
      providerOptions: { bedrock: { anthropicBeta: ['context-1m-2025-08-07'] } },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });
});

describe('ai 5: Claude on Bedrock through @ai-sdk/amazon-bedrock 3', () => {
  test.each(['generate', 'stream'] as const)(
    '%s: a 1-hour cache point is sent without its TTL, so its writes are charged as 5-minute writes',
    async (how) => {
      const budget = budgetFor('v5');
      // What Bedrock answers a cache point without a TTL: 5-minute writes.
      mock().script({
        respond: { usage: { ...oneHourUsage, cacheDetails: [{ ttl: '5m', inputTokens: 10_000 }] } },
      });
      const call = {
        model: withBudget(providersV2For(mock()).bedrock(sonnet), { budget }),
        maxOutputTokens: 400,
        messages: cachedMessages,
      };
      if (how === 'generate') await generateTextV5(call);
      else await streamTextV5(call).consumeStream();
      await budget.flush();
      const body = mock().requests[0]?.body as { messages: Array<{ content: unknown[] }> };
      expect(body.messages[0]?.content).toContainEqual({ cachePoint: { type: 'default' } });
      // 1,000 x 3.3 + 2,000 x 0.33 + 10,000 x 4.125 + 300 x 16.5
      expect((await only(budget.ledger())).actualUsd).toBe('0.05016');
    },
  );

  test.each(['generate', 'stream'] as const)(
    '%s: the 1M-context beta above 200k input is charged at the long-context rates',
    async (how) => {
      const budget = budgetFor('v5', 100);
      mock().script({ respond: { usage: { inputTokens: 300_000, outputTokens: 1_000 } } });
      const call = {
        model: withBudget(providersV2For(mock()).bedrock(sonnet), { budget }),
        prompt: 'Hello',
        maxOutputTokens: 1_000,
        providerOptions: {
          bedrock: { additionalModelRequestFields: { anthropic_beta: ['context-1m-2025-08-07'] } },
        },
      };
      if (how === 'generate') await generateTextV5(call);
      else await streamTextV5(call).consumeStream();
      await budget.flush();
      expect((await only(budget.ledger())).actualUsd).toBe('2.00475');
    },
  );

  test('a 250k-token prompt is refused unsent on a $1 budget', async () => {
    const budget = budgetFor('v5', 1);
    const error = await generateTextV5({
      model: withBudget(providersV2For(mock()).bedrock(sonnet), { budget }),
      prompt: 'word '.repeat(250_000),
      maxOutputTokens: 10,
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(mock().requests).toHaveLength(0);
  });
});
