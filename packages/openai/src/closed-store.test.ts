/**
 * A store closed while calls are in flight: the served calls return normally, but their
 * charges cannot land, and that must not be silent. Each is reported lost (`settlement-lost`,
 * and `budget.flush()` rejects with `SettlementLostError` naming its reservation), through the
 * real SDKs against the loopback provider.
 */

import {
  type BudgetStore,
  createBudget,
  memoryStore,
  SettlementLostError,
  type SettlementLostEvent,
} from '@tollgate/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const mock = useMockProvider();
const body = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user' as const, content: 'Tell me about the tides.' }],
  max_completion_tokens: 40,
};

afterEach(() => {
  vi.restoreAllMocks();
});

let budgets = 0;
/**
 * A budget whose store closes once `calls` calls have been held: they are then in flight,
 * sent or about to be, and none can have settled (the provider's answer needs a turn of I/O).
 */
function closingBudget(store: BudgetStore, calls = 1) {
  budgets += 1;
  const budget = createBudget({ id: `openai-closed-${budgets}`, limitUsd: '10', store });
  const held: string[] = [];
  budget.on('reserved', (event) => {
    held.push(event.reservationId);
    if (held.length === calls) void store.close();
  });
  return { budget, held };
}

describe.each(SDK_MAJORS)('%s: a store closed under calls in flight', (_name, SDK) => {
  const client = (budget: ReturnType<typeof closingBudget>['budget']) =>
    withBudget(new SDK({ apiKey: 'test', baseURL: mock().openaiBaseURL, maxRetries: 0 }), {
      budget,
    });

  test('reports every charge that cannot land as lost, and flush() rejects listing them', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const store = memoryStore();
    const { budget, held } = closingBudget(store, 2);
    const lost: SettlementLostEvent[] = [];
    budget.on('settlement-lost', (event) => lost.push(event));
    const openai = client(budget);

    const [completion, chunks] = await Promise.all([
      openai.chat.completions.create(body),
      (async () => {
        let count = 0;
        for await (const _chunk of await openai.chat.completions.create({ ...body, stream: true }))
          count += 1;
        return count;
      })(),
    ]);
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
    expect(chunks).toBeGreaterThan(1);
    await expect.poll(() => lost.length).toBe(2);
    lost.sort(
      (first, second) => held.indexOf(first.reservationId) - held.indexOf(second.reservationId),
    );

    expect(lost.map((event) => event.reservationId).sort()).toEqual([...held].sort());
    for (const event of lost) expect(event.error).toMatchObject({ code: 'STORE_INVALID' });
    for (const event of lost) expect(Number(event.actualUsd)).toBeGreaterThan(0);
    const failure = await budget.flush().then(
      () => new Error('flush resolved'),
      (caught: unknown) => caught,
    );
    expect(failure).toBeInstanceOf(SettlementLostError);
    const reported = (failure as SettlementLostError).lost;
    expect(reported).toHaveLength(2);
    expect(reported).toEqual(
      expect.arrayContaining(
        lost.map(({ budgetId, reservationId, actualUsd, error }) =>
          expect.objectContaining({ kind: 'settle', budgetId, reservationId, actualUsd, error }),
        ),
      ),
    );
    // Someone was told: no process warning on top.
    expect(warning).not.toHaveBeenCalled();
  });

  test('warns when nobody listens, and flush() still rejects', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { budget, held } = closingBudget(memoryStore());
    await client(budget).chat.completions.create(body);
    await expect.poll(() => warning.mock.calls.length).toBe(1);
    expect(warning).toHaveBeenCalledWith(expect.stringContaining('could not settle a call'), {
      code: 'TOLLGATE_SETTLE_ERROR',
    });
    await expect(budget.flush()).rejects.toMatchObject({
      code: 'SETTLEMENT_LOST',
      lost: [{ kind: 'settle', reservationId: held[0], attempts: 1 }],
    });
  });

  test('reports the release of a failed call as lost too', async () => {
    const { budget, held } = closingBudget(memoryStore());
    const lost: SettlementLostEvent[] = [];
    budget.on('settlement-lost', (event) => lost.push(event));
    mock().script({ respond: { status: 500 } });
    await expect(client(budget).chat.completions.create(body)).rejects.toMatchObject({
      status: 500,
    });
    await expect.poll(() => lost.length).toBe(1);
    await expect(budget.flush()).rejects.toMatchObject({
      lost: [{ kind: 'release', reservationId: held[0], actualUsd: '0' }],
    });
  });
});
