/**
 * Requests and answers Tollgate cannot price as they are: a `model` that is not a model id is
 * refused unsent with what was expected and what arrived; a Message that reports no usage is
 * charged its hold (DESIGN.md: usage never seen is charged the hold, never $0).
 */
import { InvalidRequestError } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withBudget } from './index.js';
import { freshBudget, onlyEntry, type SdkMajor, sdkMajors } from './test-support/sdks.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const messages = [{ role: 'user' as const, content: 'Tell me about the tides.' }];

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  const wrapped = () => {
    const budget = freshBudget();
    const client = withBudget(sdk.create({ baseURL: mock.anthropicBaseURL }), { budget });
    return { budget, client };
  };

  it('a model that is not a string is refused unsent, saying what was expected and what arrived', async () => {
    const { budget, client } = wrapped();
    const call = client.messages.create({
      model: 42 as unknown as string,
      max_tokens: 10,
      messages,
    });
    await expect(call).rejects.toThrow(InvalidRequestError);
    await expect(call).rejects.toThrow(
      'POST /v1/messages: expected the model id as a string, received 42 (number)',
    );
    const missing = client.messages.create({ max_tokens: 10, messages } as never);
    await expect(missing).rejects.toThrow('expected the model id as a string, received undefined');
    expect(mock.requests).toHaveLength(0);
    expect(await budget.ledger()).toHaveLength(0);
  });

  it('a Message without usage is charged its hold, marked unreadable', async () => {
    mock.script({ respond: { omitUsage: true } });
    const { budget, client } = wrapped();
    await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 200, messages });
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ partial: true, usage: 'unreadable' });
    expect(entry.actualUsd).toBe(entry.reservedUsd);
  });
});
