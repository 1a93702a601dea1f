import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import Anthropic from '@anthropic-ai/sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { countInputTokens, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost, createPricing, defaultPricing } from '@tollgate/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BudgetExceededError, tollgateErrorOf, UnknownModelError, withBudget } from './index.js';
import { platformOfClient } from './platform-of-client.js';
import { freshBudget, onlyEntry } from './test-support/sdks.js';

let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const messages = [
  { role: 'user' as const, content: 'Name a prime number between ten and twenty.' },
];

/** Bedrock with dummy AWS keys: the SDK signs offline (SigV4), nothing leaves loopback. */
const bedrock = (): AnthropicBedrock =>
  new AnthropicBedrock({
    awsAccessKey: 'AKIAIOSFODNN7EXAMPLE',
    awsSecretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    awsRegion: 'us-east-1',
    baseURL: mock.url,
    maxRetries: 0,
  });

/** A Google auth client that never reaches Google: a fixed bearer token and project. */
const offlineAuth = {
  projectId: 'tollgate-test',
  getRequestHeaders: async () => new Headers({ authorization: 'Bearer offline-test-token' }),
};

type VertexAuth = NonNullable<ConstructorParameters<typeof AnthropicVertex>[0]>['authClient'];

const vertex = (): AnthropicVertex =>
  new AnthropicVertex({
    region: 'us-east5',
    projectId: 'tollgate-test',
    baseURL: `${mock.url}/v1`,
    // The dummy implements the two members the SDK reads.
    authClient: offlineAuth as unknown as VertexAuth,
    maxRetries: 0,
  });

describe('platformOfClient', () => {
  it('tells the three client classes apart by what their constructors set', () => {
    expect(platformOfClient(bedrock())).toBe('bedrock');
    expect(platformOfClient(vertex())).toBe('vertex');
    expect(platformOfClient(new Anthropic({ apiKey: 'sk-ant-test' }))).toBe('anthropic');
  });
});

describe('AnthropicBedrock', () => {
  const model = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

  it('is held and charged at Bedrock rates under the Bedrock model id', async () => {
    const budget = freshBudget();
    const client = withBudget(bedrock(), { budget });
    const message = await client.messages.create({ model, max_tokens: 100, messages });
    const [sent] = mock.requests;
    expect(sent?.path).toBe(`/model/${model}/invoke`);
    expect(sent?.headers.authorization).toBeDefined();
    const cost = computeCost({ provider: 'bedrock', model, usage: message.usage });
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(cost.totalUsd);
    expect(entry.details).toMatchObject({
      provider: 'bedrock',
      model,
      pricingVersion: defaultPricing().versions.bedrock,
      tokens: { input: { uncached: await countInputTokens('messages', { messages }) } },
    });
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  it('prices a cross-region inference profile id as its model', async () => {
    const budget = freshBudget();
    const client = withBudget(bedrock(), { budget });
    const profile = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
    const message = await client.messages.create({ model: profile, max_tokens: 50, messages });
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ provider: 'bedrock', model });
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'bedrock', model: profile, usage: message.usage }).totalUsd,
    );
  });

  it('refuses a model the Bedrock table does not price, before sending', async () => {
    const budget = freshBudget();
    const client = withBudget(bedrock(), { budget });
    // An Anthropic API id that Bedrock does not list under that name.
    const call = client.messages.create({ model: 'claude-nope-9', max_tokens: 10, messages });
    await expect(call).rejects.toBeInstanceOf(UnknownModelError);
    await expect(call).rejects.toMatchObject({ provider: 'bedrock' });
    expect(mock.requests).toHaveLength(0);
  });

  it('refuses a stream the budget cannot cover before sending it (streams are metered: bedrock-streams.test.ts)', async () => {
    const budget = freshBudget('0.000001');
    const client = withBudget(bedrock(), { budget });
    const create = client.messages.create({ model, max_tokens: 10, messages, stream: true });
    await expect(create).rejects.toBeInstanceOf(BudgetExceededError);
    // The SDK's stream helper wraps what its request threw; tollgateErrorOf finds it.
    const streamError = await client.messages
      .stream({ model, max_tokens: 10, messages })
      .done()
      .catch((error: unknown) => error);
    expect(tollgateErrorOf(streamError)).toBeInstanceOf(BudgetExceededError);
    expect(mock.requests).toHaveLength(0);
    expect((await budget.status()).calls).toBe(0);
  });

  it("does not ask a count_tokens endpoint Bedrock lacks with estimate: 'count-tokens'", async () => {
    const budget = freshBudget();
    const client = withBudget(bedrock(), { budget, estimate: 'count-tokens' });
    await client.messages.create({ model, max_tokens: 10, messages });
    expect(mock.requests.map((request) => request.path)).toEqual([`/model/${model}/invoke`]);
  });

  it('prices a model added for Bedrock by an override', async () => {
    const pricing = createPricing({
      overrides: [{ provider: 'bedrock', id: 'arn:aws:bedrock:acme-profile', like: model }],
    });
    const budget = freshBudget();
    const client = withBudget(bedrock(), { budget, pricing });
    await client.messages.create({
      model: 'arn:aws:bedrock:acme-profile',
      max_tokens: 10,
      messages,
    });
    expect((await onlyEntry(budget)).details).toMatchObject({
      provider: 'bedrock',
      model: 'arn:aws:bedrock:acme-profile',
    });
  });
});

describe('AnthropicVertex', () => {
  const model = 'claude-sonnet-4-5@20250929';

  it('is held and charged at Vertex rates under the Vertex model id', async () => {
    const budget = freshBudget();
    const client = withBudget(vertex(), { budget });
    const message = await client.messages.create({ model, max_tokens: 100, messages });
    expect(mock.requests[0]?.path).toBe(
      `/v1/projects/tollgate-test/locations/us-east5/publishers/anthropic/models/${model}:rawPredict`,
    );
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'vertex', model, usage: message.usage }).totalUsd,
    );
    expect(entry.details).toMatchObject({
      provider: 'vertex',
      model: 'claude-sonnet-4-5',
      pricingVersion: defaultPricing().versions.vertex,
    });
  });

  it('charges a stream (streamRawPredict) from its events, intact for the caller', async () => {
    const budget = freshBudget();
    const client = withBudget(vertex(), { budget });
    const stream = client.messages.stream({ model, max_tokens: 100, messages });
    const final = await stream.finalMessage();
    expect(mock.requests[0]?.path).toMatch(/:streamRawPredict$/);
    expect(final.content.length).toBeGreaterThan(0);
    const entry = await onlyEntry(budget);
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'vertex', model, usage: final.usage }).totalUsd,
    );
    expect(entry.details.partial).toBeUndefined();
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  it("asks Vertex's count-tokens endpoint with estimate: 'count-tokens'", async () => {
    const budget = freshBudget();
    const client = withBudget(vertex(), { budget, estimate: 'count-tokens' });
    await client.messages.create({ model, max_tokens: 10, messages });
    expect(mock.requests.map((request) => request.path.split('/').at(-1))).toEqual([
      'count-tokens:rawPredict',
      `${model}:rawPredict`,
    ]);
  });

  it('refuses an Anthropic API id Vertex does not list, before sending', async () => {
    const budget = freshBudget();
    const client = withBudget(vertex(), { budget });
    const call = client.messages.create({
      model: 'anthropic.claude-nope',
      max_tokens: 10,
      messages,
    });
    await expect(call).rejects.toBeInstanceOf(UnknownModelError);
    expect(mock.requests).toHaveLength(0);
  });

  it('a client derived with withOptions or withBudget stays priced at Vertex rates', async () => {
    const first = freshBudget();
    const second = freshBudget();
    const client = withBudget(vertex(), { budget: first });
    await client
      .withOptions({ timeout: 30_000 })
      .messages.create({ model, max_tokens: 10, messages });
    await client.withBudget(second).messages.create({ model, max_tokens: 10, messages });
    expect((await onlyEntry(first)).details.provider).toBe('vertex');
    expect((await onlyEntry(second)).details.provider).toBe('vertex');
  });
});
