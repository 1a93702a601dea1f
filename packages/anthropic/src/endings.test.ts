/**
 * Every way a call can end ends its reservation exactly once (DESIGN.md, "Every way a call
 * can end"), through both SDK majors against the loopback provider.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { type Budget, type BudgetEvent, BudgetExceededError, createBudget } from '@tollgate/core';
import { collectGarbage, failureOf, outlastTimeout, recordEndings } from '@tollgate/core/testing';
import { AbortsAfterHeaders, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withBudget } from './index.js';
import {
  budgetOf,
  costOf,
  ended,
  onlyEntry,
  type SdkMajor,
  sdkMajors,
} from './test-support/sdks.js';

const model = 'claude-haiku-4-5';
const body = {
  model,
  max_tokens: 60,
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
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

/** The SDK error class a call rejected with, by name (the two majors have their own classes). */
async function rejectionName(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as Error).constructor.name;
  }
  throw new Error('expected a rejection');
}

/** A fetch that aborts the call as soon as the response headers are in. */
function abortAfterHeaders(controller: AbortController): typeof fetch {
  const aborts = new AbortsAfterHeaders();
  aborts.register('', controller);
  return aborts.fetch;
}

describe.each(sdkMajors)('$name: every ending ends the reservation once', (sdk: SdkMajor) => {
  const raw = (maxRetries = 0, fetchFunction?: typeof fetch): Anthropic =>
    sdk.create({
      baseURL: mock.anthropicBaseURL,
      maxRetries,
      ...(fetchFunction === undefined ? {} : { fetch: fetchFunction }),
    });

  describe('a non-streaming body cut after the 200 headers', () => {
    it('is charged its hold at once when no attempt delivers a body (served, usage unseen)', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { cutBodyAfterBytes: 20 } });
      await expect(client.messages.create(body)).rejects.toThrow();
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await budget.status()).calls).toBe(1);
      expect(await budget.ledger()).toMatchObject([
        { details: { partial: true, usage: 'unseen' } },
      ]);
    });

    it('fails as it does without Tollgate: no extra attempt, charged its hold', async () => {
      mock.script({ respond: { cutBodyAfterBytes: 20 }, times: 2 });
      const rawFailure = await failureOf(raw(2).messages.create(body));
      expect(mock.requests).toHaveLength(1);
      mock.reset();
      const { budget, events } = budgetOf();
      const client = withBudget(raw(2), { budget });
      mock.script({ respond: { cutBodyAfterBytes: 20 }, times: 2 });
      expect(await failureOf(client.messages.create(body))).toEqual(rawFailure);
      expect(mock.requests).toHaveLength(1);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await budget.status()).calls).toBe(1);
      expect(await budget.ledger()).toMatchObject([
        { details: { partial: true, usage: 'unseen' } },
      ]);
    });

    it('an SDK timeout while the body arrives: the same attempts as without Tollgate, settled', async () => {
      // The SDK's timeout bounds the wait for the headers: elapsing while the body is held
      // back, it neither fails nor retries the call, with Tollgate as without.
      const timing = { timeoutMs: 100, bodyDelayMs: 400 };
      const create = (client: Anthropic) =>
        client.messages.create(body, { timeout: timing.timeoutMs });
      mock.script({ respond: { bodyDelayMs: timing.bodyDelayMs } });
      const rawCall = await outlastTimeout(timing, (fetch) => create(raw(1, fetch)));
      mock.reset();
      const { budget, events } = budgetOf();
      mock.script({ respond: { bodyDelayMs: timing.bodyDelayMs } });
      const call = await outlastTimeout(timing, (fetch) =>
        create(withBudget(raw(1, fetch), { budget })),
      );
      expect(call.result.usage).toEqual(rawCall.result.usage);
      expect(call.attempts).toBe(rawCall.attempts);
      expect(mock.requests).toHaveLength(rawCall.attempts);
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, call.result.usage));
    });

    it('a caller abort while the 2xx body arrives fails as without Tollgate and is charged its hold', async () => {
      const rawController = new AbortController();
      mock.script({ respond: { bodyDelayMs: 30_000 } });
      const rawFailure = await failureOf(
        raw(0, abortAfterHeaders(rawController)).messages.create(body, {
          signal: rawController.signal,
        }),
      );
      const { budget, events } = budgetOf();
      const controller = new AbortController();
      const client = withBudget(raw(0, abortAfterHeaders(controller)), { budget });
      mock.script({ respond: { bodyDelayMs: 30_000 } });
      expect(await failureOf(client.messages.create(body, { signal: controller.signal }))).toEqual(
        rawFailure,
      );
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      expect(await budget.ledger()).toMatchObject([
        { details: { partial: true, usage: 'unseen' } },
      ]);
    });
  });

  describe('a retry wait that outlives the deadline', () => {
    // The SDK waits out retry-after (0.8 s) after a 529; the hold's deadline passes meanwhile.
    const overloaded = { status: 529, retryAfterSeconds: 0.8 };

    it('every attempt failed: released, never charged', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: overloaded, times: 2 });
      const client = withBudget(raw(1), { budget });
      await expect(client.messages.create(body)).rejects.toMatchObject({ status: 529 });
      expect(mock.requests).toHaveLength(2);
      await ended(budget, events);
      expect(await budget.ledger()).toEqual([]);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    });

    it('served on a later attempt: held again, charged its usage', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: overloaded });
      const client = withBudget(raw(1), { budget });
      const message = await client.messages.create(body);
      expect(mock.requests).toHaveLength(2);
      expect(await ended(budget, events)).toEqual(['reserved', 'released', 'reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(costOf(model, message.usage));
      expect(entry.details.partial).toBeUndefined();
    });

    it('the room used meanwhile: the retry is refused with the budget error, unsent and not retried', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      mock.script({ respond: overloaded });
      const client = withBudget(raw(2), { budget });
      const call = client.messages.create(body);
      await expect.poll(() => events.map((event) => event.type)).toEqual(['reserved', 'released']);
      const left = (await budget.status()).remainingUsd;
      await (await budget.reserve(left)).settle(left);
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
  });

  it('wait mode: a lapsed call aborted while its retry waits for money rejects with the SDK abort error, unsent', async () => {
    const budget = createBudget({
      id: `anthropic-lapsed-wait-abort-${sdk.name.replace(/\W+/g, '-')}`,
      limitUsd: '1',
      onLimit: 'wait',
      waitTimeoutMs: 60_000,
      ttlMs: shortTtlMs,
    });
    const events = recordEndings([budget]);
    mock.script({ respond: { status: 529, retryAfterSeconds: 0.8 } });
    const client = withBudget(raw(1), { budget });
    const controller = new AbortController();
    const call = client.messages.create(body, { signal: controller.signal });
    await expect.poll(() => events.map((event) => event.type)).toEqual(['reserved', 'released']);
    const blocker = await budget.reserve('1', { ttlMs: 60_000 });
    // The retry (after 0.8 s) waits for money before it is built; the abort ends the wait.
    await new Promise((resolve) => setTimeout(resolve, 600));
    controller.abort();
    expect(await rejectionName(call)).toBe('APIUserAbortError');
    await blocker.release();
    expect(mock.requests).toHaveLength(1);
  });

  it('an abort before the headers is released', async () => {
    const { budget, events } = budgetOf();
    const controller = new AbortController();
    const client = withBudget(raw(), { budget });
    mock.script({ respond: { latencyMs: 30_000 } });
    const call = client.messages.create(body, { signal: controller.signal });
    await expect.poll(() => mock.requests.length).toBe(1);
    controller.abort();
    expect(await rejectionName(call)).toBe('APIUserAbortError');
    expect(await ended(budget, events)).toEqual(['reserved', 'released']);
  });

  describe('a call whose usage Tollgate never sees is charged its hold', () => {
    async function chargedTheHold(budget: Budget, events: BudgetEvent[]): Promise<void> {
      expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(entry.reservedUsd);
      expect(entry.details).toMatchObject({ model, partial: true, usage: 'unseen' });
      expect(await budget.status()).toMatchObject({ calls: 1, spentUsd: entry.reservedUsd });
    }

    it('a stream created and never read', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      await client.messages.create(streamBody);
      await chargedTheHold(budget, events);
    });

    it('a stream dropped unread is charged once it is garbage-collected, long before its deadline', async () => {
      const { budget, events } = budgetOf();
      const client = withBudget(raw(), { budget });
      await client.messages.create(streamBody);
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
    });

    it('asResponse() on a stream whose body is never read', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      const response = await client.messages.create(streamBody).asResponse();
      expect(response.status).toBe(200);
      await chargedTheHold(budget, events);
    });

    it('a tee whose branches are both dropped', async () => {
      const { budget, events } = budgetOf(shortTtlMs);
      const client = withBudget(raw(), { budget });
      (await client.messages.create(streamBody)).tee();
      await chargedTheHold(budget, events);
    });
  });

  it('a messages.stream() helper nobody reads is still settled exactly (the helper reads it)', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget });
    const helper = client.messages.stream(body);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const message = await helper.finalMessage();
    expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, message.usage));
  });

  it('a stream the caller aborts mid-way and then drops is charged what it consumed, at once', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget });
    mock.script({ times: 1, respond: { chunkDelayMs: 20 } });
    const controller = new AbortController();
    const stream = await client.messages.create(streamBody, { signal: controller.signal });
    const reading = stream[Symbol.asyncIterator]();
    for (let read = 0; read < 3; read += 1) await reading.next();
    controller.abort();
    // Dropped as a framework racing a read against the signal drops it (LangChain's
    // ChatAnthropic): no return(), no further read, and still reachable, so not collected.
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ partial: true });
    expect(entry.details.usage).toBeUndefined();
    expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
  });

  it('a stream broken on message_stop, after the final usage, is charged that usage exactly', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget });
    const stream = await client.messages.create({ ...streamBody, max_tokens: 1_000 });
    let usage: unknown;
    for await (const event of stream) {
      if (event.type === 'message_delta') usage = event.usage;
      if (event.type === 'message_stop') break;
    }
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const entry = await onlyEntry(budget);
    expect(entry.details.partial).toBeUndefined();
    expect(entry.actualUsd).toBe(costOf(model, usage));
  });

  it('a stream broken after the stopping message_delta, before message_stop, is charged its usage exactly', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget });
    const stream = await client.messages.create({ ...streamBody, max_tokens: 1_000 });
    let usage: unknown;
    for await (const event of stream) {
      if (event.type === 'message_delta') {
        usage = event.usage;
        break;
      }
    }
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    const entry = await onlyEntry(budget);
    expect(entry.details.partial).toBeUndefined();
    expect(entry.actualUsd).toBe(costOf(model, usage));
  });

  it('a stream broken before its final usage stays a partial charge', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget });
    // Events a few at a time, so the stopping delta has not arrived when the caller breaks.
    mock.script({ times: 1, respond: { chunkDelayMs: 20 } });
    const stream = await client.messages.create({ ...streamBody, max_tokens: 1_000 });
    for await (const event of stream) if (event.type === 'content_block_start') break;
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect((await onlyEntry(budget)).details.partial).toBe(true);
  });

  it('a tee with one branch read and the other dropped is settled exactly', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget });
    const [read] = (await client.messages.create(streamBody)).tee();
    for await (const _event of read);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect((await onlyEntry(budget)).details.partial).toBeUndefined();
  });

  it('maxConcurrency: an abandoned stream frees its slot at its deadline', async () => {
    const { budget, events } = budgetOf(shortTtlMs);
    const client = withBudget(raw(), { budget, maxConcurrency: 1 });
    await client.messages.create(streamBody);
    // The next call waits for the only slot, which the abandoned stream's deadline frees.
    const message = await client.messages.create(body);
    await expect.poll(() => events.filter((event) => event.type === 'settled').length).toBe(2);
    const [exact, hold] = await budget.ledger();
    expect(hold?.details.usage).toBe('unseen');
    expect(exact?.actualUsd).toBe(costOf(model, message.usage));
  });

  it('maxConcurrency: a call aborted while it waits for a slot rejects at once and holds nothing', async () => {
    const { budget, events } = budgetOf();
    const client = withBudget(raw(), { budget, maxConcurrency: 1 });
    const first = await client.messages.create(streamBody);
    const controller = new AbortController();
    const queued = client.messages.create(body, { signal: controller.signal });
    controller.abort();
    expect(await rejectionName(queued)).toBe('APIUserAbortError');
    expect(events.map((event) => event.type)).toEqual(['reserved']);
    for await (const _event of first);
    expect(await ended(budget, events)).toEqual(['reserved', 'settled']);
    expect(mock.requests).toHaveLength(1);
  });
  it('wait mode: a call aborted while it waits for money rejects at once, unsent and unheld', async () => {
    // Without the abort the call would wait a minute: the test's timeout is the assertion.
    const budget = createBudget({
      id: `anthropic-wait-abort-${sdk.name.replace(/\W+/g, '-')}`,
      limitUsd: '1',
      onLimit: 'wait',
      waitTimeoutMs: 60_000,
    });
    const events = recordEndings([budget]);
    const blocker = await budget.reserve('1');
    const client = withBudget(raw(), { budget });
    const controller = new AbortController();
    const waiting = client.messages.create(body, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    // The SDK's own abort error, as without Tollgate; no refusal is reported for it.
    expect(await rejectionName(waiting)).toBe('APIUserAbortError');
    await blocker.release();
    expect(events.map((event) => event.type)).toEqual(['reserved', 'released']);
    expect(mock.requests).toHaveLength(0);
  });
});
