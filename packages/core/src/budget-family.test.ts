import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { budgetFamily } from './budget-family.js';
import {
  BudgetConflictError,
  BudgetExceededError,
  InvalidBudgetIdError,
  InvalidOptionsError,
  StoreUnavailableError,
} from './errors.js';
import { memoryStore } from './memory-store.js';
import type { BudgetStore } from './store.js';
import { manualClock } from './testing/manual-clock.js';
import { raceFamily, raceFamilyOf } from './testing/race-family.js';

function plan(store: BudgetStore = memoryStore()) {
  return createBudget({ id: 'plan', limitUsd: '10', store });
}

describe('budgetFamily', () => {
  it('creates a member per key on first use, with the template, under the parent', async () => {
    const parent = plan();
    const users = budgetFamily({ parent, template: { limitUsd: '1', thresholds: [0.5] } });
    const alice = await users.for('alice');
    expect(alice.id).toBe('plan/alice');
    expect(alice.parent).toBe(parent);
    expect(await alice.status()).toMatchObject({ limitUsd: '1', spentUsd: '0' });
    await (await alice.reserve('0.75')).settle('0.75');
    await expect(alice.reserve('0.5')).rejects.toBeInstanceOf(BudgetExceededError);
    expect(await parent.status()).toMatchObject({ spentUsd: '0.75' });
    const ids = (await parent.store.list()).map((row) => row.id).sort();
    expect(ids).toEqual(['plan', 'plan/alice']);
  });

  it('answers the same Budget for a key, also to concurrent first calls', async () => {
    const users = budgetFamily({ parent: plan(), template: { limitUsd: '1' } });
    const [first, second] = await Promise.all([users.for('bob'), users.for('bob')]);
    expect(second).toBe(first);
    expect(await users.for('bob')).toBe(first);
    expect(await users.for('carol')).not.toBe(first);
  });

  it('keeps at most cacheSize members, least recently used dropped, spend kept in the store', async () => {
    const users = budgetFamily({ parent: plan(), template: { limitUsd: '1' }, cacheSize: 2 });
    const a = await users.for('a');
    await (await a.reserve('0.25')).settle('0.25');
    const b = await users.for('b');
    expect(await users.for('a')).toBe(a); // a is now the most recent
    await users.for('c'); // drops b
    expect(users.cachedCount).toBe(2);
    expect(await users.for('a')).toBe(a);
    expect(await users.for('b')).not.toBe(b);
    const again = budgetFamily({ parent: users.parent, template: { limitUsd: '1' } });
    expect(await (await again.for('a')).status()).toMatchObject({ spentUsd: '0.25' });
  });

  it('names the family in member ids so two families under one parent never share a member', async () => {
    const parent = plan();
    const users = budgetFamily({ parent, name: 'users', template: { limitUsd: '1' } });
    const teams = budgetFamily({ parent, name: 'teams', template: { limitUsd: '5' } });
    expect((await users.for('x')).id).toBe('plan/users:x');
    expect((await teams.for('x')).id).toBe('plan/teams:x');
    expect(users.idFor('alice@example.com')).toBe('plan/users:alice@example.com');
  });

  it('applies per-key overrides, rebuilding a member cached with others (newest limit wins)', async () => {
    const users = budgetFamily({ parent: plan(), template: { limitUsd: '1' } });
    const standard = await users.for('dave');
    const premium = await users.for('dave', { limitUsd: '5' });
    expect(premium).not.toBe(standard);
    expect(await users.for('dave', { limitUsd: 5 })).toBe(premium); // the same limit
    expect(await users.for('dave', { limitUsd: '5.00' })).toBe(premium);
    expect(await premium.status()).toMatchObject({ limitUsd: '5' });
    const samePremium = await users.for('erin', { limitUsd: '5' });
    expect(await users.for('erin', { limitUsd: '5' })).toBe(samePremium);
    await expect(users.for('dave', { window: 'month' })).rejects.toBeInstanceOf(
      BudgetConflictError,
    );
    // The failed member was not cached: the key still works with its stored window.
    expect(await (await users.for('dave')).status()).toMatchObject({ limitUsd: '1' });
  });

  it("follows the parent's window unless the template sets one", async () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 12));
    const parent = createBudget({ id: 'daily', limitUsd: '10', window: 'day', clock });
    const users = budgetFamily({ parent, template: { limitUsd: '1' } });
    const forever = budgetFamily({
      parent,
      name: 'ever',
      template: { limitUsd: '1', window: null },
    });
    const alice = await users.for('alice');
    const kept = await forever.for('alice');
    await (await alice.reserve('1')).settle('1');
    await (await kept.reserve('1')).settle('1');
    clock.advance(86_400_000);
    expect(await alice.status()).toMatchObject({ spentUsd: '0', exceeded: false });
    expect(await kept.status()).toMatchObject({ spentUsd: '1', exceeded: true });
  });

  it('refuses bad keys, names and options with typed errors that say what arrived', async () => {
    const parent = plan();
    const users = budgetFamily({ parent, template: { limitUsd: '1' } });
    for (const key of ['', 'a/b', 'a:b', '-x', 'with space', 7]) {
      await expect(users.for(key as string)).rejects.toBeInstanceOf(InvalidBudgetIdError);
    }
    await expect(users.for('x'.repeat(130))).rejects.toThrow(/over the 128/);
    await expect(users.for('a/b')).rejects.toThrow(/received "a\/b"/);
    expect(() => budgetFamily({ parent, name: 'a:b', template: { limitUsd: '1' } })).toThrow(
      InvalidBudgetIdError,
    );
    const misuses: unknown[] = [
      { parent: {}, template: { limitUsd: '1' } },
      { parent, template: { limitUsd: '-1' } },
      { parent, template: { limitUsd: '1', id: 'x' } },
      { parent, template: { limitUsd: '1', windw: 'day' } },
      { parent, template: { limitUsd: '1' }, cacheSize: 0 },
      { parent },
    ];
    for (const options of misuses) {
      expect(() => budgetFamily(options as never)).toThrow(InvalidOptionsError);
    }
    expect(() =>
      budgetFamily({ parent, template: { limitUsd: '1', windw: 'day' } as never }),
    ).toThrow(/template\.windw.*did you mean window/);
    await expect(users.for('x', { limitUsd: 'lots' })).rejects.toThrow(
      /budgetFamily.for overrides.*limitUsd/,
    );
  });

  it('gives two families on one store the same members when they create the same keys at once', async () => {
    const store = memoryStore();
    const config = { rootId: 'race', keys: ['a', 'b', 'c'], startAt: 0, amountUsd: '0.01' };
    const [first, second] = await Promise.all([
      raceFamily(store, config),
      raceFamily(store, config),
    ]);
    expect(first?.ids).toEqual(['race/users:a', 'race/users:b', 'race/users:c']);
    expect(second).toEqual(first);
    const users = raceFamilyOf(store, 'race');
    expect(await (await users.for('b')).status()).toMatchObject({ spentUsd: '0.02', calls: 2 });
  });

  it('does not cache a member the store could not define, and tries again on the next call', async () => {
    const store = memoryStore();
    let down = true;
    const define = store.define.bind(store);
    store.define = (definition, now) =>
      down ? Promise.reject(new Error('connect ECONNREFUSED')) : define(definition, now);
    const users = budgetFamily({ parent: plan(store), template: { limitUsd: '1' } });
    await expect(users.for('alice')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(users.cachedCount).toBe(0);
    down = false;
    expect(await (await users.for('alice')).status()).toMatchObject({ limitUsd: '1' });
  });

  describe('a member and a budget of its own with one id, in one process', () => {
    const conflict = (id: string, member: string) =>
      `Budget "${id}" is declared twice in this process, as a budget of its own (budget.child() of "plan") and as a family member (${member}): one would replace the other's limit. Give the member its own limit with for(key, { limitUsd }), or the budget another id.`;

    it('refuses the member when the budget came first, keeping the budget and its limit', async () => {
      const parent = plan();
      const own = parent.child({ id: 'plan/users:alice', limitUsd: '5' });
      await own.ready();
      const users = budgetFamily({ parent, name: 'users', template: { limitUsd: '1' } });
      const error = await users.for('alice').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BudgetConflictError);
      expect(error).toMatchObject({ budgetId: 'plan/users:alice' });
      expect((error as Error).message).toBe(
        conflict('plan/users:alice', 'family "users" of "plan", for("alice")'),
      );
      expect(await own.status()).toMatchObject({ limitUsd: '5' });
      expect(users.cachedCount).toBe(0);
      // Other keys, and an unnamed family whose ids differ, are members as before.
      expect((await users.for('bob')).id).toBe('plan/users:bob');
      const unnamed = budgetFamily({ parent, template: { limitUsd: '1' } });
      await expect(unnamed.for('alice')).resolves.toMatchObject({ id: 'plan/alice' });
    });

    it('refuses the budget when the member came first, keeping the member and its limit', async () => {
      const parent = plan();
      const users = budgetFamily({ parent, template: { limitUsd: '1' } });
      const carol = await users.for('carol');
      expect(() => parent.child({ id: 'plan/carol', limitUsd: '5' })).toThrow(
        conflict('plan/carol', 'a family of "plan", for("carol")'),
      );
      expect(await carol.status()).toMatchObject({ limitUsd: '1' });
    });

    it('still attaches a budget declared twice the same way, and one in another store', async () => {
      const parent = plan();
      const users = budgetFamily({ parent, name: 'users', template: { limitUsd: '1' } });
      const dave = await users.for('dave');
      expect(await users.for('dave', { limitUsd: '2' })).not.toBe(dave);
      const own = parent.child({ id: 'plan/users:erin', limitUsd: '5' });
      expect(parent.child({ id: 'plan/users:erin', limitUsd: '5' }).id).toBe(own.id);
      const elsewhere = budgetFamily({
        parent: plan(),
        name: 'users',
        template: { limitUsd: '1' },
      });
      await expect(elsewhere.for('erin')).resolves.toMatchObject({ id: 'plan/users:erin' });
    });
  });
});
