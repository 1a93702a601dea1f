import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import type { BudgetStore, ChainLink } from '../store.js';
import { chainLink } from './chain-link.js';

/**
 * The rules that let a budget undo a reserve whose outcome it could not know (a timeout):
 * a reserve sent twice holds once, and a release that reaches the store before its
 * reserve leaves a tombstone, forgotten after the reservation's deadline. Registered by
 * `describeBudgetStore`.
 */
export function ambiguousCommandTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('holds a reserve sent twice only once', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('twice'), limitUsd: '1', store });
    const chain = [chainLink(budget.id)];
    const now = Date.now();
    const command = {
      reservationId: freshId('r'),
      chain,
      amountUsd: '0.3',
      now,
      expiresAt: now + 60_000,
    };
    expect(await store.reserve(command)).toEqual({ admitted: true, wouldRefuse: [] });
    expect(await store.reserve({ ...command, now: now + 1 })).toEqual({
      admitted: true,
      wouldRefuse: [],
    });
    expect((await budget.status()).reservedUsd).toBe('0.3');
    expect(await store.release({ reservationId: command.reservationId, chain, now: now + 2 })).toBe(
      true,
    );
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  it('holds nothing for a reserve that arrives after its own release', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('late'), limitUsd: '1', store });
    const chain = [chainLink(budget.id)];
    const now = Date.now();
    const reservationId = freshId('r');
    const expiresAt = now + 60_000;
    expect(await store.release({ reservationId, chain, now, expiresAt })).toBe(false);
    const late = await store.reserve({
      reservationId,
      chain,
      amountUsd: '0.4',
      now: now + 1,
      expiresAt,
    });
    expect(late).toMatchObject({
      admitted: false,
      ended: true,
      refusal: {
        budgetId: budget.id,
        limitUsd: '1',
        reservedUsd: '0',
        requestedUsd: '0.4',
        heldOnly: false,
      },
    });
    const settled = await store.settle({
      reservationId,
      chain,
      reservedUsd: '0.4',
      actualUsd: '0.4',
      now: now + 2,
      details: {},
    });
    expect(settled.applied).toBe(false);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
    // Another id is not affected.
    const other = { reservationId: freshId('r'), chain, amountUsd: '0.4', now: now + 3, expiresAt };
    expect(await store.reserve(other)).toMatchObject({ admitted: true });
    expect((await budget.status()).reservedUsd).toBe('0.4');
  });

  it('forgets a release tombstone once the reservation deadline has passed', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('tomb'), limitUsd: '1', store });
    const chain = [chainLink(budget.id)];
    const now = Date.now();
    const reservationId = freshId('r');
    await store.release({ reservationId, chain, now, expiresAt: now + 1000 });
    const early = { reservationId, chain, amountUsd: '0.2', now: now + 999, expiresAt: now + 1000 };
    expect(await store.reserve(early)).toMatchObject({ admitted: false, ended: true });
    await store.expire(now + 1000);
    // Past the deadline the tombstone is gone: the id is a stranger again.
    const later = {
      reservationId,
      chain,
      amountUsd: '0.2',
      now: now + 1000,
      expiresAt: now + 60_000,
    };
    expect(await store.reserve(later)).toMatchObject({ admitted: true });
    expect((await store.status(chain[0] as ChainLink, now + 1000))?.reservedUsd).toBe('0.2');
  });
}
