import { BudgetClosedError, createBudget, tollgateErrorOf } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { withBudget } from './index.js';

const hi = [{ role: 'user' as const, content: 'Hello there, how are you?' }];

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

test('a budget closed while a stream runs lets the stream settle and refuses the next call unsent', async () => {
  const budget = createBudget({ id: 'admin-openai-close', limitUsd: '1' });
  const client = withBudget(new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL }), {
    budget,
  });
  const body = { model: 'gpt-4o', messages: hi, max_completion_tokens: 20 };
  const stream = await client.chat.completions.create({ ...body, stream: true });
  const chunks = stream[Symbol.asyncIterator]();
  await chunks.next();
  await budget.close({ reason: 'session over' });
  // Still held: the call is in flight while the budget closes.
  expect((await budget.status()).reservedUsd).not.toBe('0');
  while (!(await chunks.next()).done);
  const [entry] = await budget.ledger();
  expect(entry?.details.partial).not.toBe(true);
  expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 1 });

  const refused = await client.chat.completions.create(body).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(BudgetClosedError);
  expect(tollgateErrorOf(refused)?.code).toBe('BUDGET_CLOSED');
  expect(mock.requests).toHaveLength(1);
});

test('a limit lowered below the spend refuses the next call unsent; a top-up lets calls through again', async () => {
  const budget = createBudget({ id: 'admin-openai-limit', limitUsd: '1' });
  const client = withBudget(new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL }), {
    budget,
  });
  const body = { model: 'gpt-4o', messages: hi, max_completion_tokens: 20 };
  await client.chat.completions.create(body);
  const { spentUsd } = await budget.status();
  await budget.setLimit(spentUsd, { reason: 'downgrade' });
  await expect(client.chat.completions.create(body)).rejects.toMatchObject({
    code: 'BUDGET_EXCEEDED',
    limitUsd: spentUsd,
  });
  expect(mock.requests).toHaveLength(1);
  await budget.topUp('0.5', { reason: 'invoice 7' });
  await client.chat.completions.create(body);
  expect(mock.requests).toHaveLength(2);
  expect(await budget.status()).toMatchObject({ calls: 2, reservedUsd: '0' });
});
