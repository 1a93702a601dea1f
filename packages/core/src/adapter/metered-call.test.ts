import { EventStreamCodec } from '@smithy/eventstream-codec';
import { describe, expect, it, vi } from 'vitest';
import { createBudget } from '../budget.js';
import { type CallUsage, usageTokens } from '../call-usage.js';
import { InvalidOptionsError } from '../errors.js';
import type { BudgetEvent } from '../events.js';
import { memoryStore } from '../memory-store.js';
import { collectGarbage } from '../testing/collect-garbage.js';
import {
  callKey,
  MeteredCall,
  type MeteringSettings,
  type RequestOptionsLike,
} from './metered-call.js';
import type { MeteringPlan, ResponseObserver, Route, UsagePricer } from './types.js';

/** A usage of `text` output tokens of model `m` (a model named `nan` is priced nonsense). */
const usage = (text: number, model = 'm'): CallUsage => ({
  tokens: usageTokens({}, { text }),
  model,
});

/** Prices a test usage at $0.00001 per output token. */
const price: UsagePricer = (priced) => ({
  costUsd: priced.model === 'nan' ? 'NaN' : String(priced.tokens.output.text / 100_000),
  provider: 'test',
  model: priced.model,
  pricingVersion: 'test',
});

function observer(overrides: Partial<ResponseObserver> = {}): ResponseObserver {
  return {
    json: () => ({ usage: usage(1000) }),
    event: (event) => event.data !== 'hidden',
    end: (how) => ({
      usage: usage(how === 'complete' ? 2000 : 500),
      partial: how !== 'complete',
    }),
    ...overrides,
  };
}

function setup(
  route: Route,
  unmetered: 'refuse' | 'allow' = 'refuse',
  enforce = true,
  ttlMs?: number,
) {
  const budget = createBudget({
    id: `call-${Math.random().toString(36).slice(2)}`,
    limitUsd: '1',
    enforce,
    ...(ttlMs === undefined ? {} : { ttlMs }),
  });
  const events: BudgetEvent[] = [];
  for (const name of ['settled', 'released', 'unbounded-output'] as const)
    budget.on(name, (event) => events.push(event));
  const settings: MeteringSettings = { budget, route: () => route, unmetered };
  return { budget, events, call: () => new MeteredCall(settings) };
}

const metered = (overrides: Partial<ResponseObserver> = {}, unbounded?: number): Route => ({
  kind: 'metered',
  plan: () => ({
    holdUsd: '0.1',
    model: 'm',
    observer: observer(overrides),
    price,
    ...(unbounded === undefined ? {} : { unboundedOutputTokens: unbounded }),
  }),
});

function sse(chunks: string[], fail?: Error): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index];
      index += 1;
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (fail !== undefined) controller.error(fail);
      else controller.close();
    },
  });
}

const streamHeaders = { 'content-type': 'text/event-stream' };

describe('MeteredCall', () => {
  it('passes free and allowed requests untouched and refuses unmetered ones while enforcing', async () => {
    const options = { method: 'post', path: '/images', body: {} };
    expect(await setup({ kind: 'free' }).call().begin(options)).toBe(options);
    const refused = setup({ kind: 'unmetered', endpoint: 'POST /images' }).call().begin(options);
    await expect(refused).rejects.toMatchObject({
      code: 'UNMETERED_ENDPOINT',
      endpoint: 'POST /images',
    });
    expect(await setup({ kind: 'unmetered', endpoint: 'x' }, 'allow').call().begin(options)).toBe(
      options,
    );
    expect(
      await setup({ kind: 'unmetered', endpoint: 'x' }, 'refuse', false).call().begin({}),
    ).toEqual({});
  });

  it('holds, tells when output was unbounded, and rides in the fetch options', async () => {
    const { budget, events, call } = setup(metered({}, 4096));
    const meteredCall = call();
    const sent = await meteredCall.begin({
      path: '/chat',
      body: { a: 1 },
      fetchOptions: { keepalive: true },
    });
    expect(sent.fetchOptions).toMatchObject({ keepalive: true, [callKey]: meteredCall });
    expect(events[0]).toMatchObject({ type: 'unbounded-output', assumedOutputTokens: 4096 });
    expect((await budget.status()).reservedUsd).toBe('0.1');
  });

  it("routes the method in upper case and sends a copy of every option, leaving the caller's untouched", async () => {
    const methods: string[] = [];
    const budget = createBudget({
      id: `methods-${Math.random().toString(36).slice(2)}`,
      limitUsd: '1',
    });
    const settings: MeteringSettings = {
      budget,
      route: (request) => {
        methods.push(request.method);
        return metered();
      },
      unmetered: 'refuse',
    };
    for (const method of [undefined, 'post', 'get', 'delete', 'Patch'])
      await new MeteredCall(settings).begin(method === undefined ? {} : { method });
    expect(methods).toEqual(['POST', 'POST', 'GET', 'DELETE', 'PATCH']);

    const userKey = Symbol('user');
    const fetchOptions = { keepalive: true, [userKey]: 'kept' };
    const options = {
      method: 'post',
      path: '/chat',
      body: { a: 1 },
      headers: { x: '1' },
      fetchOptions,
    };
    const meteredCall = new MeteredCall(settings);
    const sent = await meteredCall.begin(options);
    expect(sent).not.toBe(options);
    expect(sent).toMatchObject({
      method: 'post',
      path: '/chat',
      body: { a: 1 },
      headers: { x: '1' },
    });
    expect(sent.fetchOptions).toEqual({
      keepalive: true,
      [userKey]: 'kept',
      [callKey]: meteredCall,
    });
    // The caller's options and fetch options are not changed: the call rides in copies.
    expect(options.fetchOptions).toBe(fetchOptions);
    expect(Object.getOwnPropertySymbols(fetchOptions)).toEqual([userKey]);
  });

  it('lets error responses through for the SDK to retry, then releases when the call fails', async () => {
    const { budget, events, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const error = new Response('{}', { status: 500 });
    expect(await meteredCall.observe(error)).toBe(error);
    meteredCall.failed();
    meteredCall.failed();
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect(events.map((event) => event.type)).toEqual(['released']);
  });

  it('charges the hold, marked partial, when a body cannot be read as usage', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const response = meteredCall.observe(new Response('not json', { status: 200 }));
    expect(await response.text()).toBe('not json');
    expect(await budget.ledger()).toMatchObject([{ actualUsd: '0.1', details: { partial: true } }]);
    const empty = setup(metered());
    const emptyCall = empty.call();
    await emptyCall.begin({});
    expect(await emptyCall.observe(new Response(null, { status: 200 })).text()).toBe('');
    expect((await empty.budget.status()).spentUsd).toBe('0.01');
  });

  it('watches a stream without buffering it, hides what the observer hides, and settles at the end', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const response = await meteredCall.observe(
      new Response(sse(['data: one\n\n', 'data: hidden\n\ndata: two']), { headers: streamHeaders }),
    );
    // The bytes pass on untouched: only the hidden event is cut out.
    expect(await response.text()).toBe('data: one\n\ndata: two');
    expect(await budget.status()).toMatchObject({ spentUsd: '0.02', reservedUsd: '0' });
  });

  it('settles what was consumed when a stream breaks or the caller cancels', async () => {
    const broken = setup(metered());
    const brokenCall = broken.call();
    await brokenCall.begin({});
    const failing = await brokenCall.observe(
      new Response(sse(['data: one\n\n'], new Error('socket closed')), { headers: streamHeaders }),
    );
    await expect(failing.text()).rejects.toThrow('socket closed');
    expect(await broken.budget.ledger()).toMatchObject([
      { actualUsd: '0.005', details: { partial: true } },
    ]);

    const cancelled = setup(metered());
    const cancelledCall = cancelled.call();
    await cancelledCall.begin({});
    const response = await cancelledCall.observe(
      new Response(sse(['data: one\n\n', 'data: two\n\n']), { headers: streamHeaders }),
    );
    const reader = response.body?.getReader();
    await reader?.read();
    await reader?.cancel('caller break');
    expect((await cancelled.budget.status()).spentUsd).toBe('0.005');
  });

  it('charges the hold when an observer fails at the end of a stream', async () => {
    const { budget, call } = setup(
      metered({
        end: () => {
          throw new Error('observer bug');
        },
      }),
    );
    const meteredCall = call();
    await meteredCall.begin({});
    await (
      await meteredCall.observe(new Response(sse(['data: x\n\n']), { headers: streamHeaders }))
    ).text();
    expect(await budget.ledger()).toMatchObject([{ actualUsd: '0.1', details: { partial: true } }]);
  });

  it('passes every event on and charges the hold when an observer fails mid-stream', async () => {
    const { budget, call } = setup(
      metered({
        event: (event) => {
          if (event.data === 'bad') throw new Error('observer bug');
          return true;
        },
      }),
    );
    const meteredCall = call();
    await meteredCall.begin({});
    const response = await meteredCall.observe(
      new Response(sse(['data: bad\n\n', 'data: after\n\n']), { headers: streamHeaders }),
    );
    expect(await response.text()).toBe('data: bad\n\ndata: after\n\n');
    expect(await budget.ledger()).toMatchObject([{ actualUsd: '0.1', details: { partial: true } }]);
  });

  it.each([
    ['undefined', undefined],
    ['a cut that is no string', { cut: 42 }],
    ['a cut of the framing, not the data', { cut: 'data' }],
    ['an empty cut', { cut: '' }],
    ['null', null],
  ])(
    'treats a verdict of %s like a throwing observer: the stream passes untouched, the hold charged',
    async (_name, verdict) => {
      const { budget, call } = setup(metered({ event: () => verdict as never }));
      const meteredCall = call();
      await meteredCall.begin({});
      const sent = 'data: {"a":1}\n\ndata: {"b":2}\n\n';
      const response = meteredCall.observe(new Response(sse([sent]), { headers: streamHeaders }));
      expect(await response.text()).toBe(sent);
      expect(await budget.ledger()).toMatchObject([
        { actualUsd: '0.1', details: { partial: true, usage: 'unreadable' } },
      ]);
    },
  );

  it('treats a bad verdict on a Bedrock event stream like a throwing observer', async () => {
    const { budget, call } = setup(metered({ event: () => undefined as never }));
    const meteredCall = call();
    await meteredCall.begin({});
    const encoder = new TextEncoder();
    const codec = new EventStreamCodec(
      (bytes) => new TextDecoder().decode(bytes),
      (text) => encoder.encode(text),
    );
    const sent = codec.encode({
      headers: {
        ':event-type': { type: 'string', value: 'chunk' },
        ':message-type': { type: 'string', value: 'event' },
      },
      body: encoder.encode('{"bytes":"e30="}'),
    });
    const response = meteredCall.observe(
      new Response(sent, { headers: { 'content-type': 'application/vnd.amazon.eventstream' } }),
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(sent);
    expect(await budget.ledger()).toMatchObject([{ actualUsd: '0.1', details: { partial: true } }]);
  });

  it('still cuts what a valid verdict cuts out of the data', async () => {
    const { budget, call } = setup(metered({ event: () => ({ cut: ',"usage":null' }) }));
    const meteredCall = call();
    await meteredCall.begin({});
    const response = meteredCall.observe(
      new Response(sse(['data: {"a":1,"usage":null}\n\n']), { headers: streamHeaders }),
    );
    expect(await response.text()).toBe('data: {"a":1}\n\n');
    expect(await budget.ledger()).toMatchObject([{ actualUsd: '0.02' }]);
  });

  it('gives back a call answered with no attempt sent (a middleware answering from a cache)', async () => {
    const { budget, events, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    meteredCall.responded();
    meteredCall.failed();
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    expect(events.map((event) => event.type)).toEqual(['released']);
  });

  it('leaves a call answered while its attempt is on the wire to that attempt', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    let answer: (response: Response) => void = () => undefined;
    const sent = meteredCall.attempt(() => new Promise<Response>((resolve) => (answer = resolve)));
    meteredCall.responded();
    answer(new Response(JSON.stringify({ usage: 1 })));
    await (await sent).json();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.01', reservedUsd: '0', calls: 1 });
  });

  it.each([
    ['NaN', 'nan'],
    ['a negative amount', 'negative'],
    ['no decimal string', 'abc'],
  ])('charges its hold, and warns, when a pricer returns %s', async (_name, model) => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const odd: UsagePricer = (priced) => ({
      ...price(priced),
      costUsd: { nan: Number.NaN, negative: '-0.5', abc: 'abc' }[model] as string,
    });
    const route: Route = {
      kind: 'metered',
      plan: () => ({ holdUsd: '0.1', model: 'm', observer: observer(), price: odd }),
    };
    const { budget, call } = setup(route);
    const meteredCall = call();
    await meteredCall.begin({});
    // The user's call is not failed: its answer is good.
    expect(await meteredCall.observe(new Response('{"ok":1}')).json()).toEqual({ ok: 1 });
    await vi.waitFor(async () =>
      expect(await budget.status()).toMatchObject({ spentUsd: '0.1', reservedUsd: '0' }),
    );
    expect(await budget.ledger()).toMatchObject([
      { actualUsd: '0.1', details: { model: 'm', partial: true, usage: 'unreadable' } },
    ]);
    expect(warning).toHaveBeenCalledWith(
      expect.stringMatching(/charged its hold: InvalidAmountError: actualUsd/),
      expect.objectContaining({ code: 'TOLLGATE_SETTLE_ERROR' }),
    );
    warning.mockRestore();
  });

  it('tries a tighter plan quietly when the cheap bound is refused, and reports only a final refusal', async () => {
    const budget = createBudget({ id: 'tighten', limitUsd: '0.05' });
    const refused: BudgetEvent[] = [];
    budget.on('refused', (event) => refused.push(event));
    const tight = (holdUsd: string): Route => ({
      kind: 'metered',
      plan: () => ({
        holdUsd: '0.5',
        model: 'm',
        observer: observer(),
        price,
        tighten: () => ({ holdUsd, model: 'm', observer: observer(), price }),
      }),
    });
    const admitted = new MeteredCall({ budget, route: () => tight('0.04'), unmetered: 'refuse' });
    await admitted.begin({});
    expect((await budget.status()).reservedUsd).toBe('0.04');
    expect(refused).toEqual([]);
    const denied = new MeteredCall({ budget, route: () => tight('0.02'), unmetered: 'refuse' });
    await expect(denied.begin({})).rejects.toMatchObject({
      code: 'BUDGET_EXCEEDED',
      requestedUsd: '0.02',
    });
    expect(refused).toHaveLength(1);
    const broken = new MeteredCall({
      budget,
      route: () => ({
        kind: 'metered',
        plan: () => ({
          holdUsd: 'not money',
          model: 'm',
          observer: observer(),
          price,
          tighten: () => {
            throw new Error('unused');
          },
        }),
      }),
      unmetered: 'refuse',
    });
    await expect(broken.begin({})).rejects.toMatchObject({ code: 'INVALID_AMOUNT' });
  });

  it('refuses a tighter plan that is no MeteringPlan before holding it, naming the request', async () => {
    const budget = createBudget({ id: `tighter-checked-${Math.random()}`, limitUsd: '0.05' });
    const tighterPlans: [unknown, RegExp][] = [
      [{ holdUsd: '0.01', model: 'm' }, /a plan with observer undefined, .*; price undefined/],
      [{ holdUsd: '0.01', model: 'm', observer: {}, price }, /observer.json undefined/],
      [{ holdUsd: '0.01', model: 42, observer: observer(), price }, /model 42 \(number\)/],
      [{ holdUsd: '0.01', model: 'm', observer: observer(), price, body: 'x' }, /body "x"/],
    ];
    for (const [tighter, named] of tighterPlans) {
      const call = new MeteredCall({
        budget,
        route: () => ({
          kind: 'metered',
          plan: () => ({
            holdUsd: '0.5',
            model: 'm',
            observer: observer(),
            price,
            tighten: () => tighter as MeteringPlan,
          }),
        }),
        unmetered: 'refuse',
      });
      const refused = call.begin({ path: '/v1/x' });
      await expect(refused).rejects.toBeInstanceOf(InvalidOptionsError);
      await expect(refused).rejects.toThrow(
        /^Invalid meterClient options: route: expected the metered route's plan's tighten\(\) to return a MeteringPlan/,
      );
      await expect(refused).rejects.toThrow(named);
      await expect(refused).rejects.toThrow(/for POST \/v1\/x$/);
    }
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });

  it('charges its hold a call whose 2xx body breaks off, as the SDK fails it, and observes nothing after', async () => {
    const { budget, events, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const cut = await meteredCall.attempt(
      async () => new Response(sse(['{"partial'], new Error('socket closed')), { status: 200 }),
    );
    // The fetch resolves: the SDK's retry loop is over before the body is read, as without us.
    await expect(cut.json()).rejects.toThrow('socket closed');
    // As without Tollgate: the broken body is used up.
    await expect(cut.text()).rejects.toThrow(TypeError);
    await vi.waitFor(() => expect(events.map((event) => event.type)).toEqual(['settled']));
    const late = new Response('{}');
    expect(meteredCall.observe(late)).toBe(late);
    meteredCall.responded();
    meteredCall.failed();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.1', reservedUsd: '0', calls: 1 });
    expect(await budget.ledger()).toMatchObject([
      { actualUsd: '0.1', details: { model: 'm', partial: true, usage: 'unseen' } },
    ]);
  });

  it('keeps a call open for the retry of a body the SDK abandons itself, and settles from it', async () => {
    const { budget, events, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const timedOut = new DOMException('This operation was aborted', 'AbortError');
    const abandoned = await meteredCall.attempt(
      async () => new Response(sse(['{"partial'], timedOut), { status: 200 }),
    );
    await expect(abandoned.json()).rejects.toBe(timedOut);
    expect((await budget.status()).reservedUsd).toBe('0.1');
    const retried = await meteredCall.attempt(async () => new Response('{"ok":true}'));
    expect(await retried.json()).toEqual({ ok: true });
    meteredCall.failed();
    meteredCall.responded();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.01', reservedUsd: '0', calls: 1 });
    expect(events.map((event) => event.type)).toEqual(['settled']);
  });

  it.each([
    ['at once, when the SDK then fails the call', true],
    ['at its deadline, when the SDK never retries it', false],
  ])('charges its hold a served call whose body the SDK abandoned: %s', async (_when, fails) => {
    // Failed: a deadline far off, so only the failure can end it.
    const { budget, events, call } = setup(metered(), 'refuse', true, fails ? 600_000 : 200);
    const meteredCall = call();
    await meteredCall.begin({});
    const timedOut = new DOMException('This operation was aborted', 'AbortError');
    const abandoned = await meteredCall.attempt(
      async () => new Response(sse([], timedOut), { status: 200 }),
    );
    await expect(abandoned.text()).rejects.toBe(timedOut);
    expect((await budget.status()).reservedUsd).toBe('0.1');
    if (fails) meteredCall.failed();
    await vi.waitFor(() => expect(events.map((event) => event.type)).toEqual(['settled']));
    expect(await budget.status()).toMatchObject({ spentUsd: '0.1', reservedUsd: '0' });
    expect(await budget.ledger()).toMatchObject([{ details: { partial: true, usage: 'unseen' } }]);
  });

  it('a caller abort while a 2xx body arrives charges the call its hold at once', async () => {
    const { budget, events, call } = setup(metered());
    const meteredCall = call();
    const controller = new AbortController();
    await meteredCall.begin({ signal: controller.signal });
    controller.abort();
    const aborted = await meteredCall.attempt(
      async () => new Response(sse([], controller.signal.reason as Error), { status: 200 }),
    );
    await expect(aborted.arrayBuffer()).rejects.toBe(controller.signal.reason);
    await vi.waitFor(() => expect(events.map((event) => event.type)).toEqual(['settled']));
    expect(await budget.ledger()).toMatchObject([{ details: { partial: true, usage: 'unseen' } }]);
  });

  it('a delivered stream is ended by its watcher, not by a late failure or answer', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const response = await meteredCall.attempt(
      async () => new Response(sse(['data: one\n\n']), { headers: streamHeaders }),
    );
    meteredCall.failed();
    meteredCall.responded();
    expect(await meteredCall.observe(new Response('{}'))).toBeInstanceOf(Response);
    expect((await budget.status()).reservedUsd).toBe('0.1');
    await response.text();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.02', reservedUsd: '0' });
  });

  it('at its deadline, charges a dispatched call whose usage it never saw its hold, once', async () => {
    const release = vi.fn();
    const { budget, events } = setup(metered(), 'refuse', true, 50);
    const meteredCall = new MeteredCall({
      budget,
      route: () => metered(),
      unmetered: 'refuse',
      acquireSlot: async () => release,
    });
    await meteredCall.begin({});
    const response = await meteredCall.attempt(
      async () => new Response(sse(['data: one\n\n']), { headers: streamHeaders }),
    );
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect(await budget.ledger()).toMatchObject([
      { actualUsd: '0.1', details: { model: 'm', partial: true, usage: 'unseen' } },
    ]);
    expect(release).toHaveBeenCalledOnce();
    // Reading the stream afterwards passes it on and charges nothing more.
    expect(await response.text()).toBe('data: one\n\n');
    meteredCall.failed();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.1', calls: 1 });
    expect(events.map((event) => event.type)).toEqual(['settled']);
  });

  it('the calls of one client wait for their deadlines on one timer, and each still reaches its own', async () => {
    const { budget, call } = setup(metered(), 'refuse', true, 60_000);
    vi.useFakeTimers();
    try {
      const calls = Array.from({ length: 8 }, () => call());
      for (const [index, meteredCall] of calls.entries()) {
        await meteredCall.begin({});
        // Half are sent and never read: their deadline charges them. The rest are never sent.
        if (index % 2 === 0)
          await meteredCall.attempt(
            async () => new Response(sse(['data: one\n\n']), { headers: streamHeaders }),
          );
        vi.advanceTimersByTime(100);
      }
      expect(vi.getTimerCount()).toBe(1);
      expect((await budget.status()).reservedUsd).toBe('0.8');
      await vi.advanceTimersByTimeAsync(60_000);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect(await budget.status()).toMatchObject({ spentUsd: '0.4', calls: 4 });
  });

  it('charges a stream dropped unread its hold once it is garbage-collected, before the deadline', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new TextEncoder().encode('data: x\n\n')),
      cancel: () => {
        cancelled = true;
      },
    });
    // The watched response is dropped as soon as this attempt returns.
    await meteredCall.attempt(async () => new Response(body, { headers: streamHeaders }));
    await vi.waitFor(
      async () => {
        collectGarbage();
        expect((await budget.status()).reservedUsd).toBe('0');
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(await budget.ledger()).toMatchObject([
      { actualUsd: '0.1', details: { partial: true, usage: 'unseen' } },
    ]);
    expect(cancelled).toBe(true);
  });

  it('at its deadline, releases a call between attempts that all failed, and holds it again for a served retry', async () => {
    const { budget, events, call } = setup(metered(), 'refuse', true, 50);
    const meteredCall = call();
    await meteredCall.begin({});
    // A call that holds has nothing to do before an attempt (and allocates nothing for it).
    expect(meteredCall.holdBeforeAttempt()).toBeUndefined();
    const limited = await meteredCall.attempt(async () => new Response('{}', { status: 429 }));
    expect(limited.status).toBe(429);
    await expect(
      meteredCall.attempt(async () => Promise.reject(new TypeError('fetch failed'))),
    ).rejects.toThrow('fetch failed');
    // The retry wait outlives the deadline: nothing was served, nothing is on the wire.
    await vi.waitFor(() => expect(events.map((event) => event.type)).toEqual(['released']));
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    // The SDK's next attempt is held again before it is sent, and charged its usage.
    let heldWhenSent = '';
    const served = await meteredCall.attempt(async () => {
      heldWhenSent = (await budget.status()).reservedUsd;
      return new Response('{}');
    });
    expect(heldWhenSent).toBe('0.1');
    await served.json();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.01', reservedUsd: '0', calls: 1 });
    expect(events.map((event) => event.type)).toEqual(['released', 'settled']);
  });

  it('a retry after its deadline is refused unsent when the budget cannot hold it again', async () => {
    const budget = createBudget({ id: 'lapsed-refused', limitUsd: '0.15', ttlMs: 50 });
    const meteredCall = new MeteredCall({ budget, route: () => metered(), unmetered: 'refuse' });
    await meteredCall.begin({});
    await meteredCall.attempt(async () => new Response('{}', { status: 500 }));
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    // Held past the budget's short TTL, so the room stays used while the call retries.
    const other = await budget.reserve('0.1', { ttlMs: 60_000 });
    // Before the SDK builds the attempt, where the refusal reaches the caller as it is.
    await expect(meteredCall.holdBeforeAttempt()).rejects.toMatchObject({
      code: 'BUDGET_EXCEEDED',
    });
    // Or at its fetch, when the deadline passed in between: the attempt's check was counted.
    expect(meteredCall.requests?.sends(undefined)).toBe(true);
    const send = vi.fn(async () => new Response('{}'));
    await expect(meteredCall.attempt(send)).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(send).not.toHaveBeenCalled();
    // The refused attempt is over: the SDK's next retry is no "second request in flight".
    expect(meteredCall.requests?.inFlight).toBe(false);
    meteredCall.failed();
    await other.release();
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });

  it('a retry after its deadline takes a concurrency slot again, freed however it ends', async () => {
    // Long enough that a loaded machine does not pass a re-held call's deadline before its
    // attempt is sent (50 ms did, under load 11); each lapse waits out one deadline.
    const budget = createBudget({ id: 'lapsed-slots', limitUsd: '0.15', ttlMs: 250 });
    let inFlight = 0;
    const acquireSlot = vi.fn(async (signal: AbortSignal | undefined) => {
      if (signal?.aborted) throw signal.reason;
      inFlight += 1;
      return () => {
        inFlight -= 1;
      };
    });
    const settings: MeteringSettings = {
      budget,
      route: () => metered(),
      unmetered: 'refuse',
      acquireSlot,
    };
    const served = new MeteredCall(settings);
    await served.begin({});
    await served.attempt(async () => new Response('{}', { status: 500 }));
    await vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 5000 });
    const response = await served.attempt(async () => {
      expect(inFlight).toBe(1);
      return new Response('{}');
    });
    await response.json();
    expect(inFlight).toBe(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0.01', reservedUsd: '0' });

    const controller = new AbortController();
    const aborted = new MeteredCall(settings);
    await aborted.begin({ signal: controller.signal });
    await aborted.attempt(async () => new Response('{}', { status: 500 }));
    // Its deadline freed its slot (the store may expire the hold a moment before).
    await vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 5000 });
    controller.abort();
    const send = vi.fn(async () => new Response('{}'));
    await expect(aborted.attempt(send)).rejects.toBe(controller.signal.reason);
    expect(send).not.toHaveBeenCalled();

    const refused = new MeteredCall(settings);
    await refused.begin({});
    await refused.attempt(async () => new Response('{}', { status: 500 }));
    // Its deadline freed its slot (the store may expire the hold a moment before).
    await vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 5000 });
    // Held past the budget's short TTL, so the room stays used while the call retries.
    const other = await budget.reserve('0.1', { ttlMs: 60_000 });
    await expect(refused.attempt(send)).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(send).not.toHaveBeenCalled();
    expect(inFlight).toBe(0);
    await other.release();
  });

  it('at its deadline, charges its hold a call with an attempt on the wire', async () => {
    const { budget, call } = setup(metered(), 'refuse', true, 50);
    const meteredCall = call();
    await meteredCall.begin({});
    let answer: (response: Response) => void = () => undefined;
    const late = meteredCall.attempt(() => new Promise<Response>((resolve) => (answer = resolve)));
    await vi.waitFor(async () => expect((await budget.status()).spentUsd).toBe('0.1'));
    answer(new Response('{}'));
    await (await late).json();
    expect(await budget.ledger()).toMatchObject([{ details: { partial: true, usage: 'unseen' } }]);
    expect((await budget.status()).calls).toBe(1);
  });

  it('at its deadline, releases a call that was never dispatched', async () => {
    const { budget, events, call } = setup(metered(), 'refuse', true, 50);
    await call().begin({});
    await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
    expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    expect(events.map((event) => event.type)).toEqual(['released']);
  });

  it('marks a body it cannot read as usage unreadable', async () => {
    const { budget, call } = setup(metered({ json: () => ({ usage: usage(1000) }) }));
    const meteredCall = call();
    await meteredCall.begin({});
    await expect(meteredCall.observe(new Response('not json')).json()).rejects.toBeInstanceOf(
      SyntaxError,
    );
    expect(await budget.ledger()).toMatchObject([{ details: { usage: 'unreadable' } }]);
  });

  it('holds nothing for a call already aborted or aborted while it waits for a slot', async () => {
    const { budget, call } = setup(metered());
    const aborted = AbortSignal.abort();
    const options = { signal: aborted };
    expect(await call().begin(options)).toBe(options);
    const controller = new AbortController();
    const waiting = new MeteredCall({
      budget,
      route: () => metered(),
      unmetered: 'refuse',
      acquireSlot: (signal) =>
        new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    });
    const queued = { signal: controller.signal };
    const begun = waiting.begin(queued);
    controller.abort();
    expect(await begun).toBe(queued);
    const broken = new MeteredCall({
      budget,
      route: () => metered(),
      unmetered: 'refuse',
      acquireSlot: () => Promise.reject(new Error('queue failed')),
    });
    await expect(broken.begin({})).rejects.toThrow('queue failed');
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  it('holds nothing for a call aborted while it is planned, at once or after a wait', async () => {
    const { budget } = setup(metered());
    for (const later of [false, true]) {
      const controller = new AbortController();
      const { plan } = metered() as Extract<Route, { kind: 'metered' }>;
      const aborting = new MeteredCall({
        budget,
        route: () => ({
          kind: 'metered',
          plan: (request) => {
            controller.abort();
            const made = plan(request);
            return later ? Promise.resolve(made) : made;
          },
        }),
        unmetered: 'refuse',
      });
      // The options go out unheld: the SDK sees the aborted signal and throws its own error.
      const options = { signal: controller.signal };
      expect(await aborting.begin(options)).toBe(options);
    }
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });

  it('gives the concurrency slot back when the hold is refused', async () => {
    const release = vi.fn();
    const budget = createBudget({ id: 'slot', limitUsd: '0.01' });
    const meteredCall = new MeteredCall({
      budget,
      route: () => metered(),
      unmetered: 'refuse',
      acquireSlot: async () => release,
    });
    await expect(meteredCall.begin({})).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(release).toHaveBeenCalledOnce();
  });

  it('charges a JSON body from its first read, whichever reading method makes it, exactly once', async () => {
    const readers: Array<[string, (response: Response) => Promise<unknown>]> = [
      ['json', (response) => response.json()],
      ['text', (response) => response.text()],
      ['arrayBuffer', async (response) => new TextDecoder().decode(await response.arrayBuffer())],
      ['blob', async (response) => (await response.blob()).text()],
      ['body', (response) => new Response(response.body).text()],
      ['clone', (response) => response.clone().json()],
    ];
    for (const [name, read] of readers) {
      const { budget, events, call } = setup(metered());
      const meteredCall = call();
      await meteredCall.begin({});
      const response = await meteredCall.attempt(async () => new Response('{"ok":true}'));
      const value = await read(response);
      expect(JSON.stringify(value ?? '')).toContain('ok');
      // Charged before the reader sees the body: status() is exact once the read returns.
      expect(await budget.status(), name).toMatchObject({ spentUsd: '0.01', calls: 1 });
      expect(events.map((event) => event.type)).toEqual(['settled']);
    }
  });

  it('a JSON body read in its turn answers as a used native body after the turn, and is charged once', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const response = await meteredCall.attempt(async () => new Response('{"ok":true}'));
    expect(await response.json()).toEqual({ ok: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(() => response.clone()).toThrow(TypeError);
    expect(await budget.status()).toMatchObject({ spentUsd: '0.01', calls: 1 });
  });

  it('reads a JSON body nobody reads in the turn it arrived, and answers a late reader from that read', async () => {
    const { budget, call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const response = await meteredCall.attempt(async () => new Response('{"late":true}'));
    await new Promise((resolve) => setImmediate(resolve));
    await vi.waitFor(async () => expect((await budget.status()).spentUsd).toBe('0.01'));
    expect(await response.json()).toEqual({ late: true });
  });

  it('charges the hold for a JSON read that is not JSON, and releases a read that breaks off', async () => {
    const invalid = setup(metered());
    const first = invalid.call();
    await first.begin({});
    const notJson = await first.attempt(async () => new Response('<html>'));
    await expect(notJson.json()).rejects.toThrow(SyntaxError);
    expect(await invalid.budget.ledger()).toMatchObject([
      { actualUsd: '0.1', details: { partial: true } },
    ]);
    const text = setup(metered());
    const second = text.call();
    await second.begin({});
    const notJsonText = await second.attempt(async () => new Response('<html>'));
    expect(await notJsonText.text()).toBe('<html>');
    expect((await text.budget.status()).spentUsd).toBe('0.1');
  });

  it('lets a JSON body be looked at before any read (as the Anthropic SDK does) without reading it', async () => {
    const nativeRead = vi.spyOn(Response.prototype, 'arrayBuffer');
    try {
      const { budget, call } = setup(metered());
      const meteredCall = call();
      await meteredCall.begin({});
      const response = await meteredCall.attempt(async () => new Response('{"ok":true}'));
      const body = response.body;
      expect(response.body).toBe(body);
      expect(body?.locked).toBe(false);
      expect(await response.json()).toEqual({ ok: true });
      // Charged from the reader's json(), not from a read of the kit's own.
      expect(nativeRead).not.toHaveBeenCalled();
      expect(await budget.status()).toMatchObject({ spentUsd: '0.01', calls: 1 });
    } finally {
      nativeRead.mockRestore();
    }
  });

  it('charges a looked-at JSON body read as a stream, now or after the kit read it, once', async () => {
    const text = async (body: ReadableStream<Uint8Array> | null) => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body as ReadableStream<Uint8Array>) chunks.push(chunk);
      return Buffer.concat(chunks).toString('utf8');
    };
    for (const wait of [false, true]) {
      const { budget, events, call } = setup(metered());
      const meteredCall = call();
      await meteredCall.begin({});
      const response = await meteredCall.attempt(async () => new Response('{"stream":1}'));
      const body = response.body;
      // Nobody reads it this turn: the kit reads it itself, and the stream answers from that.
      if (wait) await new Promise((resolve) => setImmediate(resolve));
      expect(await text(body)).toBe('{"stream":1}');
      expect(await budget.status(), `wait ${wait}`).toMatchObject({ spentUsd: '0.01', calls: 1 });
      expect(events.map((event) => event.type)).toEqual(['settled']);
    }
  });

  it('reads a looked-at JSON body with a BYOB reader as fetch allows, now or after the kit read it', async () => {
    for (const wait of [false, true]) {
      const { budget, call } = setup(metered());
      const meteredCall = call();
      await meteredCall.begin({});
      const response = await meteredCall.attempt(async () => new Response('{"byob":1}'));
      const body = response.body as ReadableStream<Uint8Array>;
      if (wait) await new Promise((resolve) => setImmediate(resolve));
      const reader = body.getReader({ mode: 'byob' });
      const received: number[] = [];
      for (;;) {
        const { done, value } = await reader.read(new Uint8Array(4));
        if (done) break;
        received.push(...value);
      }
      expect(Buffer.from(received).toString('utf8'), `wait ${wait}`).toBe('{"byob":1}');
      await vi.waitFor(async () =>
        expect(await budget.status()).toMatchObject({ spentUsd: '0.01', calls: 1 }),
      );
    }
  });

  it('leaves a looked-at body read by the SDK as a raw body is after json()', async () => {
    const readAfterJson = async (response: Response) => {
      const body = response.body as ReadableStream<Uint8Array>;
      await response.json();
      return {
        locked: body.locked,
        read: await body
          .getReader()
          .read()
          .then(
            (result) => result.done,
            (error: unknown) => (error as Error).name,
          )
          .catch((error: unknown) => (error as Error).name),
      };
    };
    const { call } = setup(metered());
    const meteredCall = call();
    await meteredCall.begin({});
    const watched = await meteredCall.attempt(async () => new Response('{"a":1}'));
    const raw = await readAfterJson(new Response('{"a":1}')).catch(
      (error: unknown) => (error as Error).name,
    );
    const seen = await readAfterJson(watched).catch((error: unknown) => (error as Error).name);
    expect(seen).toEqual(raw);
  });

  it('warns, never rejects unhandled, when the store refuses to release a failed call', async () => {
    const base = memoryStore();
    const refusal = new InvalidOptionsError('release refused', []);
    const store = new Proxy(base, {
      get(target, key) {
        if (key === 'release') return () => Promise.reject(refusal);
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const budget = createBudget({ id: 'release-refused', limitUsd: '1', store });
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    const meteredCall = new MeteredCall({ budget, route: () => metered(), unmetered: 'refuse' });
    await meteredCall.begin({});
    meteredCall.failed();
    const warning = await warned;
    expect(warning).toMatchObject({ code: 'TOLLGATE_RELEASE_ERROR' });
    expect(warning.message).toContain('release refused');
  });
  it('refuses a route answer that is no Route at the call, naming what arrived and the request', async () => {
    const answers: [unknown, RegExp][] = [
      [undefined, /received undefined for POST \/v1\/x$/],
      [null, /received null for POST/],
      [42, /received 42 \(number\) for POST/],
      [{ kind: 'x' }, /received an object of kind "x" for POST/],
      [{ kind: 'metered' }, /received \{ kind: 'metered' \} with plan undefined for POST/],
      [{ kind: 'unmetered' }, /received \{ kind: 'unmetered' \} with endpoint undefined for POST/],
    ];
    const { budget } = setup({ kind: 'free' });
    for (const [answer, named] of answers) {
      const call = new MeteredCall({ budget, route: () => answer as Route, unmetered: 'allow' });
      const refused = call.begin({ path: '/v1/x' });
      await expect(refused).rejects.toBeInstanceOf(InvalidOptionsError);
      await expect(refused).rejects.toThrow(named);
      await expect(refused).rejects.toThrow(/^Invalid meterClient options: route: expected route/);
    }
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });

  it('refuses a plan that is no MeteringPlan before holding, made at once or later, and frees its slot', async () => {
    const plans: [unknown, RegExp][] = [
      [null, /received null for POST \/v1\/x$/],
      [42, /received 42 \(number\)/],
      [{ holdUsd: '0.1', model: 'm', price }, /a plan with observer undefined/],
      [{ holdUsd: '0.1', model: 'm', observer: observer() }, /a plan with price undefined/],
      [
        { holdUsd: '0.1', model: 'm', observer: observer(), price, tighten: 42 },
        /a plan with tighten 42 \(number\), where a function returning a tighter plan or none was expected for POST \/v1\/x$/,
      ],
      [
        { holdUsd: '0.1', model: 'm', observer: {}, price },
        /a plan with observer.json undefined, where a function was expected; observer.event undefined, .*; observer.end undefined, where a function was expected for POST/,
      ],
      [
        { holdUsd: '0.1', model: 'm', observer: observer({ end: 42 as never }), price },
        /a plan with observer.end 42 \(number\), where a function was expected for POST/,
      ],
      [
        { holdUsd: '0.1', model: 42, observer: observer(), price },
        /a plan with model 42 \(number\), where a non-empty model id was expected for POST/,
      ],
      [{ holdUsd: '0.1', model: '', observer: observer(), price }, /a plan with model ""/],
      [
        { holdUsd: '0.1', model: 'm', observer: observer(), price, body: 42 },
        /a plan with body 42 \(number\), where a JSON object or none was expected/,
      ],
      [{ holdUsd: '0.1', model: 'm', observer: observer(), price, body: [] }, /body an array/],
      ...['lots', -5, 1.5, {}].map((tokens): [unknown, RegExp] => [
        { holdUsd: '0.1', model: 'm', observer: observer(), price, unboundedOutputTokens: tokens },
        /a plan with unboundedOutputTokens .*, where a whole number of tokens from 0 or none was expected for POST/,
      ]),
    ];
    const { budget } = setup({ kind: 'free' });
    for (const later of [false, true]) {
      for (const [plan, named] of plans) {
        const release = vi.fn();
        const call = new MeteredCall({
          budget,
          route: () => ({
            kind: 'metered',
            plan: () => (later ? Promise.resolve(plan as MeteringPlan) : (plan as MeteringPlan)),
          }),
          unmetered: 'refuse',
          acquireSlot: async () => release,
        });
        const refused = call.begin({ path: '/v1/x' });
        await expect(refused).rejects.toBeInstanceOf(InvalidOptionsError);
        await expect(refused).rejects.toThrow(named);
        expect(release).toHaveBeenCalledOnce();
      }
    }
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
  });

  it('holds a call whose signal is no AbortSignal as one without, for the SDK to refuse as it does unwrapped', async () => {
    for (const signal of ['x', 42, {}]) {
      const { budget, events, call } = setup(metered());
      const meteredCall = call();
      const sent = await meteredCall.begin({ signal: signal as unknown as AbortSignal });
      expect(sent.signal).toBe(signal);
      expect((await budget.status()).reservedUsd).toBe('0.1');
      // The SDK throws its own error for it before any attempt: the call fails, nothing is kept.
      meteredCall.failed();
      await vi.waitFor(async () => expect((await budget.status()).reservedUsd).toBe('0'));
      expect(events.map((event) => event.type)).toEqual(['released']);
    }
  });
  it('routes a method or path of the wrong kind as the SDK sends it, never throwing its own TypeError', async () => {
    const seen: string[] = [];
    const { budget } = setup({ kind: 'free' });
    const call = () =>
      new MeteredCall({
        budget,
        route: (request) => {
          seen.push(`${request.method} ${request.path}`);
          return { kind: 'free' };
        },
        unmetered: 'refuse',
      });
    for (const options of [
      { method: 42, path: 42 },
      { method: null, path: null },
      { method: '', path: { toString: () => '/v1/x' } },
    ]) {
      expect(await call().begin(options as RequestOptionsLike)).toBe(options);
    }
    expect(seen).toEqual(['POST 42', 'GET null', 'GET /v1/x']);
  });
});
