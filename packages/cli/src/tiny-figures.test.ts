import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayRemaining, displayUsd } from './format-usd.js';
import { runMain } from './test-support/capture-io.js';

// Figures the table rounds to 6 places: a spend of $0.000000000001 that exceeded a budget is
// not "$0.000000", and what is left of a limit is never shown above the limit.

const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'tollgate-cli-tiny-')), 'b.db')}`;

beforeAll(async () => {
  const store = sqliteStore({ path: url.slice('sqlite:'.length) });
  const wide = createBudget({ id: 'wide', limitUsd: '999999999999.999999999999', store });
  const tiny = wide.child({ id: 'wide/tiny', limitUsd: '0.000000000001' });
  await (await tiny.reserve('0.000000000001')).settle('0.000000000001');
  const small = createBudget({ id: 'small', limitUsd: '0.0000015', store });
  await (await small.reserve('0.0000006')).settle('0.0000006');
  await store.close();
});

/** The cells of the table row of `id` in `out`. */
function rowOf(out: string, id: string): string[] {
  const line = out.split('\n').find((text) => text.trim().split(/\s{2,}/)[0] === id);
  return (line ?? '').trim().split(/\s{2,}/);
}

describe('the CLI table with amounts below its 6 places', () => {
  it('shows a tiny spend as <$0.000001 and rounds what is left down (status, budget list)', async () => {
    for (const command of [['status'], ['budget', 'list']]) {
      const { code, out } = await runMain([...command, '--store', url]);
      expect(code).toBe(0);
      // budget, limit, spent, held, remaining
      expect(rowOf(out, 'wide/tiny').slice(1, 5)).toEqual([
        '$0.000000000001',
        '<$0.000001',
        '$0.000000',
        '$0.000000',
      ]);
      expect(rowOf(out, 'wide').slice(1, 5)).toEqual([
        '$999999999999.999999999999',
        '<$0.000001',
        '$0.000000',
        '$999999999999.999999',
      ]);
      // 0.0000009 left: half-even would show $0.000001, above what is left.
      expect(rowOf(out, 'small').slice(1, 5)).toEqual([
        '$0.0000015',
        '$0.000001',
        '$0.000000',
        '<$0.000001',
      ]);
    }
  });

  it('shows the same in budget show, and --json stays exact', async () => {
    const shown = await runMain(['budget', 'show', 'wide', '--store', url]);
    expect(shown.out).toMatch(/spent +<\$0\.000001 +\(1 calls\)/);
    expect(shown.out).toMatch(/remaining +\$999999999999\.999999\n/);
    const json = await runMain(['status', '--store', url, '--json']);
    const budgets = JSON.parse(json.out).budgets as { id: string; remainingUsd: string }[];
    expect(Object.fromEntries(budgets.map((b) => [b.id, b.remainingUsd]))).toEqual({
      wide: '999999999999.999999999998',
      'wide/tiny': '0',
      small: '0.0000009',
    });
  });
});

describe('displayUsd and displayRemaining', () => {
  it.each([
    ['0', 4, '$0.0000', '$0.0000'],
    ['0.00004', 4, '<$0.0001', '<$0.0001'],
    ['0.00005', 4, '<$0.0001', '<$0.0001'],
    ['0.00006', 4, '$0.0001', '<$0.0001'],
    ['0.000000000001', 6, '<$0.000001', '<$0.000001'],
    ['2.9999999', 6, '$3.000000', '$2.999999'],
    ['1.5', 2, '$1.50', '$1.50'],
  ])('shows %s at %i places as %s (remaining: %s)', (amount, places, usd, remaining) => {
    expect(displayUsd(amount, places)).toBe(usd);
    expect(displayRemaining(amount, places)).toBe(remaining);
  });
});
