import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { killWorker, manualClock, startWorker } from '@tollgate/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-crash-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('sqlite store after a crash', () => {
  it('releases what a process killed with SIGKILL held once its time-to-live passes', async () => {
    const path = join(directory, 'crash.db');
    const id = `crash-${process.pid}`;
    const config = { path, id, limitUsd: '1', amountUsd: '0.2', count: 5, ttlMs: 60_000 };
    const { child, line } = await startWorker(
      new URL('./test-support/hold-worker.ts', import.meta.url),
      [JSON.stringify(config)],
    );
    const { expiresAt } = JSON.parse(line) as { expiresAt: number };
    await killWorker(child);

    // The deadline lives in the file: this process sees it, and moves its clock past it
    // instead of sleeping through the time-to-live.
    const clock = manualClock(Date.now());
    const store = sqliteStore({ path });
    try {
      const budget = createBudget({ id, limitUsd: '1', store, clock });
      expect(await budget.status()).toMatchObject({ reservedUsd: '1', remainingUsd: '0' });
      await expect(budget.reserve('0.01')).rejects.toBeInstanceOf(BudgetExceededError);
      clock.set(expiresAt);
      expect(await budget.status()).toMatchObject({
        spentUsd: '0',
        reservedUsd: '0',
        remainingUsd: '1',
      });
      await (await budget.reserve('1')).settle('1');
      expect(await budget.status()).toMatchObject({ spentUsd: '1', reservedUsd: '0' });
    } finally {
      await store.close();
    }
  });
});
