/**
 * Calls that can bill models beside the one they ask for: server-side fallbacks, the advisor
 * tool; and compaction, billed beside the top-level usage. The hold bounds every model's run;
 * the charge prices each of the response's `usage.iterations` at its own model's rates.
 */
import type Anthropic from '@anthropic-ai/sdk';
import {
  formatUsd,
  InvalidRequestError,
  money,
  sumMoney,
  UnmeteredEndpointError,
} from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { estimateCost, UnknownModelError } from '@tollgate/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boundInputTokens } from './bound-input-tokens.js';
import { withBudget } from './index.js';
import {
  costOf,
  freshBudget,
  holds,
  onlyEntry,
  type SdkMajor,
  sdkMajors,
} from './test-support/sdks.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const model = 'claude-haiku-4-5';
const fallbackModel = 'claude-opus-4-1';
const body = {
  model,
  max_tokens: 200,
  messages: [{ role: 'user' as const, content: 'Summarise the tides.' }],
};

/** What one run of `runModel` can bill, reading the request's bytes and `extraInput`. */
function runBound(request: object, runModel: string, maxOutputTokens: number, extraInput = 0) {
  const inputTokens = boundInputTokens(request as Record<string, unknown>, 200_000).tokens;
  return estimateCost({
    provider: 'anthropic',
    model: runModel,
    inputTokens: inputTokens + extraInput,
    maxOutputTokens,
  }).totalUsd;
}

/** A usage for the mock to send: its override type has no arrays, which `iterations` is. */
const scripted = (usage: object) => usage as Record<string, never>;

const sum = (amounts: string[]) => formatUsd(sumMoney(amounts.map((amount) => money(amount))));

/** One iteration of `usage.iterations`, in the wire shape. */
const iteration = (type: string, runModel: string | null, input: number, output: number) => ({
  type,
  model: runModel,
  input_tokens: input,
  output_tokens: output,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation: null,
});

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  const raw = (): Anthropic => sdk.create({ baseURL: mock.anthropicBaseURL });
  const create = (client: Anthropic, request: object) =>
    client.messages.create(request as never) as unknown as Promise<Anthropic.Message>;

  describe('server-side fallbacks', () => {
    const request = {
      ...body,
      fallbacks: [{ model: fallbackModel, max_tokens: 500 }, { model: 'claude-sonnet-4-5' }],
    };
    const fallbackUsage = {
      input_tokens: 40,
      output_tokens: 120,
      iterations: [
        iteration('message', model, 20, 20),
        iteration('fallback_message', fallbackModel, 20, 100),
      ],
    };

    it('holds every hop at its model price: the requested run, then each fallback', async () => {
      const budget = freshBudget();
      const amounts = holds(budget);
      await create(withBudget(raw(), { budget }), request);
      expect(amounts).toEqual([
        sum([
          runBound(request, model, 200),
          runBound(request, fallbackModel, 500),
          runBound(request, 'claude-sonnet-4-5', 200),
        ]),
      ]);
    });

    it('charges each iteration at the rates of the model that ran it, and records the model that served', async () => {
      for (const stream of [false, true]) {
        mock.reset();
        mock.script({ respond: { usage: scripted(fallbackUsage) } });
        const budget = freshBudget();
        const client = withBudget(raw(), { budget });
        if (stream) {
          const events = (await create(client, { ...request, stream: true })) as unknown;
          for await (const _event of events as AsyncIterable<unknown>);
        } else {
          await create(client, request);
        }
        const entry = await onlyEntry(budget);
        const [declined, served] = fallbackUsage.iterations;
        expect(entry.actualUsd).toBe(sum([costOf(model, declined), costOf(fallbackModel, served)]));
        expect(entry.details).toMatchObject({ model: fallbackModel, requestModel: model });
        expect(entry.details.partial).toBeUndefined();
        // Priced at the requested model, the fallback's Opus output would be undercharged.
        expect(Number(entry.actualUsd)).toBeGreaterThan(Number(costOf(model, fallbackUsage)));
      }
    });

    it('charges the top-level usage at the requested rates when no iteration is reported', async () => {
      mock.script({
        respond: { usage: scripted({ input_tokens: 30, output_tokens: 40, iterations: [] }) },
      });
      const budget = freshBudget();
      const message = await create(withBudget(raw(), { budget }), request);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(costOf(model, message.usage));
      expect(entry.details.model).toBe(model);
    });

    it("refuses fallbacks: 'default' and a fast hop as unmetered (their models or rates are unknown)", async () => {
      const cases = [
        [{ ...body, fallbacks: 'default' }, 'POST /v1/messages (fallbacks: default)'],
        [
          { ...body, fallbacks: [{ model: fallbackModel, speed: 'fast' }] },
          'POST /v1/messages (speed: fast)',
        ],
      ] as const;
      for (const [unmetered, endpoint] of cases) {
        const refused = create(withBudget(raw(), { limitUsd: 5 }), unmetered);
        await expect(refused).rejects.toBeInstanceOf(UnmeteredEndpointError);
        await expect(refused).rejects.toMatchObject({ endpoint });
      }
      expect(mock.requests).toHaveLength(0);
      await create(withBudget(raw(), { limitUsd: 5, unmetered: 'allow' }), cases[0][0]);
      expect(mock.requests).toHaveLength(1);
    });

    it('refuses unsent a hop whose model is not an id, or that no table prices', async () => {
      const client = withBudget(raw(), { limitUsd: 5 });
      const notAnId = create(client, { ...body, fallbacks: [{ max_tokens: 10 }] });
      await expect(notAnId).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(notAnId).rejects.toThrow(
        'POST /v1/messages fallbacks[0]: expected the model id as a string, received undefined',
      );
      await expect(
        create(client, { ...body, fallbacks: ['claude-opus-4-1'] }),
      ).rejects.toBeInstanceOf(InvalidRequestError);
      await expect(
        create(client, { ...body, fallbacks: [{ model: 'claude-imaginary-9' }] }),
      ).rejects.toBeInstanceOf(UnknownModelError);
      expect(mock.requests).toHaveLength(0);
    });
  });

  describe('the advisor tool', () => {
    const advisor = {
      type: 'advisor_20260301',
      name: 'advisor',
      model: fallbackModel,
      max_uses: 2,
      max_tokens: 300,
    };

    it('holds each advisor use at its model price, reading the prompt and what the model wrote', async () => {
      const request = { ...body, tools: [advisor] };
      const budget = freshBudget();
      const amounts = holds(budget);
      mock.script({ respond: { text: 'Done.' } });
      await create(withBudget(raw(), { budget }), request);
      // The request's byte bound already counts the advisor's definition.
      const once = runBound(request, fallbackModel, 300, 200);
      expect(amounts).toEqual([sum([runBound(request, model, 200), once, once])]);
    });

    it('charges the advisor iterations at the advisor model rates', async () => {
      const usage = {
        input_tokens: 50,
        output_tokens: 30,
        iterations: [
          iteration('message', null, 25, 10),
          iteration('advisor_message', fallbackModel, 40, 80),
          iteration('message', null, 25, 20),
        ],
      };
      mock.script({ respond: { usage: scripted(usage), text: 'Done.' } });
      // Without max_uses and max_tokens: ten uses of the advisor model's whole output.
      const budget = freshBudget('100');
      await create(withBudget(raw(), { budget }), {
        ...body,
        tools: [{ ...advisor, max_uses: undefined, max_tokens: undefined }],
      });
      const [first, advice, last] = usage.iterations;
      expect((await onlyEntry(budget)).actualUsd).toBe(
        sum([costOf(model, first), costOf(fallbackModel, advice), costOf(model, last)]),
      );
    });
  });

  it.each([
    ['context_management', { context_management: { edits: [{ type: 'compact_20260112' }] } }],
    ['a compaction request', { compaction: { type: 'summarize' } }],
  ])(
    'charges a compaction iteration, which the top-level usage leaves out (%s)',
    async (_name, extra) => {
      const usage = {
        input_tokens: 30,
        output_tokens: 10,
        iterations: [iteration('compaction', null, 5_000, 400), iteration('message', null, 30, 10)],
      };
      mock.script({ respond: { usage: scripted(usage) } });
      const budget = freshBudget();
      await create(withBudget(raw(), { budget }), { ...body, ...extra });
      const [compaction, message] = usage.iterations;
      expect((await onlyEntry(budget)).actualUsd).toBe(
        sum([costOf(model, compaction), costOf(model, message)]),
      );
    },
  );
});
