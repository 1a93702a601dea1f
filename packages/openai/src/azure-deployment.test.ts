/**
 * `AzureOpenAI` routes Chat Completions and Embeddings by the deployment in the URL, whatever
 * the body's `model` says: that deployment is what is held and priced; the response's model
 * (Azure names the real model behind the deployment) is what is charged when it is priced.
 */
import { BudgetExceededError, createBudget, type LedgerEntry } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost, createPricing, estimateCost } from '@tollgate/pricing';
import { AzureOpenAI } from 'openai';
import { AzureOpenAI as AzureOpenAIv7 } from 'openai-v7';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { UnknownModelError, withBudget } from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', AzureOpenAI],
  ['openai 7.x', AzureOpenAIv7 as unknown as typeof AzureOpenAI],
] as const;

const hi = [{ role: 'user' as const, content: 'Say hi.' }];

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

let budgets = 0;
const freshBudget = (limitUsd: string | number = 10) => {
  budgets += 1;
  return createBudget({ id: `azure-deployment-${budgets}`, limitUsd });
};

async function onlyEntry(budget: ReturnType<typeof freshBudget>): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

/** The hold of a chat call to `model` on Azure, as the adapter bounds it (byte bound). */
const holdOf = (model: string, maxOutputTokens: number, inputTokens: number) =>
  estimateCost({ provider: 'azure', model, inputTokens, maxOutputTokens }).totalUsd;

describe.each(majors)('%s', (_name, Azure) => {
  const azure = (options: { deployment?: string; baseURL?: string } = {}) =>
    new Azure({
      apiKey: 'test',
      apiVersion: '2024-10-21',
      maxRetries: 0,
      ...(options.baseURL === undefined ? { endpoint: mock.url } : { baseURL: options.baseURL }),
      ...(options.deployment === undefined ? {} : { deployment: options.deployment }),
    });

  test('a client deployment is held and priced, not the body model, and the response model is charged', async () => {
    const budget = freshBudget();
    const client = withBudget(azure({ deployment: 'o1' }), { budget });
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: hi,
      max_completion_tokens: 1000,
    });
    expect(mock.requests[0]?.path).toBe('/openai/deployments/o1/chat/completions');
    const entry = await onlyEntry(budget);
    expect(entry.details.requestModel).toBe('o1');
    // The loopback server answers with the body's model: as Azure names the deployment's real model.
    expect(entry.details.responseModel).toBe(completion.model);
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'azure', model: completion.model, usage: completion.usage }).totalUsd,
    );
    // Held at o1's rates: far above what gpt-4o-mini would have been held.
    const bodyModelHold = holdOf('gpt-4o-mini', 1000, 100);
    expect(Number(entry.reservedUsd)).toBeGreaterThan(Number(bodyModelHold));
  });

  test('a deployment whose model does not fit the budget is refused unsent', async () => {
    const budget = freshBudget('0.01');
    const client = withBudget(azure({ deployment: 'o1' }), { budget });
    // gpt-4o-mini's hold fits 0.01; o1's (1000 tokens at $60/M) does not.
    await expect(
      client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: hi,
        max_completion_tokens: 1000,
      }),
    ).rejects.toThrow(BudgetExceededError);
    expect(mock.requests).toHaveLength(0);
  });

  test("model: '' with a deployment works as on the raw client", async () => {
    const body = { model: '', messages: hi, max_completion_tokens: 5 };
    const raw = await azure({ deployment: 'gpt-4o' }).chat.completions.create(body);
    const budget = freshBudget();
    const wrapped = await withBudget(azure({ deployment: 'gpt-4o' }), {
      budget,
    }).chat.completions.create(body);
    expect(wrapped.choices).toEqual(raw.choices);
    expect(mock.requests[1]?.path).toBe('/openai/deployments/gpt-4o/chat/completions');
    expect((await onlyEntry(budget)).details.requestModel).toBe('gpt-4o');
  });

  test('embeddings go to the deployment too; Responses (not deployment-scoped) by the body model', async () => {
    const budget = freshBudget();
    const client = withBudget(azure({ deployment: 'text-embedding-3-large' }), { budget });
    await client.embeddings.create({ model: '', input: 'tides' });
    await client.responses.create({ model: 'gpt-4o-mini', input: 'hi', max_output_tokens: 5 });
    expect(mock.requests.map((request) => request.path)).toEqual([
      '/openai/deployments/text-embedding-3-large/embeddings',
      '/openai/responses',
    ]);
    const models = (await budget.ledger()).map((entry) => entry.details.requestModel).sort();
    expect(models).toEqual(['gpt-4o-mini', 'text-embedding-3-large']);
  });

  test('a deployment in the base URL is held for every call to it', async () => {
    const budget = freshBudget();
    const client = withBudget(azure({ baseURL: `${mock.url}/openai/deployments/gpt-4o` }), {
      budget,
    });
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: hi,
      max_completion_tokens: 5,
    });
    expect(mock.requests[0]?.path).toBe('/openai/deployments/gpt-4o/chat/completions');
    expect((await onlyEntry(budget)).details.requestModel).toBe('gpt-4o');
  });

  test('a deployment name no table prices is refused unsent, saying how to price it', async () => {
    const budget = freshBudget();
    const call = withBudget(azure({ deployment: 'prod-chat' }), {
      budget,
    }).chat.completions.create({ model: 'gpt-4o', messages: hi, max_completion_tokens: 5 });
    await expect(call).rejects.toThrow(UnknownModelError);
    await expect(call).rejects.toThrow(
      /Azure deployment "prod-chat".*createPricing\(\{ overrides: \[\{ provider: 'azure', id: 'prod-chat', like: /,
    );
    expect(mock.requests).toHaveLength(0);
    // Priced like its model, the same deployment goes through.
    const pricing = createPricing({
      overrides: [{ provider: 'azure', id: 'prod-chat', like: 'gpt-4o' }],
    });
    const priced = withBudget(azure({ deployment: 'prod-chat' }), { budget, pricing });
    await priced.chat.completions.create({ model: '', messages: hi, max_completion_tokens: 5 });
    expect(mock.requests[0]?.path).toBe('/openai/deployments/prod-chat/chat/completions');
    expect((await onlyEntry(budget)).details.requestModel).toBe('prod-chat');
  });
});
