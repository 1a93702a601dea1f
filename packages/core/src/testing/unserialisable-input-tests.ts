import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { InvalidOptionsError } from '../errors.js';
import type { BudgetStore, Metadata, SettlementDetails } from '../store.js';
import { chainLink } from './chain-link.js';

/**
 * Metadata and settlement details that JSON cannot carry get `InvalidOptionsError` from the
 * store itself (custom use of the store API), never `STORE_UNAVAILABLE`, and change
 * nothing. Registered by `describeBudgetStore`.
 */
export function unserialisableInputTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('rejects metadata and details JSON cannot carry with a typed error, changing nothing', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('json'), limitUsd: '1', store });
    const chain = [chainLink(budget.id)];
    const now = Date.now();
    // A store may answer at once and throw at once: both count as the command failing.
    const reserve = async (metadata: unknown) =>
      store.reserve({
        reservationId: freshId('r'),
        chain,
        amountUsd: '0.1',
        now,
        expiresAt: now + 60_000,
        metadata: metadata as Metadata,
      });
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    for (const [metadata, path] of [
      [{ user: 10n }, 'metadata.user'],
      [{ nested: cycle }, 'metadata.nested.self'],
      [{ ratio: Number.NaN }, 'metadata.ratio'],
      [{ callback: () => 1 }, 'metadata.callback'],
    ] as const) {
      const error = await reserve(metadata).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect(error).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path }] });
    }
    expect((await budget.status()).reservedUsd).toBe('0');

    const reservationId = freshId('r');
    await store.reserve({ reservationId, chain, amountUsd: '0.1', now, expiresAt: now + 60_000 });
    const settle = async (details: unknown) =>
      store.settle({
        reservationId,
        chain,
        reservedUsd: '0.1',
        actualUsd: '0.05',
        now,
        details: details as SettlementDetails,
      });
    for (const details of [
      { tokens: { input: 10n } },
      { metadata: { at: new Date(0) } },
      { tokens: { output: Number.POSITIVE_INFINITY } },
    ]) {
      await expect(settle(details)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    }
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0.1', calls: 0 });
    // The store is not broken: the same reservation settles with good details.
    const settled = await settle({
      tokens: { input: 10 },
      metadata: { user: 'u1', missing: undefined },
    });
    expect(settled).toMatchObject({ applied: true, entry: { actualUsd: '0.05' } });
    expect(await budget.status()).toMatchObject({ spentUsd: '0.05', reservedUsd: '0', calls: 1 });
  });
}
