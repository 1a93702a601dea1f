import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type Budget, createBudget } from '../budget.js';
import { BudgetConflictError, BudgetExceededError, InvalidOptionsError } from '../errors.js';
import type { RefusedEvent } from '../events.js';
import { formatUsd, money, sumMoney } from '../money.js';
import type { BudgetStore } from '../store.js';
import { adminCrossingTests } from './admin-crossing-tests.js';
import { administrationMisuseTests } from './administration-misuse-tests.js';
import { administrationTests } from './administration-tests.js';
import { ambiguousCommandProperty, ambiguousCommandTests } from './ambiguous-command-tests.js';
import { anotherHandle } from './another-handle.js';
import { closedRefusalTests } from './closed-refusal-tests.js';
import { closedStoreTests } from './closed-store-tests.js';
import { flushInFlightTests } from './flush-in-flight-tests.js';
import { inheritedWindowTests } from './inherited-window-tests.js';
import { manualClock } from './manual-clock.js';
import { purgeTests } from './purge-tests.js';
import { storedTimeTests } from './stored-time-tests.js';
import { unserialisableInputTests } from './unserialisable-input-tests.js';

/** Options of the conformance suite. */
export interface DescribeBudgetStoreOptions {
  /** Runs of each property. @default 40 */
  propertyRuns?: number;
  /** Concurrent reservations in the concurrency test. @default 200 */
  concurrency?: number;
}

let counter = 0;
/** A budget id no other test (or earlier run against a persistent store) has used. */
function freshId(name: string): string {
  counter += 1;
  return `${name}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/**
 * The store conformance suite: every `BudgetStore` must pass it unchanged. Call it from
 * a Vitest test file with a factory that returns a fresh or shared store; the suite closes
 * every store it makes. Budget ids are unique per test, so a shared backend is fine.
 */
export function describeBudgetStore(
  name: string,
  makeStore: () => BudgetStore | Promise<BudgetStore>,
  options: DescribeBudgetStoreOptions = {},
): void {
  const propertyRuns = options.propertyRuns ?? 40;
  const concurrency = options.concurrency ?? 200;
  const opened: BudgetStore[] = [];
  const open = async () => {
    const store = await makeStore();
    opened.push(store);
    return store;
  };

  describe(`budget store conformance: ${name}`, () => {
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('holds, settles and reports exact figures', async () => {
      const budget = createBudget({ id: freshId('basic'), limitUsd: '1', store: await open() });
      const reservation = await budget.reserve('0.3');
      expect(await budget.status()).toMatchObject({
        spentUsd: '0',
        reservedUsd: '0.3',
        remainingUsd: '0.7',
        calls: 0,
      });
      const entry = await reservation.settle('0.125', {
        model: 'test-model',
        tokens: { input: 10 },
      });
      expect(entry).toMatchObject({
        reservedUsd: '0.3',
        actualUsd: '0.125',
        overrunUsd: '0',
        late: false,
      });
      expect(await budget.status()).toMatchObject({
        limitUsd: '1',
        spentUsd: '0.125',
        reservedUsd: '0',
        remainingUsd: '0.875',
        calls: 1,
        exceeded: false,
      });
    });

    it('makes ten settlements of 0.1 exactly 1', async () => {
      const budget = createBudget({ id: freshId('tenths'), limitUsd: 1, store: await open() });
      for (let index = 0; index < 10; index += 1) await (await budget.reserve(0.1)).settle(0.1);
      expect(await budget.status()).toMatchObject({
        spentUsd: '1',
        remainingUsd: '0',
        exceeded: true,
      });
      await expect(budget.reserve('0')).rejects.toBeInstanceOf(BudgetExceededError);
    });

    it('reserves across the whole chain or not at all', async () => {
      const store = await open();
      const root = createBudget({ id: freshId('root'), limitUsd: '1', store });
      const middle = root.child({ id: freshId('middle'), limitUsd: '5' });
      const leaf = middle.child({ id: freshId('leaf'), limitUsd: '0.5' });
      await leaf.reserve('0.4');
      expect((await root.status()).reservedUsd).toBe('0.4');
      const refusal = await leaf.reserve('0.2').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(BudgetExceededError);
      expect(refusal).toMatchObject({
        budgetId: leaf.id,
        limitUsd: '0.5',
        reservedUsd: '0.4',
        requestedUsd: '0.2',
      });
      const other = middle.child({ id: freshId('other'), limitUsd: '10' });
      const rootRefusal = await other.reserve('0.7').catch((error: unknown) => error);
      expect(rootRefusal).toMatchObject({
        code: 'BUDGET_EXCEEDED',
        budgetId: root.id,
        limitUsd: '1',
      });
      for (const budget of [root, middle, leaf, other]) {
        const expected = budget === other ? '0' : '0.4';
        expect((await budget.status()).reservedUsd).toBe(expected);
      }
    });

    it('records an overrun in full and refuses afterwards', async () => {
      const budget = createBudget({ id: freshId('overrun'), limitUsd: '1', store: await open() });
      const entry = await (await budget.reserve('0.5')).settle('1.25');
      expect(entry).toMatchObject({ reservedUsd: '0.5', actualUsd: '1.25', overrunUsd: '0.75' });
      expect(await budget.status()).toMatchObject({
        spentUsd: '1.25',
        remainingUsd: '0',
        exceeded: true,
      });
      await expect(budget.reserve('0.01')).rejects.toMatchObject({
        code: 'BUDGET_EXCEEDED',
        spentUsd: '1.25',
      });
    });

    it('ends every reservation exactly once', async () => {
      const budget = createBudget({ id: freshId('once'), limitUsd: '1', store: await open() });
      const settled = await budget.reserve('0.2');
      const first = await settled.settle('0.1');
      expect(await settled.settle('0.15')).toEqual(first);
      expect(await settled.release()).toBe(false);
      const released = await budget.reserve('0.3');
      expect(await released.release()).toBe(true);
      expect(await released.release()).toBe(false);
      expect(await released.settle('0.3')).toBeUndefined();
      expect(await budget.status()).toMatchObject({ spentUsd: '0.1', reservedUsd: '0', calls: 1 });
    });

    it('expires reservations after their time-to-live and charges a late settlement', async () => {
      const clock = manualClock();
      const budget = createBudget({
        id: freshId('ttl'),
        limitUsd: '1',
        ttlMs: 1000,
        store: await open(),
        clock,
      });
      const reservation = await budget.reserve('0.6');
      clock.advance(999);
      expect((await budget.status()).reservedUsd).toBe('0.6');
      clock.advance(1);
      expect((await budget.status()).reservedUsd).toBe('0');
      await (await budget.reserve('0.5')).settle('0.5');
      const late = await reservation.settle('0.2');
      expect(late).toMatchObject({ late: true, actualUsd: '0.2' });
      expect(await budget.status()).toMatchObject({ spentUsd: '0.7', reservedUsd: '0', calls: 2 });
    });

    it('resets spend at each window start', async () => {
      const clock = manualClock(Date.UTC(2026, 0, 5, 0, 0, 30));
      const budget = createBudget({
        id: freshId('window'),
        limitUsd: '1',
        window: { seconds: 60 },
        store: await open(),
        clock,
      });
      await (await budget.reserve('0.9')).settle('0.9');
      const held = await budget.reserve('0.1');
      expect(await budget.status()).toMatchObject({
        spentUsd: '0.9',
        resetsAt: '2026-01-05T00:01:00.000Z',
      });
      clock.advance(30_000);
      expect(await budget.status()).toMatchObject({
        spentUsd: '0',
        reservedUsd: '0.1',
        calls: 0,
        resetsAt: '2026-01-05T00:02:00.000Z',
      });
      await held.settle('0.05');
      expect(await budget.status()).toMatchObject({ spentUsd: '0.05', reservedUsd: '0', calls: 1 });
    });

    it('attaches to an existing budget by id and rejects a conflicting definition', async () => {
      const store = await open();
      const id = freshId('attach');
      const first = createBudget({ id, limitUsd: '1', window: 'day', store });
      await (await first.reserve('0.25')).settle('0.25');
      const second = createBudget({
        id,
        limitUsd: '2',
        window: 'day',
        store: anotherHandle(store),
      });
      expect(await second.status()).toMatchObject({ spentUsd: '0.25', limitUsd: '2' });
      const conflicting = createBudget({
        id,
        limitUsd: '2',
        window: 'month',
        store: anotherHandle(store),
      });
      await expect(conflicting.status()).rejects.toBeInstanceOf(BudgetConflictError);
      const parent = createBudget({
        id: freshId('parent'),
        limitUsd: '5',
        store: anotherHandle(store),
      });
      await expect(
        parent.child({ id, limitUsd: '1', window: 'day' }).status(),
      ).rejects.toMatchObject({ code: 'BUDGET_CONFLICT' });
    });

    it('reports what shadow mode would refuse without refusing', async () => {
      const budget = createBudget({
        id: freshId('shadow'),
        limitUsd: '0.1',
        enforce: false,
        store: await open(),
      });
      const refused: RefusedEvent[] = [];
      budget.on('refused', (event) => refused.push(event));
      await (await budget.reserve('0.5')).settle('0.5');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({
        enforced: false,
        refusal: { budgetId: budget.id, requestedUsd: '0.5' },
      });
      expect(await budget.status()).toMatchObject({ spentUsd: '0.5', exceeded: true });
    });

    it('writes a ledger entry per settlement with its chain and details', async () => {
      const store = await open();
      const parent = createBudget({ id: freshId('ledger-parent'), limitUsd: '1', store });
      const leaf = parent.child({ id: freshId('ledger-leaf'), limitUsd: '1' });
      await (await leaf.reserve('0.2', { metadata: { user: 'u1' } })).settle('0.1', {
        model: 'm',
        pricingVersion: 'v1',
        tokens: { input: 3, output: 4 },
      });
      const [entry] = await parent.ledger();
      expect(entry).toMatchObject({
        budgetId: leaf.id,
        chain: [leaf.id, parent.id],
        reservedUsd: '0.2',
        actualUsd: '0.1',
        details: {
          model: 'm',
          pricingVersion: 'v1',
          tokens: { input: 3, output: 4 },
          metadata: { user: 'u1' },
        },
      });
    });

    it('reads the ledger by a checked query: kind, whole-number limit, budget id', async () => {
      const store = await open();
      const budget = createBudget({ id: freshId('ledger-query'), limitUsd: '1', store });
      await (await budget.reserve('0.2')).settle('0.1');
      await budget.topUp('1', { reason: 'more' });
      const misuses: [unknown, string][] = [
        [
          { kind: 'adjustments' },
          'kind: expected one of settlement, adjustment, all, received "adjustments"; did you mean adjustment?',
        ],
        [{ kind: 'bogus' }, 'kind: expected one of settlement, adjustment, all, received "bogus"'],
        [
          { limit: -1 },
          'limit: expected a whole number of entries, 0 or more, received -1 (number)',
        ],
        [
          { limit: Number.NaN },
          'limit: expected a whole number of entries, 0 or more, received NaN (number)',
        ],
        [
          { limit: 2.5 },
          'limit: expected a whole number of entries, 0 or more, received 2.5 (number)',
        ],
        [{ limit: '10' }, 'limit: expected a whole number of entries, 0 or more, received "10"'],
        [
          { limt: 10 },
          'limt: expected a documented option, received unknown option "limt"; did you mean limit?',
        ],
        [{ budgetId: 7 }, 'budgetId: expected string, received 7 (number)'],
        ['all', '(options): expected object, received "all"'],
        [null, '(options): expected object, received null'],
      ];
      for (const [query, message] of misuses) {
        const error = await store.ledger(query as never).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(InvalidOptionsError);
        expect((error as Error).message).toBe(`Invalid store.ledger options: ${message}`);
      }
      const mine = { budgetId: budget.id };
      expect(await store.ledger({ ...mine, limit: 0 })).toEqual([]);
      expect((await store.ledger({ ...mine, kind: 'adjustment' })).map((e) => e.kind)).toEqual([
        'adjustment',
      ]);
      expect(
        await store.ledger({ ...mine, kind: undefined, limit: undefined } as never),
      ).toHaveLength(2);
    });

    it(`never admits more than the limit with ${concurrency} concurrent reservations`, async () => {
      const store = await open();
      const root = createBudget({ id: freshId('crowd-root'), limitUsd: '1', store });
      const leaves = [
        root.child({ id: freshId('crowd-a'), limitUsd: '1' }),
        root.child({ id: freshId('crowd-b'), limitUsd: '1' }),
      ];
      const attempts = await Promise.allSettled(
        Array.from({ length: concurrency }, (_, index) =>
          (leaves[index % 2] as Budget).reserve('0.01'),
        ),
      );
      const admitted = attempts.flatMap((attempt) =>
        attempt.status === 'fulfilled' ? [attempt.value] : [],
      );
      expect(admitted).toHaveLength(Math.min(100, concurrency));
      await Promise.all(admitted.map((reservation) => reservation.settle('0.01')));
      expect(await root.status()).toMatchObject({
        spentUsd: formatUsd(money('0.01').times(admitted.length)),
        reservedUsd: '0',
      });
    });

    ambiguousCommandTests(open, freshId);
    ambiguousCommandProperty(open, freshId, propertyRuns);
    unserialisableInputTests(open, freshId);
    closedStoreTests(open, freshId);
    closedRefusalTests(open, freshId);
    flushInFlightTests(open, freshId, propertyRuns);
    administrationTests(open, freshId, propertyRuns);
    adminCrossingTests(open, freshId);
    administrationMisuseTests(open, freshId);
    purgeTests(open, freshId, propertyRuns);
    storedTimeTests(open, freshId);

    inheritedWindowTests(open, freshId);

    it('keeps every limit under random interleavings (property)', async () => {
      const amount = fc.integer({ min: 0, max: 40 }).map((cents) => (cents / 100).toFixed(2));
      const operation = fc.oneof(
        fc.record({ kind: fc.constant('reserve' as const), leaf: fc.nat(3), amount }),
        fc.record({
          kind: fc.constant('settle' as const),
          pick: fc.nat(),
          fraction: fc.integer({ min: 0, max: 100 }),
        }),
        fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(operation, { minLength: 1, maxLength: 6 }), {
            minLength: 1,
            maxLength: 8,
          }),
          fc.integer({ min: 1, max: 3 }),
          async (batches, depth) => {
            const store = await open();
            const root = createBudget({ id: freshId('prop-root'), limitUsd: '1', store });
            const mid =
              depth >= 2 ? root.child({ id: freshId('prop-mid'), limitUsd: '0.7' }) : root;
            const leaves =
              depth === 3
                ? [
                    mid.child({ id: freshId('prop-l1'), limitUsd: '0.4' }),
                    mid.child({ id: freshId('prop-l2'), limitUsd: '0.5' }),
                  ]
                : [mid];
            const budgets = [...new Set([root, mid, ...leaves])];
            const held: {
              reservation: Awaited<ReturnType<typeof root.reserve>>;
              amount: string;
            }[] = [];
            const charged = new Map<string, string[]>();
            for (const batch of batches) {
              await Promise.all(
                batch.map(async (step) => {
                  if (step.kind === 'reserve') {
                    const leaf = leaves[step.leaf % leaves.length] as Budget;
                    const reservation = await leaf.reserve(step.amount).catch(() => undefined);
                    if (reservation !== undefined) held.push({ reservation, amount: step.amount });
                    return;
                  }
                  const taken = held.splice(step.pick % Math.max(held.length, 1), 1)[0];
                  if (taken === undefined) return;
                  if (step.kind === 'release') {
                    await taken.reservation.release();
                    return;
                  }
                  const actual = formatUsd(
                    money(taken.amount).times(step.fraction).div(100).round(12, 0),
                  );
                  await taken.reservation.settle(actual);
                  for (const id of taken.reservation.chain)
                    charged.set(id, [...(charged.get(id) ?? []), actual]);
                }),
              );
            }
            for (const budget of budgets) {
              const status = await budget.status();
              const outstanding = held.filter((entry) =>
                entry.reservation.chain.includes(budget.id),
              );
              expect(money(status.spentUsd).lte(money(status.limitUsd))).toBe(true);
              expect(status.spentUsd).toBe(
                formatUsd(sumMoney((charged.get(budget.id) ?? []).map(money))),
              );
              expect(status.reservedUsd).toBe(
                formatUsd(sumMoney(outstanding.map((entry) => money(entry.amount)))),
              );
            }
            await Promise.all(held.map((entry) => entry.reservation.release()));
            for (const budget of budgets) {
              const status = await budget.status();
              expect(status.reservedUsd).toBe('0');
              expect(status.remainingUsd).toBe(
                formatUsd(money(status.limitUsd).minus(status.spentUsd)),
              );
            }
          },
        ),
        { numRuns: propertyRuns },
      );
    });
  });
}
