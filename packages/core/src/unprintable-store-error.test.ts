import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { StoreUnavailableError } from './errors.js';
import type { SettlementPendingEvent } from './events.js';
import { memoryStore } from './memory-store.js';
import type { BudgetStore } from './store.js';

type Command = 'reserve' | 'settle' | 'release' | 'status' | 'find' | 'ledger';

const storeMethods = [
  'define',
  'reserve',
  'settle',
  'release',
  'status',
  'expire',
  'adjust',
  'list',
  'find',
  'purge',
  'ledger',
  'close',
] as const;

/** A custom store (built as a store-kit user would) whose `command` rejects with `value` while armed. */
function rejecting(command: Command) {
  const inner = memoryStore();
  const state = { armed: 0, value: undefined as unknown };
  const store = { kind: 'custom' } as Record<string, unknown>;
  for (const name of storeMethods) store[name] = inner[name].bind(inner);
  const original = store[command] as (...args: unknown[]) => unknown;
  store[command] = async (...args: unknown[]) => {
    if (state.armed-- > 0) throw state.value;
    return original(...args);
  };
  return { store: store as unknown as BudgetStore, state };
}

// Values String() throws for: what a careless custom store may reject with.
const unprintable: [string, () => unknown][] = [
  ['an object without a prototype', () => Object.create(null)],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('no');
      },
    }),
  ],
  [
    'a Proxy whose traps throw',
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
          getPrototypeOf() {
            throw new Error('trap');
          },
        },
      ),
  ],
];

describe('a store that rejects with a value String() cannot print', () => {
  it.each(unprintable)('reports %s as StoreUnavailableError', async (_, value) => {
    for (const command of ['reserve', 'status', 'find', 'ledger'] as const) {
      const { store, state } = rejecting(command);
      const parent = createBudget({ id: 'p', limitUsd: '10', store });
      const budget = parent.child({ id: 'c', limitUsd: '1' });
      await budget.ready();
      Object.assign(state, { armed: 1, value: value() });
      const attempt =
        command === 'reserve'
          ? budget.reserve('0.1')
          : command === 'ledger'
            ? budget.ledger()
            : budget.status();
      await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
    }
  });

  it.each(unprintable)(
    'retries a settle the store rejected with %s until it lands',
    async (_, value) => {
      const { store, state } = rejecting('settle');
      const budget = createBudget({ id: 'b', limitUsd: '10', store });
      const pending: SettlementPendingEvent[] = [];
      budget.on('settlement-pending', (event) => pending.push(event));
      const reservation = await budget.reserve('0.2');
      Object.assign(state, { armed: 1, value: value() });
      await expect(reservation.settle('0.1')).resolves.toMatchObject({ actualUsd: '0.1' });
      expect(pending.map((event) => event.error)).toEqual([expect.any(StoreUnavailableError)]);
      await budget.flush();
      expect(await budget.status()).toMatchObject({ spentUsd: '0.1', reservedUsd: '0', calls: 1 });
    },
  );

  it.each(unprintable)(
    'retries a release the store rejected with %s until it lands',
    async (_, value) => {
      const { store, state } = rejecting('release');
      const budget = createBudget({ id: 'b', limitUsd: '10', store });
      const reservation = await budget.reserve('0.2');
      Object.assign(state, { armed: 1, value: value() });
      await reservation.release();
      await budget.flush();
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    },
  );

  it('is typed whatever value the store rejects with', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withObjectString: true }),
        async (value) => {
          const { store, state } = rejecting('status');
          const budget = createBudget({ id: 'b', limitUsd: '1', store });
          await budget.ready();
          Object.assign(state, { armed: 1, value });
          const error: unknown = await budget.status().then(
            () => undefined,
            (failure: unknown) => failure,
          );
          expect(error).toBeInstanceOf(StoreUnavailableError);
        },
      ),
      { numRuns: 50 },
    );
  });
});
