import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type Budget, createBudget } from '../budget.js';
import { adjustBudget } from '../budget-admin.js';
import { BudgetClosedError } from '../errors.js';
import { isSettlement } from '../ledger-kind.js';
import { formatUsd, money, sumMoney } from '../money.js';
import type { Reservation } from '../reservation.js';
import type { BudgetStore, LedgerRecord } from '../store.js';
import { chainLink } from './chain-link.js';
import { manualClock } from './manual-clock.js';

/** The spend a budget's ledger explains: settlements charged minus credits and resets. */
export function ledgerSpend(entries: readonly LedgerRecord[]): string {
  return formatUsd(
    sumMoney(
      entries.map((entry) => {
        if (isSettlement(entry)) return money(entry.actualUsd);
        const givesBack = entry.action === 'credit' || entry.action === 'reset';
        return givesBack ? money(entry.amountUsd).times(-1) : money(0);
      }),
    ),
  );
}

/**
 * Administration (`setLimit`, `topUp`, `credit`, `reset`, `close`) on a store: each
 * operation, its ledger entries and races with reserves (misuse: `administrationMisuseTests`;
 * `find` and `purge`: `purgeTests`). Registered by `describeBudgetStore`.
 */
export function administrationTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
  propertyRuns: number,
): void {
  it('raises and lowers a limit; lowered below spend the budget is exceeded, nothing clawed back', async () => {
    const store = await open();
    const id = freshId('limit');
    const budget = createBudget({ id, limitUsd: '1', store });
    await (await budget.reserve('0.6')).settle('0.6');
    const raised = await budget.setLimit('5', { reason: 'upgrade', actor: 'ops' });
    expect(raised).toMatchObject({
      kind: 'adjustment',
      budgetId: id,
      chain: [id],
      action: 'set-limit',
      amountUsd: '5',
      limitUsd: '5',
      spentUsd: '0.6',
      reason: 'upgrade',
      actor: 'ops',
    });
    expect(await budget.status()).toMatchObject({ limitUsd: '5', remainingUsd: '4.4' });
    await budget.setLimit(0.5, { reason: 'downgrade' });
    expect(await budget.status()).toMatchObject({
      limitUsd: '0.5',
      spentUsd: '0.6',
      remainingUsd: '0',
      exceeded: true,
    });
    await expect(budget.reserve('0.01')).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    // A process that creates the budget with the code's limit keeps the administered one.
    const restarted = createBudget({ id, limitUsd: '1', store });
    expect(await restarted.status()).toMatchObject({ limitUsd: '0.5' });
    const entries = await budget.ledger({ kind: 'adjustment' });
    expect(entries.map((entry) => [entry.action, entry.amountUsd])).toEqual([
      ['set-limit', '0.5'],
      ['set-limit', '5'],
    ]);
    expect(await budget.ledger()).toHaveLength(1);
  });

  it('tops up by adding to the limit, two top-ups at once both counting', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('top-up'), limitUsd: '1', store });
    await (await budget.reserve('1')).settle('1');
    const [first, second] = await Promise.all([
      budget.topUp('2', { reason: 'invoice 118' }),
      budget.topUp('0.25', { reason: 'invoice 119' }),
    ]);
    expect([first?.amountUsd, second?.amountUsd].sort()).toEqual(['0.25', '2']);
    expect(await budget.status()).toMatchObject({
      limitUsd: '3.25',
      spentUsd: '1',
      remainingUsd: '2.25',
      exceeded: false,
    });
    await (await budget.reserve('2.25')).settle('2.25');
  });

  it('credits spend back, never below zero, on this budget only', async () => {
    const store = await open();
    const parent = createBudget({ id: freshId('credit-parent'), limitUsd: '10', store });
    const budget = parent.child({ id: freshId('credit'), limitUsd: '1' });
    await (await budget.reserve('0.5')).settle('0.5');
    expect(await budget.credit('0.4', { reason: 'refund' })).toMatchObject({
      action: 'credit',
      amountUsd: '0.4',
      requestedUsd: '0.4',
      spentUsd: '0.1',
    });
    expect(await budget.credit('3', { reason: 'refund' })).toMatchObject({
      amountUsd: '0.1',
      requestedUsd: '3',
      spentUsd: '0',
    });
    expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 1 });
    expect(await parent.status()).toMatchObject({ spentUsd: '0.5' });
    expect(ledgerSpend(await budget.ledger({ kind: 'all' }))).toBe('0');
  });

  it("resets the current window's spend while calls in flight stay held", async () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 0, 0, 10));
    const budget = createBudget({
      id: freshId('reset'),
      limitUsd: '1',
      window: { seconds: 60 },
      store: await open(),
      clock,
    });
    await (await budget.reserve('0.7')).settle('0.7');
    const held = await budget.reserve('0.2');
    expect(await budget.reset({ reason: 'new sprint' })).toMatchObject({
      action: 'reset',
      amountUsd: '0.7',
      requestedUsd: '0',
      spentUsd: '0',
    });
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0.2', calls: 0 });
    await held.settle('0.15');
    expect(await budget.status()).toMatchObject({ spentUsd: '0.15', calls: 1 });
    // In the next window there is nothing left to give back.
    clock.advance(60_000);
    expect(await budget.credit('0.1', { reason: 'late refund' })).toMatchObject({
      amountUsd: '0',
      spentUsd: '0',
    });
  });

  it('closes a budget: new calls here and below refused, calls in flight settle', async () => {
    const store = await open();
    const session = createBudget({ id: freshId('close'), limitUsd: '1', store, enforce: false });
    const plan = session.child({ id: freshId('close-plan'), limitUsd: '1' });
    const inFlight = await plan.reserve('0.3');
    const closed = await session.close({ reason: 'session over' });
    expect(closed).toMatchObject({ action: 'close', amountUsd: '0', spentUsd: '0' });
    for (const budget of [session, plan]) {
      const refusal = await budget.reserve('0.01').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(BudgetClosedError);
      expect(refusal).toMatchObject({
        code: 'BUDGET_CLOSED',
        budgetId: session.id,
        requestedUsd: '0.01',
      });
    }
    await inFlight.settle('0.25');
    const status = await session.status();
    expect(status).toMatchObject({ spentUsd: '0.25', reservedUsd: '0' });
    expect(status.closedAt).toBe(new Date(closed.at).toISOString());
    await expect(plan.reserve('0', { onLimit: 'wait' })).rejects.toBeInstanceOf(BudgetClosedError);
    // Closing again is recorded but keeps the first closing time.
    await session.close({ reason: 'again' });
    expect((await session.status()).closedAt).toBe(status.closedAt);
    expect((await store.find(session.id))?.closedAt).toBe(closed.at);
  });

  it('changes a budget known only by id, as the CLI does', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('by-id'), limitUsd: '1', window: 'day', store });
    await (await budget.reserve('0.5')).settle('0.5');
    const outcome = await adjustBudget({
      store,
      budgetId: budget.id,
      action: 'top-up',
      amountUsd: '1.5',
      reason: 'invoice',
    });
    expect(outcome.before).toMatchObject({ limitUsd: '1', spentUsd: '0.5' });
    expect(outcome.after).toMatchObject({ limitUsd: '2.5', spentUsd: '0.5' });
    expect(await budget.status()).toMatchObject({ limitUsd: '2.5', remainingUsd: '2' });
  });

  it('never lets spend end over a lowered limit by more than was held when it came down', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('lower-race'), limitUsd: '1', store });
    await (await budget.reserve('0.3')).settle('0.3');
    const reserve = () => budget.reserve('0.01').catch(() => undefined);
    const first = Array.from({ length: 50 }, reserve);
    const change = store
      .adjust({
        adjustmentId: freshId('change'),
        link: chainLink(budget.id),
        action: 'set-limit',
        amountUsd: '0.2',
        now: Date.now(),
        reason: 'race',
      })
      .then((outcome) => outcome);
    const second = Array.from({ length: 50 }, reserve);
    const [outcome, ...held] = await Promise.all([change, ...first, ...second]);
    const admitted = held.filter(
      (reservation): reservation is Reservation => reservation !== undefined,
    );
    await Promise.all(admitted.map((reservation) => reservation.settle('0.01')));
    const ceiling = money(outcome.before.spentUsd).plus(outcome.before.reservedUsd);
    const status = await budget.status();
    expect(money(status.spentUsd).lte(ceiling.gt('0.2') ? ceiling : money('0.2'))).toBe(true);
    expect(status).toMatchObject({ limitUsd: '0.2', reservedUsd: '0', exceeded: true });
    expect(ledgerSpend(await budget.ledger({ kind: 'all', limit: 1000 }))).toBe(status.spentUsd);
  });

  it('explains spend by the ledger whatever the mix of calls and changes (property)', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('call' as const), cents: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant('credit' as const), cents: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('top-up' as const), cents: fc.integer({ min: 0, max: 20 }) }),
      fc.record({
        kind: fc.constant('set-limit' as const),
        cents: fc.integer({ min: 0, max: 150 }),
      }),
      fc.record({ kind: fc.constant('reset' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(step, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        async (batches) => {
          const store = await open();
          const parent = createBudget({ id: freshId('explain-parent'), limitUsd: '100', store });
          const budget: Budget = parent.child({ id: freshId('explain'), limitUsd: '1' });
          for (const batch of batches) {
            await Promise.all(
              batch.map(async (each) => {
                const amount = 'cents' in each ? (each.cents / 100).toFixed(2) : '0';
                const why = { reason: each.kind };
                if (each.kind === 'call') {
                  const reservation = await budget.reserve(amount).catch(() => undefined);
                  await reservation?.settle(amount);
                } else if (each.kind === 'credit') await budget.credit(amount, why);
                else if (each.kind === 'top-up') await budget.topUp(amount, why);
                else if (each.kind === 'set-limit') await budget.setLimit(amount, why);
                else await budget.reset(why);
              }),
            );
          }
          const status = await budget.status();
          expect(ledgerSpend(await budget.ledger({ kind: 'all', limit: 1000 }))).toBe(
            status.spentUsd,
          );
          expect(money(status.spentUsd).gte(0)).toBe(true);
          // Changes apply to one budget: the parent's spend is every settlement, nothing given back.
          const settled = await parent.ledger({ limit: 1000 });
          expect((await parent.status()).spentUsd).toBe(ledgerSpend(settled));
        },
      ),
      { numRuns: propertyRuns },
    );
  });
}
