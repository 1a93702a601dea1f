import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BudgetStore, createBudget, StoreUnavailableError } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';

// Another process writes to the store while `budget apply` runs. The CLI opens its own
// store, so the test reaches it through the SQLite store's prototype, restored after each.
const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-apply-race-'));
let count = 0;
const path = (name: string) => join(dir, `${name}-${++count}`);
const proto = Object.getPrototypeOf(sqliteStore({ path: ':memory:' })) as BudgetStore;
const originals = { list: proto.list, adjust: proto.adjust };

afterEach(() => {
  Object.assign(proto, originals);
});

async function seeded(budgets: Record<string, string>): Promise<string> {
  const db = path('store.db');
  const store = sqliteStore({ path: db });
  for (const [id, limitUsd] of Object.entries(budgets)) {
    await createBudget({ id, limitUsd, store }).ready();
  }
  await store.close();
  return db;
}

async function stored(db: string) {
  const store = sqliteStore({ path: db });
  try {
    const rows = await store.list();
    const ledger = await store.ledger({ budgetId: 'a' });
    return {
      budgets: Object.fromEntries(rows.map((row) => [row.id, `${row.parentId}=${row.limitUsd}`])),
      adjustments: ledger.filter((entry) => entry.kind === 'adjustment').length,
    };
  } finally {
    await store.close();
  }
}

function configFile(text: string): string {
  const file = path('budgets.yaml');
  writeFileSync(file, text);
  return file;
}

const raiseAndAdd = `budgets:
  - id: x
    limitUsd: "5"
  - id: a
    limitUsd: "20"
    children:
      - id: a/n
        limitUsd: "1"
`;

describe('tollgate budget apply when the store changes under it', () => {
  it('changes no limit when another process defined one of its budgets since the read, and says what landed', async () => {
    const db = await seeded({ a: '10', q: '10' });
    // Just after apply's read, the other process defines a/n under q.
    proto.list = async function (this: BudgetStore) {
      const rows = await originals.list.call(this);
      proto.list = originals.list;
      const other = sqliteStore({ path: db });
      await createBudget({ id: 'q', limitUsd: '10', store: other })
        .child({ id: 'a/n', limitUsd: '1' })
        .ready();
      await other.close();
      return rows;
    };
    const { code, out, err } = await runMain([
      'budget',
      'apply',
      configFile(raiseAndAdd),
      '--store',
      `sqlite:${db}`,
      '--yes',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('a/n');
    expect(err).toContain('already exists under parent q');
    expect(out).toContain('raise');
    expect(out).toContain('Applied before the failure: add x.');
    expect(out).toContain('Not applied: raise a, add a/n.');
    expect(await stored(db)).toEqual({
      budgets: { a: 'null=10', q: 'null=10', 'a/n': 'q=1', x: 'null=5' },
      adjustments: 0,
    });
  });

  it('prints what landed, also in --json, when the store fails between two limit changes', async () => {
    const db = await seeded({ a: '10', b: '10' });
    let adjustments = 0;
    proto.adjust = async function (this: BudgetStore, command) {
      adjustments += 1;
      if (adjustments === 2) throw new StoreUnavailableError('the store went away');
      return originals.adjust.call(this, command);
    };
    const file = configFile(
      'budgets:\n  - id: a\n    limitUsd: "20"\n  - id: b\n    limitUsd: "30"\n  - id: c\n    limitUsd: "1"\n',
    );
    const text = await runMain(['budget', 'apply', file, '--store', `sqlite:${db}`, '--yes']);
    expect(text.code).toBe(1);
    expect(text.err).toContain('the store went away');
    expect(text.out).toContain('Applied before the failure: raise a, add c.');
    expect(text.out).toContain('Not applied: raise b.');
    expect((await stored(db)).budgets).toEqual({ a: 'null=20', b: 'null=10', c: 'null=1' });

    adjustments = 1; // the next limit change fails too: b's, the one left to apply
    const json = await runMain(['budget', 'apply', file, '--store', `sqlite:${db}`, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as {
      applied: boolean;
      failure: string;
      changes: { id: string; change: string; applied?: boolean }[];
    };
    expect(report.applied).toBe(false);
    expect(report.failure).toContain('the store went away');
    expect(report.changes.map(({ id, change, applied }) => [id, change, applied])).toEqual([
      ['a', 'unchanged', undefined],
      ['b', 'raise', false],
      ['c', 'unchanged', undefined],
    ]);
  });
});
