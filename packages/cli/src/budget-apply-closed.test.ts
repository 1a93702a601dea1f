import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';

// `budget apply` changes limits and adds budgets but never reopens a closed one: it says so
// for each closed budget it changes or adds under, and applies exactly as it would otherwise.

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-apply-closed-'));
let count = 0;
let url = '';

const file = join(dir, 'budgets.yaml');
writeFileSync(
  file,
  `budgets:
  - id: a
    limitUsd: "20"
  - id: b
    limitUsd: "20"
    children:
      - id: b/k
        limitUsd: "3"
      - id: b/new
        limitUsd: "1"
        children:
          - id: b/new/x
            limitUsd: "0.5"
  - id: c
    limitUsd: "1"
`,
);

beforeEach(async () => {
  count += 1;
  url = `sqlite:${join(dir, `store-${count}.db`)}`;
  const store = sqliteStore({ path: url.slice('sqlite:'.length) });
  const a = createBudget({ id: 'a', limitUsd: '10', store });
  const b = createBudget({ id: 'b', limitUsd: '10', store });
  const k = b.child({ id: 'b/k', limitUsd: '2' });
  const c = createBudget({ id: 'c', limitUsd: '1', store });
  await Promise.all([a.ready(), k.ready(), c.ready()]);
  await b.close({ reason: 'account suspended' });
  await c.close({ reason: 'unused' });
  await store.close();
});

async function storedLimits(): Promise<Record<string, string>> {
  const store = sqliteStore({ path: url.slice('sqlite:'.length) });
  try {
    return Object.fromEntries((await store.list()).map((row) => [row.id, row.limitUsd]));
  } finally {
    await store.close();
  }
}

describe('tollgate budget apply with closed budgets', () => {
  it('notes each closed budget it changes or adds under, and applies as ever', async () => {
    const dry = await runMain(['budget', 'apply', file, '--store', url, '--dry-run']);
    const note =
      'note: b is closed: it and every budget below it refuse all calls (BUDGET_CLOSED), and apply does not reopen it (raise b, raise b/k, add b/new, add b/new/x).';
    expect(dry.code).toBe(0);
    expect(dry.out.split('\n').filter((line) => line.startsWith('note:'))).toEqual([note]);
    const { code, out, err } = await runMain(['budget', 'apply', file, '--store', url, '--yes']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    // One note, for b: c is closed too but unchanged, a is open.
    expect(out.split('\n').filter((line) => line.startsWith('note:'))).toEqual([note]);
    expect(out).toMatch(/\nApplied\.\n$/);
    expect(await storedLimits()).toEqual({
      a: '20',
      b: '20',
      'b/k': '3',
      'b/new': '1',
      'b/new/x': '0.5',
      c: '1',
    });
  });

  it('marks them in --json: closedAt on a closed budget, closedBy under one', async () => {
    const { code, out } = await runMain(['budget', 'apply', file, '--store', url, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      applied: boolean;
      changes: { id: string; change: string; closedAt?: string; closedBy?: string }[];
    };
    expect(report.applied).toBe(true);
    const marks = report.changes.map(({ id, change, closedAt, closedBy }) => [
      id,
      change,
      closedAt === undefined ? undefined : 'closedAt',
      closedBy,
    ]);
    expect(marks).toEqual([
      ['a', 'raise', undefined, undefined],
      ['b', 'raise', 'closedAt', undefined],
      ['b/k', 'raise', undefined, 'b'],
      ['b/new', 'add', undefined, 'b'],
      ['b/new/x', 'add', undefined, 'b'],
      ['c', 'unchanged', 'closedAt', undefined],
    ]);
    const closedAt = report.changes.find((change) => change.id === 'b')?.closedAt ?? '';
    expect(new Date(closedAt).toISOString()).toBe(closedAt);
  });
});
