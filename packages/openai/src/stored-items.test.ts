/**
 * Responses input that names items OpenAI stored (`item_reference`, or a bare `{ id }`) is
 * billed as input the request does not show, like the turns `previous_response_id` brings
 * back: the call is held at the model's context window, so a budget that cannot cover that
 * refuses it before anything is sent.
 */
import { createBudget } from '@tollgate/core';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { measureResponses } from './measure-input.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const provider = useMockProvider();

const references = [
  ['an item_reference', { input: [{ type: 'item_reference', id: 'msg_earlier' }] }],
  ['a bare { id }', { input: [{ id: 'msg_earlier' }] }],
  ['previous_response_id', { input: 'go on', previous_response_id: 'resp_1' }],
] as const;

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const budgetOf = (limitUsd: string) =>
    createBudget({ id: `stored-${name.replace(/\W/g, '')}-${++id}`, limitUsd });
  const raw = () => new SDK({ apiKey: 'test', baseURL: provider().openaiBaseURL, maxRetries: 0 });

  test.each(references)(
    '%s is refused before sending when the window does not fit',
    async (_, input) => {
      const budget = budgetOf('0.05');
      const call = withBudget(raw(), { budget }).responses.create({
        model: 'gpt-4o',
        max_output_tokens: 20,
        ...input,
      } as never);
      await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
      expect(provider().requests).toHaveLength(0);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    },
  );

  test.each(references)(
    '%s is held at the context window and charged its usage',
    async (_, input) => {
      const budget = budgetOf('10');
      provider().script({ times: 1, respond: { usage: { input_tokens: 100_000 } } });
      await withBudget(raw(), { budget }).responses.create({
        model: 'gpt-4o',
        max_output_tokens: 20,
        ...input,
      } as never);
      const [entry] = await budget.ledger();
      // 128k tokens of gpt-4o's window at $2.50 a million, and 20 output tokens at $10; the mock answers 16.
      expect(entry).toMatchObject({ reservedUsd: '0.3202', actualUsd: '0.25016' });
    },
  );
});

test('an output item passed back whole (id, role and content) is measured as text', () => {
  const item = { id: 'msg_1', type: 'message', role: 'assistant', content: 'earlier answer' };
  expect(measureResponses({ input: [item] }, 'gpt-4o')).toMatchObject({ open: false });
  expect(measureResponses({ input: [{ id: 'msg_1' }] }, 'gpt-4o')).toMatchObject({ open: true });
});
