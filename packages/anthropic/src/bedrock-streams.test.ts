/**
 * Bedrock streams (`invoke-with-response-stream`, AWS event-stream framing) are metered like
 * every other stream, through the real `AnthropicBedrock` client against the loopback
 * provider: every way a stream can end ends its reservation once, as on the Anthropic API.
 */
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import Anthropic from '@anthropic-ai/sdk';
import type { Budget } from '@tollgate/core';
import {
  AbortsAfterHeaders,
  countInputTokens,
  type MockProvider,
  startMockProvider,
} from '@tollgate/mock-provider';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { budgetOf, ended, freshBudget, onlyEntry } from './test-support/sdks.js';

const model = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const messages = [{ role: 'user' as const, content: 'Tell me about the tides.' }];
const body = { model, max_tokens: 60, messages };
const streamBody = { ...body, stream: true } as const;

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

/** Bedrock with dummy AWS keys: the SDK signs offline (SigV4), nothing leaves loopback. */
function bedrock(options: { maxRetries?: number; fetch?: typeof fetch } = {}): AnthropicBedrock {
  return new AnthropicBedrock({
    awsAccessKey: 'AKIAIOSFODNN7EXAMPLE',
    awsSecretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    awsRegion: 'us-east-1',
    baseURL: mock.url,
    maxRetries: 0,
    ...options,
  });
}

const bedrockCost = (usage: unknown): string =>
  computeCost({ provider: 'bedrock', model, usage }).totalUsd;

describe('a Bedrock stream read to its end', () => {
  it('stream: true is settled to its exact cost at Bedrock rates, before the loop ends', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(bedrock(), { budget });
    const stream = await client.messages.create(streamBody);
    const usage: Record<string, unknown> = {};
    for await (const event of stream) {
      if (event.type === 'message_start') Object.assign(usage, event.message.usage);
      if (event.type === 'message_delta') Object.assign(usage, event.usage);
    }
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect(mock.requests[0]?.path).toBe(`/model/${model}/invoke-with-response-stream`);
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(bedrockCost(usage));
    expect(entry.details).toMatchObject({
      provider: 'bedrock',
      model,
      pricingVersion: defaultPricing().versions.bedrock,
    });
    expect(entry.details.partial).toBeUndefined();
  });

  it('messages.stream() is settled exactly from its final message', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(bedrock(), { budget });
    const message = await client.messages.stream(body).finalMessage();
    expect(message.content[0]?.type).toBe('text');
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect((await onlyEntry(budget)).actualUsd).toBe(bedrockCost(message.usage));
  });
});

/** How a stream is read: to its end, or with the caller leaving after the first text. */
type Reading = 'all' | 'break';

interface Ending {
  name: string;
  respond: Parameters<MockProvider['script']>[0]['respond'];
  reading: Reading;
  /** Whether the caller's loop fails, as it does without Tollgate. */
  fails: boolean;
  /** Whether anything was consumed: cut before `message_start`, nothing known was processed. */
  charged: boolean;
  /** Whether the charge is partial: it is exact once the final usage has arrived. Default: true. */
  partial?: boolean;
}

/** Stream endings scripted on the mock, each compared with the same ending on the Anthropic API. */
const endings: Ending[] = [
  {
    // The whole stream arrives in one chunk, final usage included, before the caller breaks.
    name: 'the caller breaks out of the loop after the stream has arrived',
    respond: {},
    reading: 'break',
    fails: false,
    charged: true,
    partial: false,
  },
  {
    name: 'the connection is cut mid-stream',
    respond: { dropAfterChunks: 4 },
    reading: 'all',
    fails: true,
    charged: true,
  },
  {
    name: 'the connection is cut right after the headers',
    respond: { dropAfterChunks: 0 },
    reading: 'all',
    fails: true,
    charged: false,
  },
  {
    name: 'the provider reports an error mid-stream (a Bedrock exception frame)',
    respond: { errorEventAfterChunks: 4 },
    reading: 'all',
    fails: true,
    charged: true,
  },
];

/** Reads a stream as told; resolves with the error it failed with, if any. */
async function read(stream: AsyncIterable<{ type: string }>, reading: Reading): Promise<unknown> {
  try {
    for await (const event of stream) {
      if (reading === 'break' && event.type === 'content_block_delta') break;
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

describe.each(endings)(
  'a Bedrock stream that ends early: $name',
  ({ respond, reading, fails, charged, partial = true }) => {
    /** Runs the ending on one client; returns what the budget recorded. */
    async function run(
      client: (budget: Budget) => { create(): Promise<AsyncIterable<{ type: string }>> },
    ) {
      const { budget, events } = budgetOf();
      mock.script({ respond });
      const failure = await read(await client(budget).create(), reading);
      const types = await ended(budget, events);
      const entries = await budget.ledger();
      return { failed: failure !== undefined, types, entries };
    }

    it('ends its reservation once, as the same ending does on the Anthropic API, charged what it consumed', async () => {
      const anthropic = await run((budget) => {
        const client = withBudget(
          new Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.anthropicBaseURL, maxRetries: 0 }),
          { budget },
        );
        return {
          create: () => client.messages.create({ ...streamBody, model: 'claude-haiku-4-5' }),
        };
      });
      const onBedrock = await run((budget) => {
        const client = withBudget(bedrock(), { budget });
        return { create: () => client.messages.create(streamBody) };
      });
      expect(onBedrock.failed).toBe(fails);
      expect(onBedrock.types).toEqual(['reserved', 'settled']);
      expect(onBedrock.entries.map((entry) => entry.details.partial)).toEqual([
        partial ? true : undefined,
      ]);
      expect(onBedrock.entries[0]?.actualUsd !== '0').toBe(charged);
      expect(onBedrock.failed).toBe(anthropic.failed);
      expect(onBedrock.types).toEqual(anthropic.types);
      expect(onBedrock.entries.map((entry) => entry.details.partial)).toEqual(
        anthropic.entries.map((entry) => entry.details.partial),
      );
      expect(onBedrock.entries.map((entry) => entry.details.tokens)).toEqual(
        anthropic.entries.map((entry) => entry.details.tokens),
      );
      for (const entry of onBedrock.entries) {
        expect(entry.details).toMatchObject({ provider: 'bedrock', model });
        // What was consumed, priced at Bedrock's rates: never more than the hold.
        expect(Number(entry.actualUsd)).toBeLessThanOrEqual(Number(entry.reservedUsd));
      }
    });
  },
);

describe('a Bedrock stream: the other endings', () => {
  /** What a stream's reading ends with: its events' types, then how it ended. */
  async function outcome(stream: AsyncIterable<{ type: string }>, onEvent = (_type: string) => {}) {
    const types: string[] = [];
    try {
      for await (const event of stream) {
        types.push(event.type);
        onEvent(event.type);
      }
      return { types, ended: 'done' };
    } catch (error) {
      return { types, ended: (error as Error).constructor.name };
    }
  }

  it('an abort right after the headers ends as without Tollgate and is charged nothing', async () => {
    const abortedAfterHeaders = async (wrap: (client: AnthropicBedrock) => AnthropicBedrock) => {
      const controller = new AbortController();
      const aborts = new AbortsAfterHeaders();
      aborts.register('', controller);
      mock.script({ respond: { chunkDelayMs: 50 } });
      const client = wrap(bedrock({ fetch: aborts.fetch }));
      return outcome(await client.messages.create(streamBody, { signal: controller.signal }));
    };
    const raw = await abortedAfterHeaders((client) => client);
    const { budget, events } = budgetOf();
    expect(await abortedAfterHeaders((client) => withBudget(client, { budget }))).toEqual(raw);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect(await onlyEntry(budget)).toMatchObject({ actualUsd: '0', details: { partial: true } });
  });

  it('a caller abort mid-stream ends as without Tollgate, charged what was consumed', async () => {
    const abortedMidStream = async (wrap: (client: AnthropicBedrock) => AnthropicBedrock) => {
      const controller = new AbortController();
      mock.script({ respond: { chunkDelayMs: 20 } });
      const client = wrap(bedrock());
      const stream = await client.messages.create(streamBody, { signal: controller.signal });
      return outcome(stream, (type) => {
        if (type === 'content_block_delta') controller.abort();
      });
    };
    const raw = await abortedMidStream((client) => client);
    const { budget, events } = budgetOf();
    expect(await abortedMidStream((client) => withBudget(client, { budget }))).toEqual(raw);
    expect(raw.types).toContain('content_block_delta');
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const entry = await onlyEntry(budget);
    const input = await countInputTokens('messages', { messages });
    expect(entry.details).toMatchObject({ partial: true, tokens: { input: { uncached: input } } });
    expect(Number(entry.actualUsd)).toBeGreaterThan(0);
    expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
  });

  it('messages.stream() aborted mid-stream is settled partially, once', async () => {
    const { budget, events } = budgetOf();
    mock.script({ respond: { chunkDelayMs: 20 } });
    const client = withBudget(bedrock(), { budget });
    const helper = client.messages.stream(body);
    helper.on('text', () => helper.abort());
    await expect(helper.done()).rejects.toThrow();
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect((await onlyEntry(budget)).details.partial).toBe(true);
  });

  it('an error status is released: a failed call costs nothing', async () => {
    const { budget, events } = budgetOf();
    mock.script({ respond: { status: 500 } });
    const client = withBudget(bedrock(), { budget });
    await expect(client.messages.create(streamBody)).rejects.toMatchObject({ status: 500 });
    expect(await ended(budget, events)).toEqual(['reserved', 'released']);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
  });

  it('a retried stream holds once and is settled once, from the attempt that answered', async () => {
    const { budget, events } = budgetOf();
    mock.script({ respond: { status: 429 } });
    const client = withBudget(bedrock({ maxRetries: 1 }), { budget });
    const message = await client.messages.stream(body).finalMessage();
    expect(mock.requests).toHaveLength(2);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect((await onlyEntry(budget)).actualUsd).toBe(bedrockCost(message.usage));
  });

  it('a short stream never read is settled exactly: the Bedrock SDK reads its frames ahead', async () => {
    const { budget, events } = budgetOf(400);
    const client = withBudget(bedrock(), { budget });
    await client.messages.create(streamBody);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect((await onlyEntry(budget)).details.partial).toBeUndefined();
  });

  it('a long stream never read is charged its hold at its deadline', async () => {
    const { budget, events } = budgetOf(400);
    const client = withBudget(bedrock(), { budget });
    // More frames than the SDK reads ahead of its caller.
    mock.script({ respond: { outputTokens: 400 } });
    await client.messages.create({ ...streamBody, max_tokens: 500 });
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(entry.reservedUsd);
    expect(entry.details).toMatchObject({ partial: true, usage: 'unseen' });
  });

  it('framing Tollgate cannot read is charged the hold, and the stream still reaches the SDK', async () => {
    const { budget, events } = budgetOf();
    // A gateway that corrupts a frame: the SDK reports it; the call cannot be priced.
    const corrupting: typeof fetch = async (url, init) => {
      const response = await fetch(url, init);
      const bytes = new Uint8Array(await response.arrayBuffer());
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      return new Response(bytes, { status: response.status, headers: response.headers });
    };
    const client = withBudget(bedrock({ fetch: corrupting }), { budget });
    const failure = await read(await client.messages.create(streamBody), 'all');
    expect(failure).toBeInstanceOf(Error);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(entry.reservedUsd);
  });
});

describe('concurrent Bedrock streams on a small budget', () => {
  it('never spend over the limit, leave nothing held, and send only the calls admitted', async () => {
    const budget = freshBudget('0.005');
    const client = withBudget(bedrock(), { budget });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, async (_, index) => {
        const stream = await client.messages.create(streamBody);
        // Some callers leave early: their partial cost must count too.
        await read(stream, index % 3 === 0 ? 'break' : 'all');
      }),
    );
    const admitted = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const refused = outcomes.filter(
      (outcome) => outcome.status === 'rejected' && outcome.reason instanceof BudgetExceededError,
    ).length;
    expect(admitted + refused).toBe(40);
    expect(refused).toBeGreaterThan(0);
    expect(mock.requests).toHaveLength(admitted);
    const status = await budget.status();
    expect(status.reservedUsd).toBe('0');
    expect(Number(status.spentUsd)).toBeLessThanOrEqual(0.005);
    expect(status.calls).toBe(admitted);
  });
});
