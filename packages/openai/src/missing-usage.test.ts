/**
 * A whole JSON answer that reports no usage is charged its hold, marked `partial` and
 * `usage: 'unreadable'`: its visible text bounds nothing it was billed (hidden reasoning,
 * tool runs). DESIGN.md: "A dispatched call whose usage was never seen is charged its hold".
 */
import { createBudget, type LedgerEntry } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  mock.script({ respond: { omitUsage: true } });
});

async function onlyEntry(budget: ReturnType<typeof createBudget>): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

describe.each(majors)('%s: a JSON answer without usage', (_name, SDK) => {
  const client = () => {
    const budget = createBudget({ id: `no-usage-${Math.random()}`, limitUsd: '5' });
    const raw = new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
    return { budget, openai: withBudget(raw, { budget }) };
  };

  const chargedTheHold = async (budget: ReturnType<typeof createBudget>) => {
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ partial: true, usage: 'unreadable' });
    expect(entry.actualUsd).toBe(entry.reservedUsd);
    expect((await budget.status()).reservedUsd).toBe('0');
  };

  test('Chat (a reasoning model, no usage member) is charged its hold', async () => {
    const { budget, openai } = client();
    const completion = await openai.chat.completions.create({
      model: 'o3',
      messages: [{ role: 'user', content: 'Think hard.' }],
      max_completion_tokens: 2000,
    });
    expect(completion.usage).toBeUndefined();
    await chargedTheHold(budget);
  });

  test('Responses (status completed, usage: null) is charged its hold', async () => {
    const { budget, openai } = client();
    const response = await openai.responses.create({
      model: 'gpt-5',
      input: 'Think hard.',
      max_output_tokens: 2000,
    });
    expect(response.status).toBe('completed');
    expect(response.usage).toBeNull();
    await chargedTheHold(budget);
  });

  test('Embeddings without usage are charged their hold', async () => {
    const { budget, openai } = client();
    await openai.embeddings.create({ model: 'text-embedding-3-small', input: 'tides' });
    await chargedTheHold(budget);
  });
});
