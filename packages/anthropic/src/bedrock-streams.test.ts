/**
 * Bedrock streams (`invoke-with-response-stream`, AWS event-stream framing) are metered like
 * every other stream, through the real `AnthropicBedrock` client against the loopback
 * provider: every way a stream can end ends its reservation once, as on the Anthropic API.
 */
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import type { Budget, BudgetEvent } from '@tollgate/core';
import { recordEndings, waitForEndings } from '@tollgate/core/testing';
import { AbortsAfterHeaders, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withBudget } from './index.js';
import { freshBudget, onlyEntry } from './test-support/sdks.js';

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

function budgetOf(ttlMs?: number): { budget: Budget; events: BudgetEvent[] } {
  const budget = freshBudget();
  const scoped =
    ttlMs === undefined ? budget : budget.child({ id: `${budget.id}-call`, limitUsd: '10', ttlMs });
  return { budget: scoped, events: recordEndings([scoped]) };
}

/** Waits until the call has ended (nothing held), then returns its event types. */
async function ended(budget: Budget, events: BudgetEvent[]): Promise<string[]> {
  await expect.poll(() => events.length).toBeGreaterThan(0);
  await waitForEndings(events, 10_000);
  expect((await budget.status()).reservedUsd).toBe('0');
  return events.map((event) => event.type);
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
