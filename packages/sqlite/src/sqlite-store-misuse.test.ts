import { execFile } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createBudget, InvalidOptionsError, StoreInvalidError } from '@tollgate/core';
import { chainLink, workerArgs } from '@tollgate/core/testing';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './schema.js';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-misuse-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const freshPath = () => {
  files += 1;
  return join(directory, `misuse-${files}.db`);
};
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
const link = chainLink;

function thrown(operation: () => unknown): unknown {
  try {
    operation();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('sqliteStore options', () => {
  it('rejects a missing path instead of opening a private temporary database', () => {
    const error = thrown(() => sqliteStore({ file: './budgets.db' } as never));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(error).toMatchObject({
      issues: [
        { path: 'path', message: 'expected string, received undefined' },
        {
          path: 'file',
          message: 'expected a documented option, received unknown option "file"',
        },
      ],
    });
    expect((error as Error).message).toMatch(/^Invalid sqliteStore options: path: expected string/);
  });

  it('suggests the documented name for a mistyped key', () => {
    expect(() => sqliteStore({ path: freshPath(), ledgerLimt: 5 } as never)).toThrow(
      /unknown option "ledgerLimt"; did you mean ledgerLimit\?/,
    );
  });

  it.each([
    [undefined, '(options)'],
    [{ path: 42 }, 'path'],
    [{ path: '' }, 'path'],
    [{ path: 'x.db', ledgerLimit: -1 }, 'ledgerLimit'],
    [{ path: 'x.db', ledgerLimit: 1.5 }, 'ledgerLimit'],
    [{ path: 'x.db', ledgerLimit: '10' }, 'ledgerLimit'],
    [{ path: 'x.db', synchronous: 'OFF' }, 'synchronous'],
    [{ path: 'x.db', synchronous: 'full' }, 'synchronous'],
    [{ path: 'x.db', busyTimeoutMs: Number.NaN }, 'busyTimeoutMs'],
  ])('rejects %o at %s', (options, path) => {
    const error = thrown(() => sqliteStore(options as never));
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS' });
    expect((error as InvalidOptionsError).issues[0]?.path).toBe(path === '(options)' ? '' : path);
  });

  it("keeps ':memory:' as the explicit way to a private store", async () => {
    const store = sqliteStore({ path: ':memory:', ledgerLimit: Infinity, synchronous: 'FULL' });
    closers.push(() => store.close());
    const budget = createBudget({ id: 'private', limitUsd: '1', store });
    await (await budget.reserve('0.9')).settle('0.9');
    expect((await budget.status()).spentUsd).toBe('0.9');
  });
});

describe('sqliteStore files it cannot use', () => {
  it('names the path of a file in a missing directory', () => {
    const path = join(directory, 'no-such-directory', 'budgets.db');
    const error = thrown(() => sqliteStore({ path }));
    expect(error).toBeInstanceOf(StoreInvalidError);
    expect(error).toMatchObject({ code: 'STORE_INVALID' });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('directory does not exist');
  });

  it('names the path of a file that is not a database', () => {
    const path = freshPath();
    writeFileSync(path, 'budgets, but in a text file\n'.repeat(100));
    const error = thrown(() => sqliteStore({ path }));
    expect(error).toMatchObject({ code: 'STORE_INVALID', name: 'StoreInvalidError' });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('SQLITE_NOTADB');
  });

  it('refuses calls on a corrupt file with STORE_INVALID and the path, not a raw SqliteError', async () => {
    const path = freshPath();
    const first = sqliteStore({ path });
    const budget = createBudget({ id: 'corrupt', limitUsd: '1000', store: first });
    for (let index = 0; index < 300; index += 1)
      await (await budget.reserve('0.01')).settle('0.01');
    await first.close();
    const descriptor = openSync(path, 'r+');
    writeSync(descriptor, Buffer.alloc(4096 * 8, 0xab), 0, 4096 * 8, 4096);
    closeSync(descriptor);
    let error: unknown;
    try {
      const store = sqliteStore({ path });
      closers.push(() => store.close());
      const again = createBudget({ id: 'corrupt', limitUsd: '1000', store });
      await again.reserve('0.01');
      await store.ledger({ limit: 1000 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreInvalidError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('SQLITE_CORRUPT');
  });

  it('names the path of a file it may not write', async () => {
    const path = freshPath();
    await sqliteStore({ path }).close();
    chmodSync(path, 0o444);
    chmodSync(directory, 0o755);
    // As root, permissions do not bind: run the check as an unprivileged user instead.
    const worker = fileURLToPath(new URL('./test-support/open-worker.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, workerArgs(worker, [path]), {
      ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    });
    const outcome = JSON.parse(stdout) as { code?: string; name?: string; message?: string };
    expect(outcome).toMatchObject({ code: 'STORE_INVALID', name: 'StoreInvalidError' });
    expect(outcome.message).toContain(path);
    expect(outcome.message).toContain('SQLITE_READONLY');
  });
});

describe('sqliteStore tombstones', () => {
  it('deletes a release tombstone once its deadline has passed', async () => {
    const path = freshPath();
    const store = sqliteStore({ path });
    closers.push(() => store.close());
    const chain = [link('tombs')];
    for (let index = 0; index < 50; index += 1) {
      await store.release({
        reservationId: `t${index}`,
        chain,
        now: 1000,
        expiresAt: 2000 + index,
      });
    }
    const count = () => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM ended').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect(count()).toBe(50);
    await store.expire(2024);
    expect(count()).toBe(25);
    await store.expire(2049);
    expect(count()).toBe(0);
  });

  it('keeps a tombstone of version 2 for a day when it upgrades the file', async () => {
    const path = freshPath();
    const v2 = new Database(path);
    v2.pragma('journal_mode = WAL');
    v2.exec(MIGRATIONS[0] as string);
    v2.exec(MIGRATIONS[1] as string);
    v2.exec(`
      CREATE TABLE schema_version (version INTEGER NOT NULL);
      INSERT INTO schema_version (version) VALUES (2);
      INSERT INTO ended VALUES ('gone', 'released', 5000);
    `);
    v2.close();
    const store = sqliteStore({ path });
    closers.push(() => store.close());
    const chain = [link('upgraded')];
    const reserve = (now: number) =>
      store.reserve({ reservationId: 'gone', chain, amountUsd: '0.1', now, expiresAt: now + 1000 });
    expect(await reserve(5000 + 86_399_999)).toMatchObject({ admitted: false, ended: true });
    expect(await reserve(5000 + 86_400_000)).toMatchObject({ admitted: true });
  });
});
