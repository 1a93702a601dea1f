/**
 * A call cut short is charged what it consumed, never more than its hold: the API bills no
 * more output than the request allows (DESIGN.md, "A partial stream costs what was consumed").
 */
import {
  compareMoney,
  createBudget,
  type LedgerEntry,
  money,
  type usageTokens,
} from '@tollgate/core';
import { chargeUsage, type MeteringPlan, type ServerSentEvent } from '@tollgate/core/adapter';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { createPricing } from '@tollgate/pricing';
import fc from 'fast-check';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withBudget } from './index.js';
import { planCall } from './plan-call.js';
import { planSettings } from './test-support/plan-settings.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

/** Twenty words of CJK text: 12 UTF-8 bytes a word, about 2 tokens. */
const cjk = Array.from({ length: 20 }, () => '你好你好').join(' ');

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());

const pricing = createPricing();

const atMost = (amount: string, limit: string) => compareMoney(money(amount), money(limit)) <= 0;

async function onlyEntry(budget: ReturnType<typeof createBudget>): Promise<LedgerEntry> {
  const entries = await budget.ledger();
  expect(entries).toHaveLength(1);
  return entries[0] as LedgerEntry;
}

/** What an entry's recorded tokens price to, at its model and tier. */
const pricedAs = (entry: LedgerEntry) =>
  pricing.priceUsage('openai', {
    tokens: entry.details.tokens as ReturnType<typeof usageTokens>,
    model: entry.details.model ?? '',
    ...(entry.details.serviceTier === undefined ? {} : { serviceTier: entry.details.serviceTier }),
  }).totalUsd;

const outputOf = (entry: LedgerEntry) => {
  const tokens = entry.details.tokens as ReturnType<typeof usageTokens>;
  return tokens.output.text + tokens.output.reasoning;
};

describe.each(majors)('%s: a stream cut before its usage', (_name, SDK) => {
  const client = () => {
    const budget = createBudget({ id: `partial-${Math.random()}`, limitUsd: '1' });
    const raw = new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
    return { budget, openai: withBudget(raw, { budget, estimate: 'bytes' }) };
  };

  /** Reads a stream the mock drops after `chunks` messages, to the error the SDK throws. */
  async function readToTheDrop(stream: AsyncIterable<unknown>): Promise<void> {
    await expect(async () => {
      for await (const _item of stream);
    }).rejects.toThrow();
  }

  test.each([
    ['Chat: CJK deltas past max_completion_tokens', 'chat', 20, 1, 20],
    ['Chat with n choices: each choice capped at the per-choice maximum', 'chat', 5, 3, 15],
    ['Responses: CJK deltas past max_output_tokens', 'responses', 16, 1, 16],
  ] as const)(
    '%s are charged at most the maximum, within the hold',
    async (_case, endpoint, maximum, choices, charged) => {
      const path = endpoint === 'chat' ? '/v1/chat/completions' : '/v1/responses';
      mock.script({ match: { path }, respond: { text: cjk, dropAfterChunks: 18 * choices } });
      const { budget, openai } = client();
      await readToTheDrop(
        endpoint === 'chat'
          ? await openai.chat.completions.create({
              model: 'gpt-4o',
              messages: [{ role: 'user', content: '用中文打招呼' }],
              max_completion_tokens: maximum,
              n: choices,
              stream: true,
            })
          : await openai.responses.create({
              model: 'gpt-4o',
              input: '用中文打招呼',
              max_output_tokens: maximum,
              stream: true,
            }),
      );
      const entry = await onlyEntry(budget);
      expect(entry.details.partial).toBe(true);
      expect(outputOf(entry)).toBe(charged);
      expect(atMost(entry.actualUsd ?? '', entry.reservedUsd)).toBe(true);
    },
  );

  test('a stream cut after consuming more than its hold covers (a dearer tier) is charged the hold, its counts kept and marked capped', async () => {
    mock.script({
      match: { path: '/v1/chat/completions' },
      respond: { serviceTier: 'priority', dropAfterChunks: 2 },
    });
    const { budget, openai } = client();
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'a long prompt '.repeat(200) }],
      max_completion_tokens: 1,
      stream: true,
    });
    await readToTheDrop(stream);
    const entry = await onlyEntry(budget);
    expect(entry.details).toMatchObject({ partial: true, capped: true, serviceTier: 'priority' });
    expect(entry.actualUsd).toBe(entry.reservedUsd);
    // The counts are the ones observed (input as held, the output that arrived), and they
    // price to what the entry says they do, more than was charged.
    const uncappedUsd = entry.details.uncappedUsd ?? '';
    expect(pricedAs(entry)).toBe(uncappedUsd);
    expect(compareMoney(money(uncappedUsd), money(entry.reservedUsd))).toBe(1);
    expect(outputOf(entry)).toBe(1);
    expect(await budget.status()).toMatchObject({ spentUsd: entry.reservedUsd, calls: 1 });
  });

  test('a stream cut within its hold is charged what it consumed, not marked capped', async () => {
    mock.script({ match: { path: '/v1/chat/completions' }, respond: { dropAfterChunks: 3 } });
    const { budget, openai } = client();
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      max_completion_tokens: 40,
      stream: true,
    });
    await readToTheDrop(stream);
    const entry = await onlyEntry(budget);
    expect(entry.details.partial).toBe(true);
    expect(entry.details).not.toHaveProperty('capped');
    expect(entry.details).not.toHaveProperty('uncappedUsd');
    expect(pricedAs(entry)).toBe(entry.actualUsd);
    expect(compareMoney(money(entry.actualUsd), money(entry.reservedUsd))).toBe(-1);
  });

  test('any cut of any Chat stream is charged at most the hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 3 }),
        // Cut before the usage chunk (the mock reports a scripted text's words as usage, past any maximum).
        fc.integer({ min: 0, max: 20 }),
        async (maxTokens, choices, cut) => {
          mock.script({
            match: { path: '/v1/chat/completions' },
            respond: { text: cjk, dropAfterChunks: cut },
          });
          const { budget, openai } = client();
          try {
            const stream = await openai.chat.completions.create({
              model: 'gpt-4o',
              messages: [{ role: 'user', content: 'hi' }],
              max_completion_tokens: maxTokens,
              n: choices,
              stream: true,
            });
            for await (const _chunk of stream);
          } catch {
            // A dropped connection throws; the charge is what is checked.
          }
          const entry = await onlyEntry(budget);
          expect(atMost(entry.actualUsd ?? '', entry.reservedUsd)).toBe(true);
          expect(outputOf(entry)).toBeLessThanOrEqual(maxTokens * choices);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('the observer of a broken stream, by itself', () => {
  const settings = planSettings({ budget: createBudget({ id: 'partial-plan', limitUsd: 1000 }) });
  const chatChunk = (index: number, content: string) => ({
    event: null,
    data: JSON.stringify({ model: 'gpt-4o', choices: [{ index, delta: { content } }] }),
  });
  const responsesDelta = (index: number, delta: string) => ({
    event: null,
    data: JSON.stringify({ type: 'response.output_text.delta', output_index: index, delta }),
  });

  test('any cut of any stream of any text is charged at most the hold (no cap by the kit)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('chat' as const, 'responses' as const),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(3), fc.string({ unit: 'grapheme', maxLength: 12 })), {
          maxLength: 60,
        }),
        fc.nat(60),
        (endpoint, maxTokens, choices, deltas, cut) => {
          const body =
            endpoint === 'chat'
              ? {
                  model: 'gpt-4o',
                  messages: [{ role: 'user', content: 'hi' }],
                  max_completion_tokens: maxTokens,
                  n: choices,
                }
              : { model: 'gpt-4o', input: 'hi', max_output_tokens: maxTokens };
          const path = endpoint === 'chat' ? '/chat/completions' : '/responses';
          const plan = planCall(
            endpoint,
            { method: 'POST', path, body, stream: true },
            settings,
          ) as MeteringPlan;
          const event: (index: number, text: string) => ServerSentEvent =
            endpoint === 'chat' ? chatChunk : responsesDelta;
          for (const [index, text] of deltas.slice(0, cut)) plan.observer.event(event(index, text));
          const charge = chargeUsage(plan.price, plan.observer.end('interrupted'), plan.model);
          expect(atMost(charge.costUsd, plan.holdUsd)).toBe(true);
          const output = (charge.details.tokens as ReturnType<typeof usageTokens>).output.text;
          expect(output).toBeLessThanOrEqual(endpoint === 'chat' ? maxTokens * choices : maxTokens);
        },
      ),
      { numRuns: 300 },
    );
  });
});
