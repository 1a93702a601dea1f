import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { formatUsd, money } from '../money.js';
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

type Step =
  | { kind: 'reserve'; id: number; cents: number }
  | { kind: 'release'; id: number }
  | { kind: 'settle'; id: number };

/**
 * Random reserves (repeated ids included), releases before or after their reserve, and
 * settles, issued a few at a time, against a model: a held id holds once, a released id
 * never holds again, and the store's figures always equal the model's.
 */
export function ambiguousCommandProperty(
  open: () => Promise<BudgetStore>,
  freshId: (name: string) => string,
  propertyRuns: number,
): void {
  it('keeps figures exact under replayed reserves and early releases (property)', async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('reserve' as const),
        id: fc.nat(5),
        cents: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({ kind: fc.constant('release' as const), id: fc.nat(5) }),
      fc.record({ kind: fc.constant('settle' as const), id: fc.nat(5) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        async (batches) => {
          const store = await open();
          const budget = createBudget({ id: freshId('replay'), limitUsd: '1', store });
          await budget.status();
          const chain = [chainLink(budget.id)];
          const ids = Array.from({ length: 6 }, () => freshId('r'));
          const state = new Map<number, { status: 'held' | 'ended' | 'settled'; cents: number }>();
          let spent = 0;
          const reserved = () =>
            [...state.values()].reduce(
              (sum, entry) => sum + (entry.status === 'held' ? entry.cents : 0),
              0,
            );
          const now = Date.now();
          const command = (s: Step) => ({
            reservationId: ids[s.id] as string,
            chain,
            now,
            expiresAt: now + 600_000,
          });
          for (const batch of batches) {
            const sent: Promise<unknown>[] = [];
            for (const s of batch) {
              const known = state.get(s.id);
              if (known?.status === 'settled') continue; // stores differ on what a settled id is later
              if (s.kind === 'reserve') {
                sent.push(
                  Promise.resolve(
                    store.reserve({ ...command(s), amountUsd: (s.cents / 100).toFixed(2) }),
                  ),
                );
                if (known === undefined && spent + reserved() + s.cents <= 100)
                  state.set(s.id, { status: 'held', cents: s.cents });
              } else if (s.kind === 'release') {
                sent.push(Promise.resolve(store.release(command(s))));
                state.set(s.id, { status: 'ended', cents: 0 });
              } else if (known?.status === 'held') {
                const actual = (known.cents / 200).toFixed(3);
                sent.push(
                  Promise.resolve(
                    store.settle({
                      ...command(s),
                      reservedUsd: '0',
                      actualUsd: actual,
                      details: {},
                    }),
                  ),
                );
                spent += known.cents / 2;
                state.set(s.id, { status: 'settled', cents: 0 });
              }
            }
            await Promise.all(sent);
            const status = await store.status(chain[0] as ChainLink, now);
            expect(status?.reservedUsd).toBe(formatUsd(money(reserved()).div(100)));
            expect(status?.spentUsd).toBe(formatUsd(money(spent).div(100)));
          }
        },
      ),
      { numRuns: propertyRuns },
    );
  });
}
