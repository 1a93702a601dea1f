/**
 * Every way a call can end ends its reservation exactly once (DESIGN.md, "Every way a call
 * can end"), through the real SDKs against the loopback provider.
 */

import {
  type Budget,
  BudgetClosedError,
  type BudgetEvent,
  BudgetExceededError,
  createBudget,
  type LedgerEntry,
} from '@tollgate/core';
import {
  collectGarbage,
  failureOf,
  outlastTimeout,
  recordEndings,
  waitForEndings,
} from '@tollgate/core/testing';
import { AbortsAfterHeaders, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost } from '@tollgate/pricing';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

const model = 'gpt-4o-mini';
const body = {
  model,
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
  max_completion_tokens: 40,
};
const streamBody = { ...body, stream: true } as const;
/** A reservation's time-to-live short enough to watch its deadline pass in a test. */
const shortTtlMs = 400;

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

let budgets = 0;
function budgetOf(ttlMs?: number): { budget: Budget; events: BudgetEvent[] } {
  budgets += 1;
  const budget = createBudget({
    id: `openai-endings-${budgets}`,
    limitUsd: '10',
    ...(ttlMs === undefined ? {} : { ttlMs }),
  });
  return { budget, events: recordEndings([budget]) };
}

/** Waits until the call has ended (nothing held), then returns its event types. */
async function ended(budget: Budget, events: BudgetEvent[]): Promise<string[]> {
  // A call nobody awaits may not have reserved yet.
  await expect.poll(() => events.length).toBeGreaterThan(0);
  await waitForEndings(events, 10_000);
  expect((await budget.status()).reservedUsd).toBe('0');
  return events.map((event) => event.type);
}

async function onlyEntry(budget: Budget): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

/**
 * Waits for the deadline to release a call in its retry wait, then spends what is left of
 * `budget` on another reservation, so the call's retry finds no room.
 */
async function useTheRoomOnceReleased(budget: Budget, events: BudgetEvent[]): Promise<void> {
  await expect.poll(() => events.map((event) => event.type)).toEqual(['reserved', 'released']);
  const left = (await budget.status()).remainingUsd;
  await (await budget.reserve(left)).settle(left);
}

/** A fetch that aborts the call as soon as the response headers are in. */
function abortAfterHeaders(controller: AbortController): typeof fetch {
  const aborts = new AbortsAfterHeaders();
  aborts.register('', controller);
  return aborts.fetch;
}

const exactCost = (usage: unknown) => computeCost({ provider: 'openai', model, usage }).totalUsd;

describe.each(majors)('%s: every ending ends the reservation once', (_name, SDK) => {
  const raw = (options: ConstructorParameters<typeof OpenAI>[0] = {}) =>
    new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0, ...options });

  describe('a non-streaming body cut after the 200 headers', () => {
    test('is charged its hold at once when no attempt delivers a body (served, usage unseen)', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { cutBodyAfterBytes: 20 } });
      await expect(client.chat.completions.create(body)).rejects.toThrow();
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await budget.status()).calls).toBe(1);
      expect(await budget.ledger()).toMatchObject([
        { details: { partial: true, usage: 'unseen' } },
      ]);
    });

    test('fails as it does without Tollgate: no extra attempt, charged its hold', async () => {
      mock.script({ respond: { cutBodyAfterBytes: 20 }, times: 2 });
      const rawFailure = await failureOf(raw({ maxRetries: 2 }).chat.completions.create(body));
      expect(mock.requests).toHaveLength(1);
      mock.reset();
      const { budget, events } = budgetOf();
      const client = withBudget(raw({ maxRetries: 2 }), { budget });
      mock.script({ respond: { cutBodyAfterBytes: 20 }, times: 2 });
      expect(await failureOf(client.chat.completions.create(body))).toEqual(rawFailure);
      expect(mock.requests).toHaveLength(1);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await budget.status()).calls).toBe(1);
      expect(await budget.ledger()).toMatchObject([
        { details: { partial: true, usage: 'unseen' } },
      ]);
    });

    test('an SDK timeout while the body arrives: the same attempts as without Tollgate, settled', async () => {
      // The timeout elapses while the body is held back: openai 6.x bounds only the headers
      // and waits for the body, 7.x drops the attempt and retries; with Tollgate as without.
      const timing = { timeoutMs: 100, bodyDelayMs: 400 };
      const create = (client: OpenAI) =>
        client.chat.completions.create(body, { timeout: timing.timeoutMs });
      mock.script({ respond: { bodyDelayMs: timing.bodyDelayMs } });
      const rawCall = await outlastTimeout(timing, (fetch) =>
        create(raw({ maxRetries: 1, fetch })),
      );
      mock.reset();
      const { budget, events } = budgetOf();
      mock.script({ respond: { bodyDelayMs: timing.bodyDelayMs } });
      const call = await outlastTimeout(timing, (fetch) =>
        create(withBudget(raw({ maxRetries: 1, fetch }), { budget })),
      );
      expect(call.result.usage).toEqual(rawCall.result.usage);
      expect(call.attempts).toBe(rawCall.attempts);
      expect(mock.requests).toHaveLength(rawCall.attempts);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).actualUsd).toBe(exactCost(call.result.usage));
    });

    test('a caller abort while the 2xx body arrives fails as without Tollgate and is charged its hold', async () => {
      const rawController = new AbortController();
      mock.script({ respond: { bodyDelayMs: 30_000 } });
      const rawFailure = await failureOf(
        raw({ fetch: abortAfterHeaders(rawController) }).chat.completions.create(body, {
          signal: rawController.signal,
        }),
      );
      const { budget, events } = budgetOf();
      const controller = new AbortController();
      const client = withBudget(raw({ fetch: abortAfterHeaders(controller) }), { budget });
      mock.script({ respond: { bodyDelayMs: 30_000 } });
      expect(
        await failureOf(client.chat.completions.create(body, { signal: controller.signal })),
      ).toEqual(rawFailure);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await budget.status()).calls).toBe(1);
      expect(await budget.ledger()).toMatchObject([
        { details: { partial: true, usage: 'unseen' } },
      ]);
    });
  });

  describe('a retry wait that outlives the deadline', () => {
    // The SDK waits out retry-after (0.8 s) after a 429; the hold's deadline passes meanwhile.
    const limited = { status: 429, retryAfterSeconds: 0.8 };

    test('every attempt failed: released, never charged', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: limited, times: 2 });
      const client = withBudget(raw({ maxRetries: 1 }), { budget });
      await expect(client.chat.completions.create(body)).rejects.toBeInstanceOf(SDK.RateLimitError);
      expect(mock.requests).toHaveLength(2);
      await ended(budget, events);
      expect(await budget.ledger()).toEqual([]);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    });

    test('served on a later attempt: held again, charged its usage', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: limited });
      const client = withBudget(raw({ maxRetries: 1 }), { budget });
      const completion = await client.chat.completions.create(body);
      expect(mock.requests).toHaveLength(2);
      expect(await ended(budget, events)).toEqual(['reserved', 'released', 'reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(exactCost(completion.usage));
      expect(entry.details.partial).toBeUndefined();
    });

    test('the room used meanwhile: the retry is refused with the budget error, unsent and not retried', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: limited });
      const client = withBudget(raw({ maxRetries: 2 }), { budget });
      const call = client.chat.completions.create(body);
      await useTheRoomOnceReleased(budget, events);
      const error = await call.then(
        () => undefined,
        (failure: unknown) => failure,
      );
      // The budget's own error, as it is: no connection error, no false "second request".
      expect(error).toBeInstanceOf(BudgetExceededError);
      expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED', budgetId: budget.id });
      expect(mock.requests).toHaveLength(1);
      expect(await budget.status()).toMatchObject({ spentUsd: '10', reservedUsd: '0', calls: 1 });
    });

    test('the budget closed meanwhile: the retry fails with what the reserve threw, as it is', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: limited });
      const client = withBudget(raw({ maxRetries: 2 }), { budget });
      const call = client.chat.completions.create(body);
      await expect.poll(() => events.map((event) => event.type)).toEqual(['reserved', 'released']);
      await budget.close({ reason: 'retired during the retry wait' });
      const error = await call.then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(BudgetClosedError);
      expect(error).toMatchObject({ code: 'BUDGET_CLOSED' });
      expect(mock.requests).toHaveLength(1);
    });
  });

  describe('before the headers', () => {
    test('an error status after retries is released', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw({ maxRetries: 1 }), { budget });
      mock.script({ respond: { status: 500 }, times: 2 });
      await expect(client.chat.completions.create(body)).rejects.toBeInstanceOf(
        SDK.InternalServerError,
      );
      expect(await ended(budget, events)).toEqual(['reserved', 'released']);
    });

    test('an abort and a timeout before the headers are released', async () => {
      const aborted = budgetOf();
      const controller = new AbortController();
      const client = withBudget(raw(), { budget: aborted.budget });
      mock.script({ respond: { latencyMs: 30_000 } });
      const call = client.chat.completions.create(body, { signal: controller.signal });
      await expect.poll(() => mock.requests.length).toBe(1);
      controller.abort();
      await expect(call).rejects.toBeInstanceOf(SDK.APIUserAbortError);
      expect(await ended(aborted.budget, aborted.events)).toEqual(['reserved', 'released']);

      const timedOut = budgetOf();
      const timing = withBudget(raw(), { budget: timedOut.budget });
      mock.script({ respond: { latencyMs: 30_000 } });
      await expect(timing.chat.completions.create(body, { timeout: 100 })).rejects.toBeInstanceOf(
        SDK.APIConnectionTimeoutError,
      );
      expect(await ended(timedOut.budget, timedOut.events)).toEqual(['reserved', 'released']);
    });
  });

  describe('a call whose usage Tollgate never sees is charged its hold', () => {
    async function chargedTheHold(budget: Budget, events: BudgetEvent[]): Promise<void> {
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(entry.reservedUsd);
      expect(entry.details).toMatchObject({ model, partial: true, usage: 'unseen' });
      const settled = events.find((event) => event.type === 'settled');
      expect(settled).toMatchObject({ entry: { details: { usage: 'unseen' } } });
      expect(await budget.status()).toMatchObject({ calls: 1, spentUsd: entry.reservedUsd });
    }

    /** Collects garbage until the call ended, then checks it was charged its hold. */
    async function chargedOnceCollected(budget: Budget, events: BudgetEvent[]): Promise<void> {
      await expect
        .poll(
          () => {
            collectGarbage();
            return events.length;
          },
          { timeout: 10_000, interval: 20 },
        )
        .toBe(2);
      await chargedTheHold(budget, events);
    }

    test('a stream created and never read (user code throws before iterating)', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      const use = async () => {
        const stream = await client.chat.completions.create(streamBody);
        if (stream !== undefined) throw new Error('user code failed before iterating');
      };
      await expect(use()).rejects.toThrow('user code failed');
      await chargedTheHold(budget, events);
    });

    test('a stream dropped unread is charged once it is garbage-collected, long before its deadline', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      await client.chat.completions.create(streamBody);
      await chargedOnceCollected(budget, events);
    });

    test('a stream left mid-way by a wrapper that never calls return(): charged its hold once collected (openai 6), at its deadline (7)', async () => {
      // LlamaIndex's event wrapper iterates the SDK stream with next() alone: a caller's
      // break ends the wrapper, never the SDK's stream, whose body the connection still holds.
      // openai 7's stream keeps its reader in an abort listener on the request's signal,
      // which the connection holds too: it stays reachable until the deadline.
      const collectable = _name === 'openai 6.x';
      const { budget, events } = budgetOf(collectable ? undefined : shortTtlMs);
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { chunkDelayMs: 20, outputTokens: 200 } });
      async function* withoutReturn<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
        const iterator = source[Symbol.asyncIterator]();
        while (true) {
          const { value, done } = await iterator.next();
          if (done === true) return;
          yield value;
        }
      }
      const breakEarly = async () => {
        let seen = 0;
        const stream = await client.chat.completions.create({
          ...streamBody,
          max_completion_tokens: 400,
        });
        for await (const _chunk of withoutReturn(stream)) if (++seen === 3) break;
      };
      await breakEarly();
      await chargedOnceCollected(budget, events);
    });

    test('asResponse() on a stream whose body is never read', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      const response = await client.chat.completions.create(streamBody).asResponse();
      expect(response.status).toBe(200);
      await chargedTheHold(budget, events);
    });

    test('a streaming response nobody awaits', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      void client.chat.completions.create(streamBody);
      await chargedTheHold(budget, events);
    });

    test('a tee whose branches are both dropped', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      const stream = await client.chat.completions.create(streamBody);
      stream.tee();
      await chargedTheHold(budget, events);
    });
  });

  describe('calls whose usage is seen are charged it', () => {
    test('a tee with one branch read and the other dropped is settled exactly', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      const stream = await client.chat.completions.create({
        ...streamBody,
        stream_options: { include_usage: true },
      });
      const [read] = stream.tee();
      let usage: unknown;
      for await (const chunk of read) usage = chunk.usage ?? usage;
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(exactCost(usage));
      expect(entry.details.partial).toBeUndefined();
    });

    test("asResponse() read by the caller, whole or cloned, is the SDK's own response and is settled exactly", async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      const response = await client.chat.completions
        .create({ ...streamBody, stream_options: { include_usage: true } })
        .asResponse();
      const copy = response.clone();
      const text = await response.text();
      expect(await copy.text()).toBe(text);
      expect(text).toContain('"usage"');
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).details.partial).toBeUndefined();

      const json = budgetOf();
      const jsonClient = withBudget(raw(), { budget: json.budget });
      const { data, response: jsonResponse } = await jsonClient.chat.completions
        .create(body)
        .withResponse();
      // The SDK read the body to parse it, as without Tollgate: it cannot be read again.
      expect(jsonResponse.bodyUsed).toBe(true);
      expect(() => jsonResponse.clone()).toThrow(TypeError);
      expect(data.usage).toBeDefined();
      expect((await onlyEntry(json.budget)).actualUsd).toBe(exactCost(data.usage));
    });

    test('a stream the caller aborts mid-way and then drops is charged what it consumed, at once', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ times: 1, respond: { chunkDelayMs: 20 } });
      const controller = new AbortController();
      const stream = await client.chat.completions.create(streamBody, {
        signal: controller.signal,
      });
      const chunks = stream[Symbol.asyncIterator]();
      for (let read = 0; read < 3; read += 1) await chunks.next();
      controller.abort();
      // Dropped as a framework racing a read against the signal drops it: no return(), no
      // further read; the stream is still reachable, so no collection ends it either.
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.details).toMatchObject({ partial: true });
      expect(entry.details.usage).toBeUndefined();
      expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
      // A caller who reads on after the abort gets the end, as from the raw SDK.
      await expect(chunks.next()).resolves.toMatchObject({ done: true });
    });

    test('a stream the caller aborts before reading anything ends at once, not at its deadline', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ times: 1, respond: { chunkDelayMs: 20 } });
      const controller = new AbortController();
      await client.chat.completions.create(streamBody, { signal: controller.signal });
      controller.abort();
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.details).toMatchObject({ partial: true });
      expect(entry.details.usage).toBeUndefined();
    });

    test('a non-streaming response nobody awaits is settled exactly', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      void client.chat.completions.create(body);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.details.partial).toBeUndefined();
      expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
    });
  });

  test('maxConcurrency: an abandoned stream frees its slot at its deadline', async () => {
    const { budget, events } = budgetOf(shortTtlMs);
    const client = withBudget(raw(), { budget, maxConcurrency: 1 });
    await client.chat.completions.create(streamBody);
    // The next call waits for the only slot, which the abandoned stream's deadline frees.
    const completion = await client.chat.completions.create(body);
    expect(completion.object).toBe('chat.completion');
    await expect.poll(() => events.filter((event) => event.type === 'settled').length).toBe(2);
    const [exact, hold] = await budget.ledger();
    expect(hold?.details.usage).toBe('unseen');
    expect(exact?.actualUsd).toBe(exactCost(completion.usage));
  });

  test('maxConcurrency: a call aborted while it waits for a slot rejects at once and holds nothing', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget, maxConcurrency: 1 });
    const first = await client.chat.completions.create(streamBody);
    const controller = new AbortController();
    const queued = client.chat.completions.create(body, { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(SDK.APIUserAbortError);
    expect(events.map((event) => event.type)).toEqual(['reserved']);
    for await (const _chunk of first);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect(mock.requests).toHaveLength(1);
  });
  test('wait mode: a call aborted while it waits for money rejects at once, unsent and unheld', async () => {
    budgets += 1;
    // Without the abort the call would wait a minute: the test's timeout is the assertion.
    const budget = createBudget({
      id: `openai-endings-${budgets}`,
      limitUsd: '1',
      onLimit: 'wait',
      waitTimeoutMs: 60_000,
    });
    const events = recordEndings([budget]);
    const blocker = await budget.reserve('1');
    const client = withBudget(raw(), { budget });
    const controller = new AbortController();
    const waiting = client.chat.completions.create(body, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    // The SDK's own abort error, as without Tollgate; no refusal is reported for it.
    await expect(waiting).rejects.toBeInstanceOf(SDK.APIUserAbortError);
    await blocker.release();
    expect(events.map((event) => event.type)).toEqual(['reserved', 'released']);
    expect(mock.requests).toHaveLength(0);
  });
});
