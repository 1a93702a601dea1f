import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustBudget, type BudgetStore, createBudget, memoryStore } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tollgate } from './attribute-names.js';
import { instrument } from './instrument.js';
import { metricValue, type OtelHarness, otelHarness } from './test-support/otel-harness.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-otel-closed-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

let harness: OtelHarness | undefined;
let store: BudgetStore | undefined;
afterEach(async () => {
  await harness?.shutdown();
  await store?.close?.();
  harness = undefined;
  store = undefined;
});

const stores: Record<string, () => BudgetStore> = {
  memory: () => memoryStore(),
  SQLite: () => sqliteStore({ path: join(directory, `budgets-${Date.now()}.db`) }),
};
const byBudget = (id: string) => ({ [tollgate.budgetId]: id });

describe.each(Object.entries(stores))('the closed gauge over a %s store', (_, makeStore) => {
  it('reads 1 for a closed budget and every budget under it, while remaining stays money', async () => {
    const otel = otelHarness();
    harness = otel;
    store = makeStore();
    const org = createBudget({ id: 'org', limitUsd: '10', store });
    const team = org.child({ id: 'team', limitUsd: '5' });
    const bot = team.child({ id: 'bot', limitUsd: '2' });
    const stop = instrument([org, team, bot], { meterProvider: otel.meterProvider });
    await (await bot.reserve('0.5')).settle('0.5');
    const closedOf = (collected: Awaited<ReturnType<OtelHarness['collect']>>) =>
      [org, team, bot].map((budget) =>
        metricValue(collected, tollgate.closedMetric, byBudget(budget.id)),
      );
    expect(closedOf(await otel.collect())).toEqual([0, 0, 0]);

    await adjustBudget({ store, budgetId: 'team', action: 'close', reason: 'suspended' });
    await expect(bot.reserve('0.1')).rejects.toMatchObject({ code: 'BUDGET_CLOSED' });
    const collected = await otel.collect();
    expect(closedOf(collected)).toEqual([0, 1, 1]);
    // remaining keeps its meaning (limit - spent - held): closed says none of it can be spent.
    expect(metricValue(collected, tollgate.remainingMetric, byBudget('bot'))).toBe(1.5);
    expect(metricValue(collected, tollgate.remainingMetric, byBudget('team'))).toBe(4.5);
    stop();
  });
});
