/**
 * The README's example adapter (docs/readme/tiny-chat-adapter.ts), run against the mock
 * provider: the documented way to write an adapter on the kit holds, refuses, releases and
 * settles as the official adapters do, so the contract it shows cannot rot.
 */
import {
  type Budget,
  type BudgetEvent,
  BudgetExceededError,
  createBudget,
  type LedgerEntry,
  memoryStore,
  usageTokens,
} from '@tollgate/core';
import { checkEndings, recordEndings } from '@tollgate/core/testing';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost, UnknownModelError } from '@tollgate/pricing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withBudget } from '../../../docs/readme/tiny-chat-adapter.js';
import { type ChatRequest, TinyChat } from '../../../docs/readme/tiny-chat-client.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(async () => {
  await mock?.close();
});

const store = memoryStore();
let budget: Budget;
let events: BudgetEvent[];
let runs = 0;

function wrapped(limitUsd = '1') {
  runs += 1;
  budget = createBudget({ id: `tiny-${runs}`, limitUsd, store });
  events = recordEndings([budget]);
  return withBudget(new TinyChat(mock.openaiBaseURL, 'test-key'), budget);
}

afterEach(async () => {
  // Whatever the ending: each admitted call ended once, nothing held, spend equals ledger.
  expect((await checkEndings(events, [budget], store)).violations).toEqual([]);
  mock.reset();
});

const hello: ChatRequest = {
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Hello there' }],
  max_completion_tokens: 100,
};

async function onlyEntry(): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

describe('the README example adapter (docs/readme/tiny-chat-adapter.ts)', () => {
  it('settles a call to the exact cost of the usage returned, with typed tokens in the ledger', async () => {
    mock.script({
      respond: {
        outputTokens: 50,
        usage: {
          prompt_tokens: 1000,
          prompt_tokens_details: { cached_tokens: 800 },
          completion_tokens_details: { reasoning_tokens: 20 },
        },
      },
    });
    const chat = wrapped();
    const reply = await chat.complete(hello);
    const cost = computeCost({ provider: 'openai', model: reply.model, usage: reply.usage });
    const status = await budget.status();
    expect(status).toMatchObject({ spentUsd: cost.totalUsd, reservedUsd: '0', calls: 1 });
    expect((await onlyEntry()).details).toMatchObject({
      provider: 'openai',
      model: cost.model,
      requestModel: 'gpt-4o',
      responseModel: reply.model,
      pricingVersion: cost.pricingVersion,
      tokens: usageTokens({ uncached: 200, cacheRead: 800 }, { text: 30, reasoning: 20 }),
    });
  });

  it('refuses a call that would break the limit before any byte is sent', async () => {
    const chat = wrapped('0.0001');
    const refused = await chat.complete(hello).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BudgetExceededError);
    expect(refused).toMatchObject({ budgetId: budget.id, limitUsd: '0.0001' });
    expect(mock.requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });

  it('refuses a model it cannot price, before any byte is sent', async () => {
    const chat = wrapped();
    await expect(chat.complete({ ...hello, model: 'gpt-unknown-9' })).rejects.toThrow(
      UnknownModelError,
    );
    expect(mock.requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });

  it("holds the model's output limit when the request sets no maximum, and says so", async () => {
    const chat = wrapped();
    const unbounded: BudgetEvent[] = [];
    budget.on('unbounded-output', (event) => unbounded.push(event));
    let heldUsd = '';
    budget.on('reserved', (event) => {
      heldUsd = event.amountUsd;
    });
    const { max_completion_tokens: _max, ...noMaximum } = hello;
    await chat.complete(noMaximum);
    expect(unbounded).toMatchObject([{ model: 'gpt-4o', assumedOutputTokens: 16_384 }]);
    // 16,384 output tokens at gpt-4o's $10 per million bound the hold from below.
    expect(Number(heldUsd)).toBeGreaterThan(0.16384);
  });

  it('releases the hold of a call the provider fails, and passes its error on', async () => {
    mock.script({ respond: { status: 500 } });
    const chat = wrapped();
    await expect(chat.complete(hello)).rejects.toThrow(/chat failed: 500/);
    expect(mock.requests).toHaveLength(1);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
    expect(await budget.ledger()).toEqual([]);
  });

  it('releases the hold of a call whose connection drops', async () => {
    mock.script({ respond: { dropAfterChunks: 0 } });
    const chat = wrapped();
    await expect(chat.complete(hello)).rejects.toThrow(TypeError);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });

  it('charges the hold, never $0, when the usage cannot be read', async () => {
    mock.script({ respond: { usage: { completion_tokens: 'many' } } });
    const chat = wrapped();
    let heldUsd = '';
    budget.on('reserved', (event) => {
      heldUsd = event.amountUsd;
    });
    await chat.complete(hello);
    expect(await budget.status()).toMatchObject({ spentUsd: heldUsd, reservedUsd: '0', calls: 1 });
    expect((await onlyEntry()).details).toMatchObject({ partial: true, usage: 'unreadable' });
  });
});
