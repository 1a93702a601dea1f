import { describe, expect, it, vi } from 'vitest';
import { createBudget } from './budget.js';
import {
  BudgetExceededError,
  InvalidAmountError,
  InvalidBudgetIdError,
  InvalidOptionsError,
  StoreUnavailableError,
} from './errors.js';
import type { BudgetEvent } from './events.js';
import { memoryStore } from './memory-store.js';
import type { BudgetStore } from './store.js';
import { scriptedStore } from './test-support/scripted-store.js';
import { anotherHandle } from './testing/another-handle.js';
import { manualClock } from './testing/manual-clock.js';

function record(budget: ReturnType<typeof createBudget>): BudgetEvent[] {
  const events: BudgetEvent[] = [];
  for (const name of [
    'reserved',
    'settled',
    'released',
    'refused',
    'threshold',
    'exceeded',
  ] as const) {
    budget.on(name, (event) => events.push(event));
  }
  return events;
}

describe('createBudget options', () => {
  it.each([
    [{ id: 'a', limitUsd: -1 }, 'limitUsd'],
    [{ id: 'a', limitUsd: Number.NaN }, 'limitUsd'],
    [{ id: 'a', limitUsd: Number.POSITIVE_INFINITY }, 'limitUsd'],
    [{ id: 'a', limitUsd: '1e3' }, 'limitUsd'],
    [{ id: 'a', limitUsd: '1', ttlMs: 0 }, 'ttlMs'],
    [{ id: 'a', limitUsd: '1', window: 'year' }, 'window'],
    [{ id: 'a', limitUsd: '1', thresholds: [-0.5] }, 'thresholds.0'],
    [{ id: 'a', limitUsd: '1', limit: 5 }, 'limit'],
    [{ id: 'a', limitUsd: '1', store: {} }, 'store'],
  ])('rejects %j with a typed error naming %s', (options, path) => {
    const error = (() => {
      try {
        createBudget(options as never);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toContain(path);
    expect((error as Error).message).toMatch(/received|expected/);
  });

  it('rejects unusable ids before they reach a store key', () => {
    for (const id of ['', ' spaced', 'a{tag}', 'x'.repeat(129), 'new\nline']) {
      expect(() => createBudget({ id, limitUsd: 1 })).toThrow(InvalidBudgetIdError);
    }
    expect(() => createBudget({ id: 'org/team:plan-7@eu_1.x', limitUsd: 1 })).not.toThrow();
  });

  it('refuses a child reusing an ancestor id, and bad amounts', async () => {
    const budget = createBudget({ id: 'root', limitUsd: 1 });
    expect(() => budget.child({ id: 'root', limitUsd: 1 })).toThrow(InvalidOptionsError);
    await expect(budget.reserve(-1)).rejects.toBeInstanceOf(InvalidAmountError);
    const reservation = await budget.reserve('0.5');
    await expect(reservation.settle('nope')).rejects.toBeInstanceOf(InvalidAmountError);
    expect(reservation.state).toBe('held');
    await reservation.settle('0.5');
    expect(reservation.state).toBe('settled');
  });

  it('refuses amounts with whitespace around them, as it refuses a blank one', async () => {
    for (const limitUsd of [' 1', '1 ', '\n1']) {
      expect(() => createBudget({ id: 'spaced', limitUsd })).toThrow(
        `Invalid createBudget options: limitUsd: expected a non-negative decimal (string or finite number), received "${limitUsd}"`,
      );
    }
    const store = scriptedStore();
    const budget = createBudget({ id: 'spaced', limitUsd: 1, store });
    for (const amount of [' 1', '1 ', '\n1', '0.5\t']) {
      await expect(budget.reserve(amount)).rejects.toThrow(
        `amountUsd: expected a non-negative decimal (string or finite number), received "${amount}"`,
      );
    }
    expect(store.calls.reserve).toBe(0);
    const reservation = await budget.reserve('0.5');
    for (const actual of [' 0.2', '0.2 ', '\n0.2']) {
      await expect(reservation.settle(actual)).rejects.toBeInstanceOf(InvalidAmountError);
    }
    expect(store.calls.settle).toBe(0);
    expect(reservation.state).toBe('held');
    await reservation.settle('0.2');
    expect(await budget.status()).toMatchObject({ spentUsd: '0.2', reservedUsd: '0' });
  });
});

describe('refusals', () => {
  it('names the refusing budget and says how to get under it', async () => {
    const budget = createBudget({ id: 'plan', limitUsd: '1' });
    await budget.reserve('0.75');
    const error = await budget.reserve('0.5').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      budgetId: 'plan',
      limitUsd: '1',
      spentUsd: '0',
      reservedUsd: '0.75',
      requestedUsd: '0.5',
      heldOnly: true,
    });
    expect((error as Error).message).toMatch(/calls in flight hold the rest.*onLimit: 'wait'/);
    const over = await budget.reserve('2').catch((caught: unknown) => caught);
    expect((over as Error).message).toMatch(/lower this call's bound .* to at most \$0.25/);
  });

  it('points to the window reset once spend has reached the limit', async () => {
    const clock = manualClock(Date.UTC(2026, 4, 20, 10));
    const budget = createBudget({ id: 'daily', limitUsd: '1', window: 'day', clock });
    await (await budget.reserve(1)).settle(1);
    const error = await budget.reserve('0.1').catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(
      'wait for the window to reset at 2026-05-21T00:00:00.000Z',
    );
  });
});

describe('events', () => {
  it('reports reservations, settlements, releases, thresholds and exceeding, up the chain', async () => {
    const session = createBudget({ id: 'session', limitUsd: '10' });
    const plan = session.child({ id: 'plan', limitUsd: '1', thresholds: [0.5] });
    const sessionEvents = record(session);
    const planEvents = record(plan);
    await (await plan.reserve('0.6', { metadata: { user: 'u' } })).settle('0.6', { model: 'm' });
    await (await plan.reserve('0.1')).release();
    await (await plan.reserve('0.4')).settle('0.5');
    expect(planEvents.map((event) => event.type)).toEqual([
      'reserved',
      'settled',
      'threshold',
      'reserved',
      'released',
      'reserved',
      'settled',
      'exceeded',
    ]);
    expect(planEvents.find((event) => event.type === 'exceeded')).toMatchObject({
      budgetId: 'plan',
      spentUsd: '1.1',
      overrunUsd: '0.1',
    });
    expect(planEvents.find((event) => event.type === 'settled')).toMatchObject({
      entry: {
        reservedUsd: '0.6',
        actualUsd: '0.6',
        chain: ['plan', 'session'],
        details: { model: 'm', metadata: { user: 'u' } },
      },
    });
    // The session hears its child's calls; its own thresholds (0.5, 0.8, 1 of $10) are not crossed.
    expect(sessionEvents.map((event) => event.type)).toEqual(planEvents.map((event) => event.type));
    await expect(plan.reserve('0.01')).rejects.toBeInstanceOf(BudgetExceededError);
    expect(sessionEvents.at(-1)).toMatchObject({
      type: 'refused',
      enforced: true,
      budgetId: 'plan',
      refusal: { budgetId: 'plan' },
    });
  });

  it('keeps a call alive when a handler throws, and unsubscribes', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const budget = createBudget({ id: 'noisy', limitUsd: 1 });
    const unsubscribe = budget.on('settled', () => {
      throw new Error('handler bug');
    });
    await (await budget.reserve('0.1')).settle('0.1');
    expect(warning).toHaveBeenCalledWith(expect.stringContaining('handler bug'), {
      code: 'TOLLGATE_HANDLER_ERROR',
    });
    const second = budget.on('settled', () => undefined);
    second();
    unsubscribe();
    unsubscribe();
    warning.mockClear();
    await (await budget.reserve('0.1')).settle('0.1');
    expect(warning).not.toHaveBeenCalled();
    warning.mockRestore();
  });

  it('refuses an unknown event name or a handler that is not a function when subscribing', async () => {
    const budget = createBudget({ id: 'listened', limitUsd: 1 });
    const names =
      'reserved, settled, released, refused, threshold, exceeded, unbounded-output, price-drift, settlement-pending, settlement-lost, handler-error, store-unavailable';
    const misuses: [unknown, unknown, string][] = [
      [
        'setled',
        () => undefined,
        `Invalid budget.on arguments: name: expected one of ${names}, received "setled"; did you mean settled?`,
      ],
      ['Exceeded', () => undefined, 'received "Exceeded"; did you mean exceeded?'],
      ['*', () => undefined, `name: expected one of ${names}, received "*"`],
      [undefined, () => undefined, 'name: expected one of reserved, settled'],
      [
        'settled',
        5,
        'Invalid budget.on arguments: handler: expected a function, received 5 (number)',
      ],
      ['settled', undefined, 'handler: expected a function, received undefined'],
    ];
    for (const [name, handler, message] of misuses) {
      let error: unknown;
      try {
        budget.on(name as never, handler as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain(message);
    }
    // Nothing was subscribed: a settlement reports no handler failure.
    const failures: BudgetEvent[] = [];
    budget.on('handler-error', (event) => failures.push(event));
    await (await budget.reserve('0.1')).settle('0.05');
    expect(failures).toEqual([]);
    expect(typeof budget.on('store-unavailable', () => undefined)).toBe('function');
  });
});

describe('ledger queries', () => {
  it.each([
    [
      { kind: 'adjustments' },
      'kind: expected one of settlement, adjustment, all, received "adjustments"; did you mean adjustment?',
    ],
    [{ kind: 'bogus' }, 'kind: expected one of settlement, adjustment, all, received "bogus"'],
    [{ limit: -1 }, 'limit: expected a whole number of entries, 0 or more, received -1 (number)'],
    [
      { limit: Number.NaN },
      'limit: expected a whole number of entries, 0 or more, received NaN (number)',
    ],
    [
      { limit: Number.POSITIVE_INFINITY },
      'limit: expected a whole number of entries, 0 or more, received Infinity (number)',
    ],
    [{ limit: '10' }, 'limit: expected a whole number of entries, 0 or more, received "10"'],
    [
      { limt: 10 },
      'limt: expected a documented option, received unknown option "limt"; did you mean limit?',
    ],
    [
      { budgetId: 'other' },
      'budgetId: expected a documented option, received unknown option "budgetId"',
    ],
    ['all', '(options): expected object, received "all"'],
    [null, '(options): expected object, received null'],
  ])('refuses budget.ledger(%j) before the store is read', async (query, message) => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'read', limitUsd: 1, store });
    await (await budget.reserve('0.1')).settle('0.05');
    const error = await budget.ledger(query as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).message).toBe(`Invalid budget.ledger options: ${message}`);
    expect(store.calls.ledger).toBe(0);
  });

  it('reads settlements by default, at most limit of them', async () => {
    const budget = createBudget({ id: 'read', limitUsd: 1 });
    await (await budget.reserve('0.1')).settle('0.05');
    await (await budget.reserve('0.1')).settle('0.06');
    await budget.topUp('1', { reason: 'more' });
    expect(await budget.ledger()).toHaveLength(2);
    expect(await budget.ledger({ limit: undefined } as never)).toHaveLength(2);
    expect((await budget.ledger({ limit: 1 })).map((entry) => entry.actualUsd)).toEqual(['0.06']);
    expect(await budget.ledger({ limit: 0 })).toEqual([]);
    expect(await budget.ledger({ kind: 'all' })).toHaveLength(3);
  });
});

describe('store failures', () => {
  it('fails closed with STORE_UNAVAILABLE by default', async () => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'closed', limitUsd: 1, store });
    store.down = true;
    await expect(budget.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(budget.status()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    store.down = false;
    expect(await budget.status()).toMatchObject({ spentUsd: '0' });
  });

  it("lets calls through unheld with onStoreError: 'allow' and charges them when the store is back", async () => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'open', limitUsd: 1, store, onStoreError: 'allow' });
    store.down = true;
    const reservation = await budget.reserve('0.3');
    expect(reservation.backed).toBe(false);
    const pending: BudgetEvent[] = [];
    budget.on('settlement-pending', (event) => pending.push(event));
    const entry = await reservation.settle('0.2');
    expect(entry).toMatchObject({ actualUsd: '0.2' });
    expect(pending).toHaveLength(1);
    store.down = false;
    await budget.flush();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.2', reservedUsd: '0', calls: 1 });
    expect(await (await budget.reserve('0.1')).release()).toBe(true);
    expect(
      await (
        await (async () => {
          store.down = true;
          return budget.reserve('0.1');
        })()
      ).release(),
    ).toBe(true);
    store.down = false;
  });

  it('retries a release that cannot land, and reports a settlement the store already had', async () => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'release-retry', limitUsd: 1, store });
    const events: BudgetEvent[] = [];
    for (const name of ['released', 'settled', 'settlement-pending'] as const)
      budget.on(name, (event) => events.push(event));
    const held = await budget.reserve('0.5');
    store.down = true;
    expect(await held.release()).toBe(false);
    expect(events.map((event) => event.type)).toEqual(['settlement-pending']);
    store.down = false;
    await budget.flush();
    expect(events.map((event) => event.type)).toEqual(['settlement-pending', 'released']);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0' });
    // A store that answers "already settled" (a retry whose first answer was lost) still ends the call.
    const settled = await budget.reserve('0.2');
    const original = store.settle;
    store.settle = async (command) => ({ ...(await original(command)), applied: false });
    await settled.settle('0.1');
    store.settle = original;
    expect(events.at(-1)).toMatchObject({
      type: 'settled',
      entry: { reservationId: settled.id, actualUsd: '0.1' },
    });
  });

  it('keeps a settlement that cannot land and retries it until it does', async () => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'retry', limitUsd: 1, store });
    const reservation = await budget.reserve('0.5');
    store.down = true;
    const attempts: number[] = [];
    budget.on('settlement-pending', (event) => attempts.push(event.attempt));
    await reservation.settle('0.4');
    expect(await budget.ledger().catch((error: unknown) => error)).toBeInstanceOf(
      StoreUnavailableError,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    store.down = false;
    await budget.flush();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.4', reservedUsd: '0' });
  });
});

describe('edges', () => {
  it('reports zero figures when the store has lost a budget it was told about', async () => {
    const store: BudgetStore = Object.assign(scriptedStore(), {
      kind: 'forgetful',
      status: async () => undefined,
    });
    const budget = createBudget({ id: 'forgotten', limitUsd: '2', store });
    expect(await budget.status()).toMatchObject({
      limitUsd: '2',
      spentUsd: '0',
      remainingUsd: '2',
      exceeded: false,
    });
  });

  it('answers false for a release after the store already expired the hold', async () => {
    const clock = manualClock();
    const budget = createBudget({ id: 'expired-release', limitUsd: '1', ttlMs: 10, clock });
    const released: BudgetEvent[] = [];
    budget.on('released', (event) => released.push(event));
    const reservation = await budget.reserve('0.5');
    clock.advance(11);
    await budget.status();
    expect(await reservation.release()).toBe(false);
    expect(released).toEqual([]);
  });

  it('reports no thresholds for a zero limit, only that it is exhausted', async () => {
    const budget = createBudget({ id: 'zero', limitUsd: '0', enforce: false });
    const events = record(budget);
    await (await budget.reserve('0')).settle('0');
    expect(events.filter((event) => event.type === 'threshold')).toEqual([]);
    expect(await budget.status()).toMatchObject({ exceeded: true, remainingUsd: '0' });
  });
});

describe('a child that follows its parent window', () => {
  it('reports a parent conflict as it is when there is no window to drop', async () => {
    const store = memoryStore();
    const other = createBudget({ id: 'other', limitUsd: 1, store });
    await other.child({ id: 'kid', limitUsd: 1 }).ready();
    const root = createBudget({ id: 'root', limitUsd: 1, store: anotherHandle(store) });
    const kid = root.child({ id: 'kid', limitUsd: 1 });
    await expect(kid.ready()).rejects.toThrow(/already exists under parent other/);
    await expect(kid.ready()).rejects.not.toThrow(/inherited/);
  });

  it('keeps following the window when the store fails while it tries the stored form', async () => {
    const store = memoryStore();
    const clock = manualClock(Date.UTC(2026, 0, 5, 12));
    const daily = createBudget({ id: 'daily', limitUsd: 1, window: 'day', store, clock });
    await daily.child({ id: 'monthly', limitUsd: 1, window: 'month' }).ready();
    // As another process declares it: this one refuses a child with another window itself.
    const elsewhere = createBudget({
      id: 'daily',
      limitUsd: 1,
      window: 'day',
      store: anotherHandle(store),
      clock,
    });
    await elsewhere.ready();
    const define = store.define.bind(store);
    let calls = 0;
    store.define = (definition, now) => {
      calls += 1;
      // The first attempt meets the conflict; the store is gone for the second.
      return calls === 2 ? Promise.reject(new Error('socket hang up')) : define(definition, now);
    };
    const child = elsewhere.child({ id: 'monthly', limitUsd: 1 });
    await expect(child.ready()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(child.ready()).rejects.toThrow(/window day is inherited from parent "daily"/);
    expect(calls).toBe(4);
  });
});
