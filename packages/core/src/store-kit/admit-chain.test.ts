import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChainLink } from '../store.js';
import { chainLink } from '../testing/chain-link.js';
import { type AdmissionFigures, admitChain } from './admit-chain.js';

interface Budget extends AdmissionFigures {
  id: string;
}

function link(id: string, enforce = true): ChainLink {
  return { ...chainLink(id), enforce };
}

function budget(id: string, limit: bigint, spent = 0n, reserved = 0n): Budget {
  return { id, limit, spent, reserved, closedAt: null };
}

/** Admits on `budgets` (leaf first) through links that enforce as asked. */
function admit(budgets: Budget[], amount: bigint, enforce: boolean[] = []) {
  const byId = new Map(budgets.map((each) => [each.id, each]));
  const touched: Budget[] = [];
  const chain = budgets.map((each, index) => link(each.id, enforce[index] ?? true));
  const outcome = admitChain(
    chain,
    (l) => byId.get(l.id) as Budget,
    amount,
    String(amount),
    touched,
  );
  return { outcome, touched };
}

describe('admitChain', () => {
  it('holds the amount on every link when each has room, and on none when one has not', () => {
    const leaf = budget('leaf', 10n);
    const root = budget('root', 5n, 2n);
    expect(admit([leaf, root], 3n).outcome).toEqual({ admitted: true, wouldRefuse: [] });
    expect([leaf.reserved, root.reserved]).toEqual([3n, 3n]);
    const refused = admit([leaf, root], 1n);
    expect(refused.outcome).toMatchObject({
      admitted: false,
      refusal: { budgetId: 'root', limitUsd: '0.000000000005', spentUsd: '0.000000000002' },
    });
    expect([leaf.reserved, root.reserved]).toEqual([3n, 3n]);
  });

  it('says a refusal is held-only when the holds of other calls are all that stand in the way', () => {
    const held = budget('held', 10n, 2n, 7n);
    expect(admit([held], 5n).outcome).toMatchObject({ refusal: { heldOnly: true } });
    expect(admit([budget('spent', 10n, 8n)], 5n).outcome).toMatchObject({
      refusal: { heldOnly: false },
    });
  });

  it('reads the figures through an object with a touch method as through a function', () => {
    const leaf = budget('leaf', 10n);
    const root = budget('root', 5n, 2n);
    const byId = new Map([leaf, root].map((each) => [each.id, each]));
    const touched: Budget[] = [];
    const budgets = { touch: (l: ChainLink) => byId.get(l.id) as Budget };
    const outcome = admitChain([link('leaf'), link('root')], budgets, 3n, '3', touched);
    expect(outcome).toEqual({ admitted: true, wouldRefuse: [] });
    expect(touched).toEqual([leaf, root]);
    expect([leaf.reserved, root.reserved]).toEqual([3n, 3n]);
  });

  it('refuses once spend has reached the limit, even a zero amount', () => {
    expect(admit([budget('full', 10n, 10n)], 0n).outcome).toMatchObject({ admitted: false });
    expect(admit([budget('room', 10n, 9n)], 0n).outcome).toMatchObject({ admitted: true });
  });

  it('lists shadow links that would refuse and still holds on all of them', () => {
    const leaf = budget('leaf', 10n);
    const shadow = budget('shadow', 1n);
    const { outcome } = admit([leaf, shadow], 4n, [true, false]);
    expect(outcome).toMatchObject({ admitted: true, wouldRefuse: [{ budgetId: 'shadow' }] });
    expect([leaf.reserved, shadow.reserved]).toEqual([4n, 4n]);
  });

  it('refuses on a closed link, shadow or not, and reads no link after a refusal', () => {
    const leaf = budget('leaf', 10n);
    const closed = { ...budget('closed', 10n), closedAt: 5 };
    const root = budget('root', 10n);
    const { outcome, touched } = admit([leaf, closed, root], 1n, [true, false, true]);
    expect(outcome).toMatchObject({
      admitted: false,
      closed: true,
      refusal: { budgetId: 'closed', heldOnly: false },
    });
    expect(touched.map((each) => each.id)).toEqual(['leaf', 'closed']);
    expect(leaf.reserved).toBe(0n);
  });

  it('never lets an enforcing budget hold and spend beyond its limit, whatever the requests', () => {
    // Small scales, and no spend as often as some, so holds meet limits within a few requests.
    const figures = fc.record({
      limit: fc.bigInt({ min: 0n, max: 10n ** 6n }),
      spent: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 6n })),
      enforce: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(figures, { minLength: 1, maxLength: 4 }),
        fc.array(fc.bigInt({ min: 0n, max: 4n * 10n ** 5n }), { minLength: 1, maxLength: 30 }),
        (links, amounts) => {
          const budgets = links.map((each, index) => budget(`b${index}`, each.limit, each.spent));
          const enforce = links.map((each) => each.enforce);
          for (const amount of amounts) {
            const before = budgets.map((each) => each.reserved);
            const { outcome } = admit(budgets, amount, enforce);
            const fits = budgets.every(
              (each, index) =>
                !enforce[index] ||
                (each.spent < each.limit &&
                  each.spent + (before[index] as bigint) + amount <= each.limit),
            );
            expect(outcome.admitted).toBe(fits);
            budgets.forEach((each, index) => {
              const expected = (before[index] as bigint) + (fits ? amount : 0n);
              expect(each.reserved).toBe(expected);
              // An enforcing budget that holds anything holds it within its limit.
              if (enforce[index] && each.reserved > 0n)
                expect(each.spent + each.reserved <= each.limit).toBe(true);
            });
          }
        },
      ),
    );
  });
});
