import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';

// A store may hold a close dated past a Date's range (written before core refused one, or by
// hand): the views print the number stored rather than fail the whole store with a RangeError.

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-stored-time-'));

async function storeClosedAt(closedAt: number): Promise<string> {
  const path = join(dir, `store-${closedAt}.db`);
  const store = sqliteStore({ path });
  const parent = createBudget({ id: 'p', limitUsd: '10', store });
  await parent.child({ id: 'c', limitUsd: '1' }).ready();
  // Straight to the store, past adjustBudget's check, as an earlier version wrote it.
  await store.adjust({
    adjustmentId: 'backdated',
    link: {
      id: 'p',
      parentId: null,
      limitUsd: '10',
      window: null,
      enforce: true,
      windowStart: null,
      windowEnd: null,
    },
    action: 'close',
    amountUsd: '0',
    now: closedAt,
    reason: 'backdated',
  });
  await store.close();
  return `sqlite:${path}`;
}

describe('a stored time past the range of a Date', () => {
  it('is listed, shown, applied over and in the ledger as the number stored', async () => {
    const url = await storeClosedAt(-1e16);
    const list = await runMain(['budget', 'list', '--store', url, '--json']);
    expect(list.code).toBe(0);
    expect(list.out).toContain('"closedAt": "-10000000000000000"');
    expect((await runMain(['budget', 'list', '--store', url])).code).toBe(0);
    expect((await runMain(['status', '--store', url])).code).toBe(0);
    const ledger = await runMain(['budget', 'show', 'p', '--store', url]);
    expect(ledger).toMatchObject({ code: 0, err: '' });
    expect(ledger.out).toContain('-10000000000000000');
    const file = join(dir, 'budgets.yaml');
    writeFileSync(file, 'budgets:\n  - id: p\n    limitUsd: "20"\n');
    const apply = await runMain(['budget', 'apply', file, '--store', url, '--json']);
    expect(apply.code).toBe(0);
    expect(apply.out).toContain('"closedAt": "-10000000000000000"');
  });
});
