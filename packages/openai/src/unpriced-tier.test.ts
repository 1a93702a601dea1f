/**
 * A service tier the model's table has no rates for (`priority` on an Azure deployment, on
 * `o1`, or on xAI; a name no table knows) is refused before anything is sent, unless
 * `unmetered: 'allow'` sends it, charged at the rates the table has. Tiers the table prices,
 * and `flex` (charged at standard without flex rates, never less than the bill), go out.
 */
import { createBudget } from '@tollgate/core';
import { AzureOpenAI } from 'openai';
import { describe, expect, test } from 'vitest';
import { UnmeteredEndpointError, withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const provider = useMockProvider();

let id = 0;
const budgetOf = () => createBudget({ id: `tier-${++id}`, limitUsd: 10 });

const ask = (model: string, serviceTier: string) => ({
  model,
  messages: [{ role: 'user' as const, content: 'hi' }],
  max_completion_tokens: 16,
  service_tier: serviceTier as 'priority',
});

describe.each(SDK_MAJORS)('%s', (_name, SDK) => {
  const client = (options: object = {}) =>
    new SDK({ apiKey: 'test', baseURL: provider().openaiBaseURL, maxRetries: 0, ...options });

  test.each([
    ['openai', 'o1', 'priority'],
    ['openai', 'gpt-4o', 'turbo'],
    ['xai', 'grok-4', 'priority'],
  ])('%s %s at %s is refused unsent, naming the tier and the option', async (from, model, tier) => {
    const budget = budgetOf();
    const metered = withBudget(client(), { budget, provider: from as 'openai' });
    const refusal = metered.chat.completions.create(ask(model, tier));
    await expect(refusal).rejects.toBeInstanceOf(UnmeteredEndpointError);
    await expect(refusal).rejects.toMatchObject({
      endpoint: `POST /chat/completions (service_tier: ${tier})`,
      message: expect.stringMatching(
        new RegExp(`service_tier "${tier}" on ${from} model .* Pass unmetered: 'allow'`),
      ),
    });
    expect(provider().requests).toHaveLength(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test.each([
    ['openai', 'gpt-4o', 'priority'],
    ['openai', 'gpt-4o', 'auto'],
    ['openai', 'o1', 'flex'],
    ['xai', 'grok-4', 'default'],
  ])('%s %s at %s is sent and charged', async (from, model, tier) => {
    const budget = budgetOf();
    const metered = withBudget(client(), { budget, provider: from as 'openai' });
    await metered.chat.completions.create(ask(model, tier));
    expect(provider().requests).toHaveLength(1);
    expect((await budget.ledger())[0]?.actualUsd).not.toBe('0');
  });

  test("unmetered: 'allow' sends a tier no table prices, charged at the table's rates", async () => {
    const budget = budgetOf();
    const metered = withBudget(client(), { budget, unmetered: 'allow' });
    await metered.chat.completions.create(ask('o1', 'priority'));
    expect(provider().requests).toHaveLength(1);
    expect((await budget.status()).spentUsd).not.toBe('0');
  });
});

test('an Azure deployment asked for priority (no Azure table prices it) is refused unsent', async () => {
  const budget = budgetOf();
  const azure = new AzureOpenAI({
    apiKey: 'test',
    apiVersion: '2024-10-21',
    endpoint: provider().url,
    deployment: 'gpt-4o',
    maxRetries: 0,
  });
  const refusal = withBudget(azure, { budget }).chat.completions.create(ask('gpt-4o', 'priority'));
  await expect(refusal).rejects.toMatchObject({
    code: 'UNMETERED_ENDPOINT',
    endpoint: 'POST /chat/completions (service_tier: priority)',
  });
  expect(provider().requests).toHaveLength(0);
});
