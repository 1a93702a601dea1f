import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { InvalidOptionsError, StoreUnavailableError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { newReservationId } from './reservation-id.js';
import type { BudgetStore } from './store.js';

type Command = 'reserve' | 'settle' | 'release';

/**
 * A memory store whose hot-path commands answer the way a test asks: at once (as the
 * memory store does), through a promise (as a store across a connection does), or by
 * throwing at once.
 */
function answering(mode: 'at once' | 'promise', failing?: { command: Command; error: Error }) {
  const inner = memoryStore();
  const delegate = <Name extends keyof BudgetStore>(name: Name) =>
    (inner[name] as (...args: unknown[]) => unknown).bind(inner);
  const answer = (command: Command) => {
    const run = (argument: unknown) => {
      if (failing?.command === command) throw failing.error;
      return delegate(command)(argument);
    };
    return mode === 'at once' ? run : async (argument: unknown) => run(argument);
  };
  return {
    kind: 'memory',
    define: delegate('define'),
    reserve: answer('reserve'),
    settle: answer('settle'),
    release: answer('release'),
    status: delegate('status'),
    expire: delegate('expire'),
    adjust: delegate('adjust'),
    list: delegate('list'),
    find: delegate('find'),
    purge: delegate('purge'),
    ledger: delegate('ledger'),
    close: delegate('close'),
  } as BudgetStore;
}

describe('stores that answer at once or later', () => {
  it.each(['at once', 'promise'] as const)(
    'holds, settles and releases the same when the store answers %s',
    async (mode) => {
      const budget = createBudget({
        id: `b-${mode.replace(' ', '-')}`,
        limitUsd: '1',
        store: answering(mode),
      });
      const first = await budget.reserve('0.4');
      const second = await budget.reserve('0.4');
      await expect(budget.reserve('0.4')).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
      expect(await first.settle('0.25')).toMatchObject({ actualUsd: '0.25', reservedUsd: '0.4' });
      expect(await second.release()).toBe(true);
      expect(await budget.status()).toMatchObject({ spentUsd: '0.25', reservedUsd: '0', calls: 1 });
    },
  );

  it.each(['at once', 'promise'] as const)(
    'treats a store that fails %s with a plain error as unreachable, and keeps the settle to retry',
    async (mode) => {
      const down = { command: 'reserve' as Command, error: new Error('socket closed') };
      const refusing = createBudget({
        id: `r-${mode.replace(' ', '-')}`,
        limitUsd: '1',
        store: answering(mode, down),
      });
      await expect(refusing.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);

      const settleDown = { command: 'settle' as Command, error: new Error('socket closed') };
      const budget = createBudget({
        id: `s-${mode.replace(' ', '-')}`,
        limitUsd: '1',
        store: answering(mode, settleDown),
      });
      const pending: unknown[] = [];
      budget.on('settlement-pending', (event) => pending.push(event));
      const reservation = await budget.reserve('0.1');
      // The settlement is kept and retried, and the caller gets the entry it will write.
      expect(await reservation.settle('0.05')).toMatchObject({ actualUsd: '0.05' });
      expect(pending).toHaveLength(1);
    },
  );

  it('passes a typed error a store throws at once straight to the caller, the hold kept', async () => {
    const invalid = new InvalidOptionsError('bad details', []);
    const budget = createBudget({
      id: 'typed',
      limitUsd: '1',
      store: answering('at once', { command: 'settle', error: invalid }),
    });
    const reservation = await budget.reserve('0.1');
    await expect(reservation.settle('0.05')).rejects.toBe(invalid);
    expect(reservation.state).toBe('held');
    expect(await reservation.release()).toBe(true);
  });
});

describe('reservation ids', () => {
  it('are unique and carry a random part drawn once per process', () => {
    const ids = Array.from({ length: 10_000 }, () => newReservationId());
    expect(new Set(ids).size).toBe(ids.length);
    const prefixes = new Set(ids.map((id) => id.slice(0, id.lastIndexOf('.'))));
    expect(prefixes.size).toBe(1);
    // 96 random bits as base64url, then the counter in base 36.
    expect([...prefixes][0]).toMatch(/^[A-Za-z0-9_-]{16}$/);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}\.[0-9a-z]+$/);
  });
});
