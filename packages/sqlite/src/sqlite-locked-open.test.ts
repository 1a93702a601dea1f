import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget, StoreInvalidError, StoreUnavailableError } from '@tollgate/core';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { sqliteStore } from './sqlite-store.js';

// Opening a store while another connection (another process, as far as SQLite can tell)
// holds the write lock: a current file opens without writing, and a file that needs a
// migration fails its commands as any busy command does, never the constructor.

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-locked-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const freshPath = () => {
  files += 1;
  return join(directory, `locked-${files}.db`);
};
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A second connection that takes the write lock (`BEGIN IMMEDIATE`) and keeps it. */
function holdWriteLock(path: string): { release(): void } {
  const holder = new Database(path);
  holder.pragma('journal_mode = WAL');
  holder.exec('BEGIN IMMEDIATE');
  closers.push(() => {
    if (holder.inTransaction) holder.exec('ROLLBACK');
    holder.close();
  });
  return { release: () => holder.exec('ROLLBACK') };
}

function openStore(path: string) {
  const store = sqliteStore({ path, busyTimeoutMs: 20 });
  closers.push(() => store.close());
  return store;
}

/** A file at schema version 1 holding one budget with spend, as an older release wrote it. */
function versionOneFile(path: string): void {
  const v1 = new Database(path);
  v1.pragma('journal_mode = WAL');
  v1.exec(MIGRATIONS[0] as string);
  v1.exec(`
    CREATE TABLE schema_version (version INTEGER NOT NULL);
    INSERT INTO schema_version (version) VALUES (1);
    INSERT INTO budgets VALUES ('old', NULL, '1', NULL, '0.25', '0', 1, NULL);
  `);
  v1.close();
}

describe('sqliteStore opened while another connection holds the write lock', () => {
  it('opens a current file without the lock: reads answer, writes wait for it', async () => {
    const path = freshPath();
    const first = sqliteStore({ path });
    await (await createBudget({ id: 'kept', limitUsd: '1', store: first }).reserve('0.5')).settle(
      '0.25',
    );
    await first.close();
    const lock = holdWriteLock(path);
    const store = openStore(path);
    expect((await store.list()).map((budget) => [budget.id, budget.spentUsd])).toEqual([
      ['kept', '0.25'],
    ]);
    const budget = createBudget({ id: 'kept', limitUsd: '1', store });
    await expect(budget.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    lock.release();
    await (await budget.reserve('0.1')).settle('0.125');
    expect(await budget.status()).toMatchObject({ spentUsd: '0.375', calls: 2 });
  });

  it('defers a migration it cannot run: commands follow onStoreError, then it migrates', async () => {
    const path = freshPath();
    versionOneFile(path);
    const lock = holdWriteLock(path);
    const store = openStore(path);
    const refusing = createBudget({ id: 'old', limitUsd: '1', store });
    const refusal = await refusing.reserve('0.1').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreUnavailableError);
    expect((refusal as Error).message).toContain(path);
    await expect(store.list()).rejects.toBeInstanceOf(StoreUnavailableError);
    const allowing = createBudget({ id: 'old', limitUsd: '1', store, onStoreError: 'allow' });
    let letThrough = 0;
    allowing.on('store-unavailable', (event) => {
      if (event.allowed) letThrough += 1;
    });
    await (await allowing.reserve('0.1')).release();
    expect(letThrough).toBe(1);
    lock.release();
    // The next command migrates the file, its data carried over.
    await (await refusing.reserve('0.5')).settle('0.25');
    expect(await refusing.status()).toMatchObject({ spentUsd: '0.5', calls: 2 });
    const check = new Database(path, { readonly: true });
    closers.push(() => {
      check.close();
    });
    expect(check.prepare('SELECT version FROM schema_version').get()).toEqual({
      version: SCHEMA_VERSION,
    });
  });

  it('still refuses a file written by a newer version at once, lock or not', () => {
    const path = freshPath();
    const first = new Database(path);
    first.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    first.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION + 1);
    first.close();
    holdWriteLock(path);
    expect(() => sqliteStore({ path, busyTimeoutMs: 20 })).toThrow(StoreInvalidError);
  });
});
