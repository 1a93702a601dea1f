import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { SettlementLostError, StoreInvalidError } from '../errors.js';
import type { BudgetEvent } from '../events.js';
import type { BudgetStore } from '../store.js';
import { chainLink } from './chain-link.js';

/**
 * A store used after `close()` fails every command with `STORE_INVALID`, never the
 * transient `STORE_UNAVAILABLE`: a closed store does not come back, so a budget with
 * `onStoreError: 'allow'` must not let calls through on it, and its settlements must not be
 * retried until lost: each is lost at once (a `settlement-lost` event, and `flush()` rejects
 * with `SettlementLostError`). Registered by `describeBudgetStore`.
 */
export function closedStoreTests(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
): void {
  it('fails every command after close() with STORE_INVALID saying it was closed', async () => {
    const store = await open();
    const budget = createBudget({ id: freshId('closed'), limitUsd: '1', store });
    await budget.status();
    const link = chainLink(budget.id);
    const chain = [link];
    const now = Date.now();
    const reservationId = freshId('r');
    await store.reserve({ reservationId, chain, amountUsd: '0.1', now, expiresAt: now + 60_000 });
    await store.close();

    // A store may answer at once and throw at once: both count as the command failing.
    const commands: Record<string, () => unknown> = {
      define: () => store.define(link, now),
      reserve: () =>
        store.reserve({
          reservationId: freshId('r'),
          chain,
          amountUsd: '0.1',
          now,
          expiresAt: now + 60_000,
        }),
      settle: () =>
        store.settle({
          reservationId,
          chain,
          reservedUsd: '0.1',
          actualUsd: '0.1',
          now,
          details: {},
        }),
      release: () => store.release({ reservationId, chain, now }),
      status: () => store.status(link, now),
      expire: () => store.expire(now),
      adjust: () =>
        store.adjust({
          adjustmentId: freshId('a'),
          link,
          action: 'top-up',
          amountUsd: '1',
          now,
          reason: 'after close',
        }),
      list: () => store.list(),
      find: () => store.find(budget.id),
      purge: () => store.purge({ closedBefore: now }),
      ledger: () => store.ledger(),
    };
    for (const [name, command] of Object.entries(commands)) {
      const error = await (async () => command())().then(
        () => new Error(`${name} succeeded on a closed store`),
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(StoreInvalidError);
      expect(error, name).toMatchObject({
        code: 'STORE_INVALID',
        message: expect.stringMatching(/closed/),
      });
    }
    // Closing again is harmless.
    await expect(store.close()).resolves.toBeUndefined();
  });

  it("refuses calls on a closed store even with onStoreError: 'allow', and retries nothing", async () => {
    const store = await open();
    const events: BudgetEvent[] = [];
    const budget = createBudget({
      id: freshId('closed-allow'),
      limitUsd: '0.01',
      store,
      onStoreError: 'allow',
      retryTimeoutMs: 60_000,
    });
    for (const type of ['store-unavailable', 'settlement-pending', 'settlement-lost'] as const) {
      budget.on(type, (event) => events.push(event));
    }
    const held = await budget.reserve('0.005');
    await store.close();

    // A budget the store knew, and one it never saw (its definition fails first).
    const unseen = budget.child({ id: freshId('closed-allow-child'), limitUsd: '0.01' });
    for (const each of [budget, unseen]) {
      const refusal = await each.reserve('1').then(
        (reservation) => new Error(`admitted ${reservation.id} (backed: ${reservation.backed})`),
        (caught: unknown) => caught,
      );
      expect(refusal).toBeInstanceOf(StoreInvalidError);
      expect(refusal).toMatchObject({ code: 'STORE_INVALID' });
    }
    // A call in flight when the store closed cannot settle: it says so at once, and is not
    // kept to be retried against a store that will never answer. Nor is it silent where the
    // caller is not the one told: it is lost, reported as a settlement given up is.
    await expect(held.settle('0.005')).rejects.toMatchObject({ code: 'STORE_INVALID' });
    await expect(held.release()).rejects.toMatchObject({ code: 'STORE_INVALID' });
    const lost = { reservationId: held.id, budgetId: budget.id, attempts: 1 };
    const failure = await budget.flush().then(
      () => new Error('flush resolved'),
      (caught: unknown) => caught,
    );
    expect(failure).toBeInstanceOf(SettlementLostError);
    expect(failure).toMatchObject({
      total: 2,
      lost: [
        { kind: 'settle', actualUsd: '0.005', ...lost, error: expect.any(StoreInvalidError) },
        { kind: 'release', actualUsd: '0', ...lost, error: expect.any(StoreInvalidError) },
      ],
    });
    expect(events.map((event) => [event.type, 'actualUsd' in event && event.actualUsd])).toEqual([
      ['settlement-lost', '0.005'],
      ['settlement-lost', '0'],
    ]);
    await expect(budget.flush()).resolves.toBeUndefined();
  });
}
