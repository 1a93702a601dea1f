import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget, isSettlement } from '@tollgate/core';
import { chainLink, manualClock } from '@tollgate/core/testing';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-unit-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const freshPath = () => {
  files += 1;
  return join(directory, `unit-${files}.db`);
};
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
const open = (path: string, options: { busyTimeoutMs?: number; ledgerLimit?: number } = {}) => {
  const store = sqliteStore({ path, ...options });
  closers.push(() => store.close());
  return store;
};
const link = chainLink;

describe('sqliteStore', () => {
  it('resumes where a closed process stopped, and the newest limit wins', async () => {
    const path = freshPath();
    const first = open(path);
    const before = createBudget({ id: 'resume', limitUsd: '1', store: first });
    await (await before.reserve('0.5')).settle('0.25', { model: 'm', pricingVersion: 'v1' });
    const held = await before.reserve('0.1');
    await first.close();

    const second = open(path);
    const after = createBudget({ id: 'resume', limitUsd: '2', store: second });
    expect(await after.status()).toMatchObject({
      limitUsd: '2',
      spentUsd: '0.25',
      reservedUsd: '0.1',
      calls: 1,
    });
    expect(await after.ledger()).toMatchObject([
      {
        budgetId: 'resume',
        reservedUsd: '0.5',
        actualUsd: '0.25',
        details: { model: 'm', pricingVersion: 'v1' },
      },
    ]);
    expect(held.expiresAt).toBeGreaterThan(Date.now());
    expect(await second.list()).toMatchObject([
      { id: 'resume', limitUsd: '2', reservedUsd: '0.1' },
    ]);
  });

  it('answers a retried settle with the recorded entry and changes nothing', async () => {
    const store = open(freshPath());
    await store.define(link('retry'), 0);
    const command = {
      reservationId: 'r1',
      chain: [link('retry')],
      amountUsd: '0.5',
      now: 1,
      expiresAt: 1000,
    };
    await store.reserve(command);
    const settle = {
      reservationId: 'r1',
      chain: [link('retry')],
      reservedUsd: '0.5',
      actualUsd: '0.3',
      now: 2,
      details: { model: 'x' },
    };
    const first = await store.settle(settle);
    const again = await store.settle({ ...settle, now: 3 });
    expect(first.applied).toBe(true);
    expect(again).toMatchObject({ applied: false, entry: first.entry });
    expect(await store.status(link('retry'), 4)).toMatchObject({
      spentUsd: '0.3',
      reservedUsd: '0',
      calls: 1,
    });
  });

  it('expires every reservation past its deadline and reports them', async () => {
    const store = open(freshPath());
    await store.reserve({
      reservationId: 'a',
      chain: [link('exp-a')],
      amountUsd: '0.1',
      now: 0,
      expiresAt: 10,
    });
    await store.reserve({
      reservationId: 'b',
      chain: [link('exp-b')],
      amountUsd: '0.2',
      now: 0,
      expiresAt: 20,
    });
    expect(await store.expire(15)).toEqual([
      {
        reservationId: 'a',
        budgetId: 'exp-a',
        chain: ['exp-a'],
        reservedUsd: '0.1',
        expiresAt: 10,
      },
    ]);
    expect(await store.expire(25)).toHaveLength(1);
    expect((await store.list()).map((snapshot) => snapshot.reservedUsd)).toEqual(['0', '0']);
    // Expired, not ended: a late settle still charges.
    const late = await store.settle({
      reservationId: 'a',
      chain: [link('exp-a')],
      reservedUsd: '0.1',
      actualUsd: '0.05',
      now: 30,
      details: {},
    });
    expect(late).toMatchObject({ applied: true, entry: { late: true, actualUsd: '0.05' } });
  });

  it('keeps the ledger to ledgerLimit entries, newest first, filtered by budget', async () => {
    const store = open(freshPath(), { ledgerLimit: 3 });
    for (let index = 0; index < 600; index += 1) {
      const id = index % 2 === 0 ? 'even' : 'odd';
      await store.reserve({
        reservationId: `r${index}`,
        chain: [link(id, '1000')],
        amountUsd: '0.01',
        now: index,
        expiresAt: 1e12,
      });
      await store.settle({
        reservationId: `r${index}`,
        chain: [link(id, '1000')],
        reservedUsd: '0.01',
        actualUsd: '0.01',
        now: index,
        details: {},
      });
    }
    const all = (await store.ledger({ limit: 1000 })).filter(isSettlement);
    expect(all.length).toBeLessThanOrEqual(3 + 512);
    expect(all[0]?.reservationId).toBe('r599');
    expect(
      (await store.ledger({ budgetId: 'even', limit: 2 }))
        .filter(isSettlement)
        .map((entry) => entry.reservationId),
    ).toEqual(['r598', 'r596']);
    await store.expire(0);
    expect(await store.ledger({ limit: 1000 })).toHaveLength(3);
  });

  it('fails closed with STORE_UNAVAILABLE when another process holds the write lock too long', async () => {
    const path = freshPath();
    const store = open(path, { busyTimeoutMs: 50 });
    const budget = createBudget({ id: 'locked', limitUsd: '1', store });
    await budget.status();
    const blocker = new Database(path);
    closers.push(() => {
      blocker.close();
    });
    blocker.exec('BEGIN IMMEDIATE');
    await expect(budget.reserve('0.1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    blocker.exec('ROLLBACK');
    await expect(budget.reserve('0.1')).resolves.toMatchObject({ amountUsd: '0.1' });
  });

  it('upgrades a version 1 file in place: spend, holds, deadlines and the ledger carry over', async () => {
    const path = freshPath();
    const v1 = new Database(path);
    v1.pragma('journal_mode = WAL');
    v1.exec(MIGRATIONS[0] as string);
    v1.exec(`
      CREATE TABLE schema_version (version INTEGER NOT NULL);
      INSERT INTO schema_version (version) VALUES (1);
      INSERT INTO budgets VALUES ('old', NULL, '1', NULL, '0.25', '0.5', 1, NULL);
      INSERT INTO reservations VALUES ('held-1', 'old', '["old"]', '0.2', 5000, NULL);
      INSERT INTO reservations VALUES ('held-2', 'old', '["old"]', '0.3', 9000, NULL);
      INSERT INTO ledger (reservation_id, budget_id, chain, reserved_usd, actual_usd, overrun_usd, settled_at, late, model, pricing_version, details)
        VALUES ('done-1', 'old', '["old"]', '0.3', '0.25', '0', 100, 0, 'gpt-4o', '2026-11-28', '{"model":"gpt-4o"}');
    `);
    v1.close();
    const clock = manualClock(1000);
    const store = open(path);
    const budget = createBudget({ id: 'old', limitUsd: '1', store, clock });
    expect(await budget.status()).toMatchObject({ spentUsd: '0.25', reservedUsd: '0.5', calls: 1 });
    expect(await budget.ledger()).toMatchObject([{ reservationId: 'done-1', actualUsd: '0.25' }]);
    // The deadlines carried over: each hold ends at its own.
    clock.set(5000);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0.3' });
    clock.set(9000);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0' });
    const check = new Database(path, { readonly: true });
    closers.push(() => {
      check.close();
    });
    expect(check.prepare('SELECT version FROM schema_version').get()).toEqual({
      version: SCHEMA_VERSION,
    });
  });

  it('finds a settlement that landed without an index: a retried settle changes nothing', async () => {
    const store = open(freshPath(), { ledgerLimit: 1000 });
    await store.define(link('many', '100'), 0);
    for (let index = 0; index < 300; index += 1) {
      const reservationId = `r${index}`;
      await store.reserve({
        reservationId,
        chain: [link('many', '100')],
        amountUsd: '0.1',
        now: 1,
        expiresAt: 1000,
      });
      await store.settle({
        reservationId,
        chain: [link('many', '100')],
        reservedUsd: '0.1',
        actualUsd: '0.05',
        now: 2,
        details: {},
      });
    }
    const again = await store.settle({
      reservationId: 'r7',
      chain: [link('many', '100')],
      reservedUsd: '0.1',
      actualUsd: '0.05',
      now: 3,
      details: {},
    });
    expect(again).toMatchObject({ applied: false, entry: { reservationId: 'r7', settledAt: 2 } });
    expect(await store.status(link('many', '100'), 4)).toMatchObject({
      spentUsd: '15',
      calls: 300,
    });
  });

  it('commits commands issued together in one transaction, each exactly as on its own', async () => {
    const path = freshPath();
    const store = open(path);
    const budget = createBudget({ id: 'burst', limitUsd: '1', store });
    await budget.status();
    const observer = new Database(path);
    closers.push(() => {
      observer.close();
    });
    observer.pragma('wal_checkpoint(TRUNCATE)');
    // 40 holds of 0.03 on 1 USD at once: 33 fit, 7 are refused.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => budget.reserve('0.03')),
    );
    // One commit of a few pages, not 40 commits of two or three pages each.
    const [{ log }] = observer.pragma('wal_checkpoint(PASSIVE)') as [{ log: number }];
    expect(log).toBeLessThan(12);
    const held = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    expect(held).toHaveLength(33);
    await Promise.all(held.map((reservation) => reservation.settle('0.01')));
    expect(await budget.status()).toMatchObject({ spentUsd: '0.33', reservedUsd: '0', calls: 33 });
    expect(await budget.ledger({ limit: 100 })).toHaveLength(33);
  });

  it('fails one command of a shared transaction alone: the others commit', async () => {
    const path = freshPath();
    const store = open(path);
    const healthy = createBudget({ id: 'healthy', limitUsd: '1', store });
    const damaged = createBudget({ id: 'damaged', limitUsd: '1', store });
    await Promise.all([healthy.status(), damaged.status()]);
    const vandal = new Database(path);
    closers.push(() => {
      vandal.close();
    });
    vandal.prepare("UPDATE budgets SET spent_usd = 'not money' WHERE id = 'damaged'").run();
    const [good, bad, second] = await Promise.allSettled([
      healthy.reserve('0.5'),
      damaged.reserve('0.5'),
      healthy.reserve('0.25'),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(second.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(await healthy.status()).toMatchObject({ reservedUsd: '0.75' });
  });

  it('refuses a file written by a newer schema', () => {
    const path = freshPath();
    open(path);
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
    db.close();
    expect(() => sqliteStore({ path })).toThrow(/newer than this @tollgate\/sqlite understands/);
  });
});

describe('a file written before children followed their parent window', () => {
  it('attaches its windowless children as they were stored, spend kept, no conflict', async () => {
    const path = freshPath();
    const clock = manualClock(Date.UTC(2026, 0, 5, 12));
    // What earlier versions stored for `session.child({ id, limitUsd })` under a daily session.
    const before = open(path);
    const oldSession = createBudget({
      id: 'session',
      limitUsd: '5',
      window: 'day',
      store: before,
      clock,
    });
    const oldPlan = oldSession.child({ id: 'plan', limitUsd: '1', window: null });
    await (await oldPlan.reserve('0.4')).settle('0.4');
    await before.close();

    const after = open(path);
    const session = createBudget({
      id: 'session',
      limitUsd: '5',
      window: 'day',
      store: after,
      clock,
    });
    const plan = session.child({ id: 'plan', limitUsd: '1' });
    expect(await plan.status()).toMatchObject({ spentUsd: '0.4', limitUsd: '1' });
    clock.advance(86_400_000);
    const status = await plan.status();
    expect(status).toMatchObject({ spentUsd: '0.4' });
    expect(status.resetsAt).toBeUndefined();
    expect((await after.list()).find((row) => row.id === 'plan')?.window).toBeNull();
    // A new child under the same session follows its day.
    const fresh = session.child({ id: 'plan-2', limitUsd: '1' });
    expect((await fresh.status()).resetsAt).toBe('2026-01-07T00:00:00.000Z');
  });
});
