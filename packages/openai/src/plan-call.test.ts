import { createBudget, InvalidRequestError } from '@tollgate/core';
import type { MeteringPlan, OutgoingRequest } from '@tollgate/core/adapter';
import { createPricing, estimateCost, UnknownModelError } from '@tollgate/pricing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSUMED_WEB_SEARCHES, planCall } from './plan-call.js';
import { planSettings } from './test-support/plan-settings.js';

const request = (body: unknown, path = '/responses', stream = false): OutgoingRequest => ({
  method: 'POST',
  path,
  body,
  stream,
});
const settings = planSettings;

describe('planCall', () => {
  test('a request without a model, or with an unknown one, is refused at once', () => {
    expect(() => planCall('chat', request({ messages: [] }), settings())).toThrow(
      InvalidRequestError,
    );
    expect(() => planCall('chat', request(null), settings())).toThrow(
      expect.objectContaining({ code: 'INVALID_REQUEST' }),
    );
    expect(() => planCall('chat', request({ model: 'nope-1' }), settings())).toThrow(
      UnknownModelError,
    );
  });

  test('a model that is not a model id is refused saying what was expected and what arrived', () => {
    const refusal = (model: unknown) => () =>
      planCall('chat', request({ model, messages: [] }, '/chat/completions'), settings());
    expect(refusal(42)).toThrow(
      'POST /chat/completions: expected the model id as a string, received 42 (number), so the call',
    );
    expect(refusal(undefined)).toThrow('expected the model id as a string, received undefined');
    expect(refusal('')).toThrow('expected the model id as a string, received an empty string');
    expect(refusal({ id: 'gpt-4o' })).toThrow(InvalidRequestError);
  });

  test('web search tools hold max_tool_calls searches, else the assumed number', async () => {
    const body = {
      model: 'gpt-4o',
      input: 'x',
      max_output_tokens: 10,
      tools: [{ type: 'web_search' }],
    };
    const bounded = await planCall(
      'responses',
      request({ ...body, max_tool_calls: 1 }),
      settings(),
    );
    const assumed = await planCall('responses', request(body), settings());
    const perSearch = (searches: number) =>
      estimateCost({
        provider: 'openai',
        model: 'gpt-4o',
        inputTokens: 128_000,
        maxOutputTokens: 10,
        toolFees: { webSearch: searches },
      }).totalUsd;
    // Server-side tools open the input: it is bounded by the context window.
    expect(bounded.holdUsd).toBe(perSearch(1));
    expect(assumed.holdUsd).toBe(perSearch(ASSUMED_WEB_SEARCHES));
    const search = await planCall(
      'chat',
      request({ model: 'gpt-4o-search-preview', messages: [], max_tokens: 1 }, '/chat/completions'),
      settings(),
    );
    expect(Number(search.holdUsd)).toBeGreaterThan(0);
  });

  test('input is clamped to the context window; a maximum above the model limit is clamped to it', async () => {
    const huge = 'x'.repeat(200_000);
    const plan = await planCall(
      'chat',
      request(
        { model: 'gpt-4o', messages: [{ role: 'user', content: huge }], max_tokens: 1_000_000 },
        '/chat/completions',
      ),
      settings(),
    );
    expect(plan.holdUsd).toBe(
      estimateCost({
        provider: 'openai',
        model: 'gpt-4o',
        inputTokens: 128_000,
        maxOutputTokens: 16_384,
      }).totalUsd,
    );
    expect(plan.unboundedOutputTokens).toBeUndefined();
  });

  test('a model with no output limit takes the maximum as asked', async () => {
    const pricing = createPricing({
      overrides: [{ provider: 'openai', id: 'ft:custom', like: 'gpt-4o', maxOutputTokens: 0 }],
    });
    const plan = await planCall(
      'chat',
      request({ model: 'ft:custom', messages: [], max_tokens: 50 }, '/chat/completions'),
      settings({ pricing }),
    );
    expect(plan.model).toBe('ft:custom');
  });

  test("'auto' holds the byte bound and tightens to the exact count only when asked", async () => {
    const budget = createBudget({ id: 'auto-plan', limitUsd: 10 });
    const body = {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'word '.repeat(50) }],
      max_tokens: 1,
    };
    const plan = (estimate: 'auto' | 'bytes' | 'tokenizer') =>
      planCall('chat', request(body, '/chat/completions'), settings({ budget, estimate }));
    const [bytes, auto, exact] = [await plan('bytes'), await plan('auto'), await plan('tokenizer')];
    expect(auto.holdUsd).toBe(bytes.holdUsd);
    expect(bytes.tighten).toBeUndefined();
    expect(exact.tighten).toBeUndefined();
    const tighter = await auto.tighten?.();
    expect(tighter?.holdUsd).toBe(exact.holdUsd);
    expect(Number(exact.holdUsd)).toBeLessThan(Number(bytes.holdUsd));
  });

  test('a caller-set include_usage is kept: the body is sent as it was measured, as a copy', async () => {
    const body = {
      model: 'gpt-4o',
      messages: [],
      stream: true,
      stream_options: { include_usage: true },
    };
    const kept = await planCall('chat', request(body, '/chat/completions', true), settings());
    // A plain copy of what JSON.stringify sends, never the caller's object (it would be serialised again).
    expect(kept.body).toEqual(body);
    expect(kept.body).not.toBe(body);
    const added = await planCall(
      'chat',
      request(
        { ...body, stream_options: { include_obfuscation: false } },
        '/chat/completions',
        true,
      ),
      settings({ metadata: { a: 1 } }),
    );
    expect(added.body).toMatchObject({
      stream_options: { include_obfuscation: false, include_usage: true },
    });
    expect(added.metadata).toEqual({ a: 1 });
  });
});

describe('a plain chat body (read in one pass) and the general path', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }));
  const content = fc.oneof(
    text,
    fc.array(fc.record({ type: fc.constant('text' as const), text }), { maxLength: 3 }),
  );
  const message = fc.record(
    {
      role: fc.constantFrom('system', 'user', 'assistant', 'tool'),
      content,
      name: text,
      tool_call_id: text,
    },
    { requiredKeys: ['role', 'content'], noNullPrototype: true },
  );
  const chat = fc.record(
    {
      model: fc.constantFrom('gpt-4o', 'gpt-4o-mini', 'o3-mini', 'gpt-4o-search-preview'),
      messages: fc.array(message, { maxLength: 4 }),
      max_completion_tokens: fc.nat({ max: 200_000 }),
      max_tokens: fc.nat({ max: 5_000 }),
      n: fc.integer({ min: 1, max: 4 }),
      service_tier: fc.constantFrom('auto', 'default', 'flex', 'priority', null),
      temperature: fc.double({ min: 0, max: 2, noNaN: true }),
      stream: fc.boolean(),
      stream_options: fc.record({ include_usage: fc.boolean() }, { noNullPrototype: true }),
    },
    { requiredKeys: ['model', 'messages'], noNullPrototype: true },
  );

  test('hold the same, send the same body and tighten alike', async () => {
    await fc.assert(
      fc.asyncProperty(chat, fc.constantFrom('bytes', 'auto'), async (body, estimate) => {
        const stream = body.stream === true;
        const both = settings({ estimate: estimate as 'bytes' | 'auto' });
        // Refusals throw at once: taken as rejections, to compare the two paths' outcomes.
        const planned = Promise.resolve().then(() =>
          planCall('chat', request(body, '/chat/completions', stream), both),
        );
        // An empty tools list changes no bound, but sends the body down the general path.
        const generally = Promise.resolve().then(() =>
          planCall('chat', request({ ...body, tools: [] }, '/chat/completions', stream), both),
        );
        // A tier the model has no rates for (priority on o3-mini) is refused by both alike.
        const [plain, general] = await Promise.allSettled([planned, generally]);
        if (plain.status === 'rejected' || general.status === 'rejected') {
          expect(plain).toEqual(general);
          return;
        }
        await comparePlans(plain.value, general.value);
      }),
      { numRuns: 150 },
    );
  });
});

/** The plain path's plan and the general path's for the same body: held and sent alike. */
async function comparePlans(plain: MeteringPlan, general: MeteringPlan): Promise<void> {
  expect(plain.holdUsd).toBe(general.holdUsd);
  expect(plain.model).toBe(general.model);
  expect(plain.unboundedOutputTokens).toBe(general.unboundedOutputTokens);
  const { tools, ...sent } = general.body as Record<string, unknown>;
  expect(tools).toEqual([]);
  expect(plain.body).toStrictEqual(sent);
  expect(plain.tighten === undefined).toBe(general.tighten === undefined);
  if (plain.tighten !== undefined && general.tighten !== undefined)
    expect((await plain.tighten()).holdUsd).toBe((await general.tighten()).holdUsd);
}
