import { describe, expect, it, vi } from 'vitest';
import { type Budget, createBudget, isBudget } from './budget.js';
import { budgetFamily } from './budget-family.js';
import { InvalidAmountError, InvalidOptionsError } from './errors.js';

const budget = () => createBudget({ id: 'genuine', limitUsd: '1' });

describe('isBudget', () => {
  it('knows a budget from createBudget, budget.child and a family', async () => {
    const root = budget();
    expect(isBudget(root)).toBe(true);
    expect(isBudget(root.child({ id: 'child', limitUsd: '1' }))).toBe(true);
    const member = await budgetFamily({ parent: root, template: { limitUsd: '1' } }).for('a');
    expect(isBudget(member)).toBe(true);
  });

  it('refuses a Proxy of a budget (its methods would fail on private state) and copies', () => {
    const root = budget();
    for (const impostor of [
      new Proxy(root, {}),
      Object.create(root),
      { ...root },
      { reserve: () => undefined, status: () => undefined },
      null,
      undefined,
      'genuine',
      () => root,
    ])
      expect(isBudget(impostor)).toBe(false);
    // The Proxy passes `instanceof`, which is why the check is a brand.
    expect(new Proxy(root, {})).toBeInstanceOf(root.constructor);
  });

  it('knows a budget made by another installed copy of core', async () => {
    vi.resetModules();
    const other = await import('./budget.js');
    expect(other.Budget).not.toBe(budget().constructor);
    const foreign = other.createBudget({ id: 'from-another-copy', limitUsd: '1' });
    expect(isBudget(foreign)).toBe(true);
    expect(other.isBudget(budget())).toBe(true);
    expect(isBudget(new Proxy(foreign, {}))).toBe(false);
  });
});

describe('budgetFamily', () => {
  it('refuses a Proxy of a budget as its parent, where it is given', () => {
    const parent = new Proxy(budget(), {});
    const make = () => budgetFamily({ parent, template: { limitUsd: '1' } });
    expect(make).toThrow(InvalidOptionsError);
    expect(make).toThrow(
      'parent: expected a Budget (createBudget() or budget.child()), not a Proxy or a copy of one, received an object',
    );
  });
});

describe('a budget method used on a Proxy or a copy of a budget', () => {
  /** Every public member that reads the budget's private state, called on `impostor`. */
  function members(impostor: Budget): [string, () => unknown][] {
    const reason = { reason: 'test' };
    return [
      ['status()', () => impostor.status()],
      ['reserve()', () => impostor.reserve('0.1')],
      ['ready()', () => impostor.ready()],
      ['flush()', () => impostor.flush()],
      ['setLimit()', () => impostor.setLimit('2', reason)],
      ['topUp()', () => impostor.topUp('2', reason)],
      ['credit()', () => impostor.credit('1', reason)],
      ['reset()', () => impostor.reset(reason)],
      ['close()', () => impostor.close(reason)],
      ['child()', () => impostor.child({ id: 'kid', limitUsd: '1' })],
      ['on()', () => impostor.on('settled', () => undefined)],
      ['emit()', () => impostor.emit({ type: 'handler-error' } as never)],
      ['enforce', () => impostor.enforce],
    ];
  }

  it('gets a typed InvalidOptionsError naming the member, never a raw TypeError', async () => {
    const root = budget();
    // As Vue's reactive() reads: getters run with the Proxy as `this`.
    const reactive = new Proxy(root, {
      get: (target, key, receiver) => Reflect.get(target, key, receiver),
    });
    for (const impostor of [new Proxy(root, {}), reactive, Object.create(root) as Budget]) {
      for (const [member, call] of members(impostor)) {
        let failure: unknown;
        try {
          // Async members reject, synchronous ones throw: either way the same typed error.
          await call();
        } catch (error) {
          failure = error;
        }
        expect(failure, member).toBeInstanceOf(InvalidOptionsError);
        expect((failure as InvalidOptionsError).message).toContain(
          `budget.${member}: expected a Budget`,
        );
        expect((failure as InvalidOptionsError).message).toContain(
          'received a Proxy or a copy of "genuine"',
        );
        expect((failure as InvalidOptionsError).issues[0]?.path).toBe('this');
      }
    }
    // Nothing reached the store: the genuine budget is untouched.
    expect(await root.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
  });

  it('a Proxy whose traps throw still gets the typed error', async () => {
    const hostile = new Proxy(budget(), {
      get(target, key) {
        if (key === 'id' || typeof key === 'symbol') throw new Error('trap');
        return Reflect.get(target, key);
      },
    });
    await expect(hostile.status()).rejects.toThrow(InvalidOptionsError);
  });

  it('a genuine budget keeps its own errors and answers', async () => {
    const root = budget();
    await expect(root.reserve('abc')).rejects.toThrow(InvalidAmountError);
    await expect(root.setLimit('-1', { reason: 'r' })).rejects.toThrow(InvalidAmountError);
    expect(() => root.child(42 as never)).toThrow(/options/);
    expect(() => root.on('nope' as never, () => undefined)).toThrow(InvalidOptionsError);
    expect(root.enforce).toBe(true);
    await (await root.reserve('0.5')).settle('0.25');
    expect(await root.status()).toMatchObject({ spentUsd: '0.25', calls: 1 });
    // ledger() reads no private state: it answers through a Proxy as on the budget.
    expect(await new Proxy(root, {}).ledger()).toHaveLength(1);
  });
});
