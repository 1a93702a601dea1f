import type Anthropic from '@anthropic-ai/sdk';
import {
  type Budget,
  type BudgetEvent,
  compareMoney,
  money,
  totalInputTokens,
  totalOutputTokens,
  type UsageTokens,
  usageTokens,
} from '@tollgate/core';
import {
  countInputTokens,
  loremPieces,
  type MockProvider,
  startMockProvider,
} from '@tollgate/mock-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { costOf, freshBudget, onlyEntry, type SdkMajor, sdkMajors } from './test-support/sdks.js';

let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const model = 'claude-haiku-4-5';
const body = {
  model,
  max_tokens: 200,
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
};

/** Every event of a budget, in order. */
function record(budget: Budget): BudgetEvent[] {
  const events: BudgetEvent[] = [];
  for (const name of ['reserved', 'settled', 'released', 'refused'] as const) {
    budget.on(name, (event) => events.push(event));
  }
  return events;
}

/** Waits until nothing is held: a stream's settlement finishes after the caller's loop. */
async function settled(budget: Budget): Promise<void> {
  await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
}

const bytesOf = (pieces: string[]) => Buffer.byteLength(pieces.join(''), 'utf8');

/** A fetch that counts the requests in flight, and the most there were at once. */
function countingFetch(): { fetch: typeof fetch; most: () => number } {
  let inFlight = 0;
  let most = 0;
  const counting: typeof fetch = async (input, init) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    try {
      return await fetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  return { fetch: counting, most: () => most };
}

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  const raw = (maxRetries = 0): Anthropic =>
    sdk.create({ baseURL: mock.anthropicBaseURL, maxRetries });

  describe('HTTP errors release the hold', () => {
    it.each([400, 401])('%i: one attempt, released, nothing spent', async (status) => {
      const budget = freshBudget();
      const events = record(budget);
      const client = withBudget(raw(2), { budget });
      mock.script({ respond: { status } });
      await expect(client.messages.create(body)).rejects.toMatchObject({ status });
      expect(mock.requests).toHaveLength(1);
      expect(events.map((event) => event.type)).toEqual(['reserved', 'released']);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
    });

    it.each([429, 500, 529])(
      '%i with SDK retries on: three attempts, one reservation, released',
      async (status) => {
        const budget = freshBudget();
        const events = record(budget);
        const client = withBudget(raw(2), { budget });
        mock.script({ respond: { status, retryAfterSeconds: 0.001 }, times: 3 });
        await expect(client.messages.create(body)).rejects.toMatchObject({ status });
        expect(mock.requests.map((request) => request.attempt)).toEqual([0, 1, 2]);
        expect(events.map((event) => event.type)).toEqual(['reserved', 'released']);
        expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
      },
    );

    it('529 overloaded twice, then success: one reservation settled once at the exact cost', async () => {
      const budget = freshBudget();
      const events = record(budget);
      const client = withBudget(raw(2), { budget });
      mock.script({ respond: { status: 529, retryAfterSeconds: 0.001 }, times: 2 });
      const message = await client.messages.create(body);
      expect(mock.requests).toHaveLength(3);
      expect(events.map((event) => event.type)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, message.usage));
    });

    it('a streaming call that gets 529 on every attempt is released', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(1), { budget });
      mock.script({ respond: { status: 529, retryAfterSeconds: 0.001 }, times: 2 });
      await expect(client.messages.stream(body).finalMessage()).rejects.toMatchObject({
        status: 529,
      });
      expect(mock.requests).toHaveLength(2);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    });

    it('a dropped connection before any response is released (after the SDK retries)', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(1), { budget });
      mock.script({ respond: { dropAfterChunks: 0 }, times: 2 });
      await expect(client.messages.create(body)).rejects.toThrow();
      expect(mock.requests).toHaveLength(2);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    });

    it('a timeout is released', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { latencyMs: 2_000 } });
      await expect(client.messages.create(body, { timeout: 50 })).rejects.toThrow();
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    });
  });

  describe('broken streams are charged what was consumed', () => {
    it('a connection dropped mid-stream: input from message_start, output from the text received', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(2), { budget });
      // message_start, content_block_start, ping, then two text deltas.
      mock.script({ respond: { dropAfterChunks: 5 } });
      const stream = await client.messages.create({ ...body, stream: true });
      await expect(async () => {
        for await (const _event of stream);
      }).rejects.toThrow();
      await settled(budget);
      const input = await countInputTokens('messages', body);
      const output = bytesOf(loremPieces(16).slice(0, 2));
      const entry = await onlyEntry(budget);
      expect(entry.details).toMatchObject({
        partial: true,
        tokens: usageTokens({ uncached: input }, { text: output }),
      });
      expect(entry.actualUsd).toBe(costOf(model, { input_tokens: input, output_tokens: output }));
      expect(entry.details).not.toHaveProperty('capped');
      expect(entry.details).not.toHaveProperty('uncappedUsd');
      // Streams that failed after HTTP 200 are not retried.
      expect(mock.requests).toHaveLength(1);
    });

    it('a stream cut after consuming more than its hold covers is charged the hold, its counts kept and marked capped', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      // message_start reports far more input than the hold bounded; two text deltas arrive.
      const input = 50_000;
      mock.script({ respond: { usage: { input_tokens: input }, dropAfterChunks: 5 } });
      const stream = await client.messages.create({ ...body, stream: true });
      await expect(async () => {
        for await (const _event of stream);
      }).rejects.toThrow();
      await settled(budget);
      const output = bytesOf(loremPieces(16).slice(0, 2));
      const entry = await onlyEntry(budget);
      // The counts as observed, and what they price to, more than the hold charged.
      const uncappedUsd = costOf(model, { input_tokens: input, output_tokens: output });
      expect(entry.details).toMatchObject({
        partial: true,
        capped: true,
        uncappedUsd,
        tokens: usageTokens({ uncached: input }, { text: output }),
      });
      expect(entry.actualUsd).toBe(entry.reservedUsd);
      expect(compareMoney(money(uncappedUsd), money(entry.reservedUsd))).toBe(1);
      expect(await budget.status()).toMatchObject({ spentUsd: entry.reservedUsd, calls: 1 });
    });

    it('a stream dropped before message_start costs nothing', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { dropAfterChunks: 0 } });
      await expect(client.messages.stream(body).finalMessage()).rejects.toThrow();
      await settled(budget);
      expect((await budget.status()).spentUsd).toBe('0');
    });

    it('an event: error mid-stream makes the SDK throw; what was consumed is settled', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(2), { budget });
      mock.script({ respond: { errorEventAfterChunks: 4 } });
      const error = await client.messages
        .stream(body)
        .finalMessage()
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ status: undefined });
      await settled(budget);
      const input = await countInputTokens('messages', body);
      const output = bytesOf(loremPieces(16).slice(0, 1));
      const entry = await onlyEntry(budget);
      expect(entry.details).toMatchObject({
        partial: true,
        tokens: usageTokens({ uncached: input }, { text: output }),
      });
      expect(mock.requests).toHaveLength(1);
    });

    it('a caller abort mid-stream settles the part received', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      const controller = new AbortController();
      mock.script({ respond: { chunkDelayMs: 5 } });
      const stream = await client.messages.create(
        { ...body, stream: true },
        { signal: controller.signal },
      );
      let deltas = 0;
      // The SDK ends the loop quietly when its own signal aborts.
      for await (const event of stream) {
        if (event.type === 'content_block_delta' && ++deltas === 3) controller.abort();
      }
      await settled(budget);
      const entry = await onlyEntry(budget);
      expect(entry.details.partial).toBe(true);
      const tokens = entry.details.tokens as UsageTokens;
      expect(totalOutputTokens(tokens)).toBeGreaterThanOrEqual(
        bytesOf(loremPieces(16).slice(0, 3)),
      );
      expect(totalInputTokens(tokens)).toBe(await countInputTokens('messages', body));
    });

    it('a break out of the loop and MessageStream.abort() settle partially', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      // Events apart, so each ending comes before the final usage (after it, the charge is exact).
      mock.script({ respond: { chunkDelayMs: 20 }, times: 2 });
      const stream = await client.messages.create({ ...body, stream: true });
      for await (const event of stream) if (event.type === 'content_block_delta') break;
      const helper = client.messages.stream(body);
      helper.on('text', () => helper.abort());
      await expect(helper.finalMessage()).rejects.toThrow();
      await settled(budget);
      const entries = await budget.ledger();
      expect(entries).toHaveLength(2);
      for (const entry of entries) expect(entry.details.partial).toBe(true);
    });
  });

  it('the non-streaming max_tokens guard throws before any request: nothing is held', async () => {
    const budget = freshBudget(1_000);
    const events = record(budget);
    const client = withBudget(raw(), { budget });
    const long = { ...body, max_tokens: 64_000 };
    // The SDK throws synchronously, before request(): no hold is ever taken.
    expect(() => client.messages.create(long)).toThrow(/Streaming is required/);
    // Derived clients keep the guard too.
    expect(() => client.withOptions({ maxRetries: 1 }).messages.create(long)).toThrow(
      /Streaming is required/,
    );
    expect(() => client.withBudget(freshBudget()).messages.create(long)).toThrow(
      /Streaming is required/,
    );
    expect(mock.requests).toHaveLength(0);
    expect(events).toEqual([]);
    // An explicit timeout lifts the guard, as on the raw client: the call is then metered.
    await client.withOptions({ timeout: 60_000 }).messages.create(long);
    expect(events.map((event) => event.type)).toEqual(['reserved', 'settled']);
  });

  describe('concurrency on a small budget', () => {
    it('never spends past the limit; refused calls send nothing', async () => {
      const probe = freshBudget();
      const holds: string[] = [];
      probe.on('reserved', (event) => holds.push(event.amountUsd));
      await withBudget(raw(), { budget: probe }).messages.create(body);
      const hold = Number(holds[0]);
      // Room for three holds at once, not four.
      const budget = freshBudget((hold * 3.5).toFixed(6));
      const client = withBudget(raw(), { budget });
      mock.reset();
      mock.script({ respond: { latencyMs: 30 }, times: Number.POSITIVE_INFINITY });
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => client.messages.create(body)),
      );
      const refused = results.filter((result) => result.status === 'rejected');
      const done = results.filter((result) => result.status === 'fulfilled');
      expect(done.length).toBeGreaterThanOrEqual(3);
      for (const result of refused) {
        expect(result.reason).toBeInstanceOf(BudgetExceededError);
      }
      expect(mock.requests).toHaveLength(done.length);
      const status = await budget.status();
      expect(status.reservedUsd).toBe('0');
      expect(Number(status.spentUsd)).toBeLessThanOrEqual(Number(status.limitUsd));
      expect(status.calls).toBe(done.length);
    });

    it('maxConcurrency keeps at most that many calls in flight', async () => {
      const counted = countingFetch();
      const budget = freshBudget();
      const client = withBudget(
        sdk.create({ baseURL: mock.anthropicBaseURL, fetch: counted.fetch }),
        {
          budget,
          maxConcurrency: 2,
        },
      );
      mock.script({ respond: { latencyMs: 20 }, times: Number.POSITIVE_INFINITY });
      await Promise.all(Array.from({ length: 6 }, () => client.messages.create(body)));
      expect(counted.most()).toBeLessThanOrEqual(2);
      expect((await budget.status()).calls).toBe(6);
    });

    it("maxConcurrency is the client's: the clients derived with withOptions and withBudget(next) wait in its line", async () => {
      const counted = countingFetch();
      const budget = freshBudget();
      const other = freshBudget();
      const client = withBudget(
        sdk.create({ baseURL: mock.anthropicBaseURL, fetch: counted.fetch }),
        { budget, maxConcurrency: 1 },
      );
      mock.script({ respond: { latencyMs: 15 }, times: Number.POSITIVE_INFINITY });
      await Promise.all([
        client.messages.create(body),
        client.withOptions({ timeout: 10_000 }).messages.create(body),
        client.withBudget(budget).messages.create(body),
        client.withBudget(other).messages.create(body),
        client.withOptions({ maxRetries: 1 }).withBudget(other).messages.create(body),
      ]);
      expect(counted.most()).toBe(1);
      expect((await budget.status()).calls).toBe(3);
      expect((await other.status()).calls).toBe(2);
    });
  });

  it.each([
    ['signal', { signal: 'x' }],
    ['method', { method: 42 }],
  ])(
    'a per-request %s of the wrong kind (%o) fails as the raw SDK fails it, holding nothing',
    async (_name, bad) => {
      const budget = freshBudget();
      const ask = (client: Anthropic) =>
        client.messages.create(body, bad as object).then(
          () => new Error('sent'),
          (error: unknown) => error as Error,
        );
      const rawError = await ask(raw());
      const wrappedError = await ask(withBudget(raw(), { budget }));
      expect(rawError).toBeInstanceOf(Error);
      expect(wrappedError).toBeInstanceOf(rawError.constructor);
      expect(wrappedError.message).toBe(rawError.message);
      expect(mock.requests).toHaveLength(0);
      await vi.waitFor(async () =>
        expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0', calls: 0 }),
      );
    },
  );
});
