import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';
import { rawSqlite } from './test-support/raw-sqlite.js';

// A store edited by hand: p's parent set to c, which is under p. No root leads to either.
let url: string;
beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tollgate-cli-cycle-')), 'budgets.db');
  const store = sqliteStore({ path });
  const p = createBudget({ id: 'p', limitUsd: '1', store });
  await p.child({ id: 'c', limitUsd: '1' }).child({ id: 'c/leaf', limitUsd: '1' }).ready();
  await createBudget({ id: 'q', limitUsd: '1', store }).ready();
  await p.close({ reason: 'suspended' });
  await store.close();
  const db = rawSqlite(path);
  db.prepare("UPDATE budgets SET parent_id = 'c' WHERE id = 'p'").run();
  db.close();
  url = `sqlite:${path}`;
});

describe('budgets whose parent ids form a cycle', () => {
  it('are all listed by budget list, the cycle from one member marked, the count right', async () => {
    const { code, out, err } = await runMain(['budget', 'list', '--store', url]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^4 budgets in /);
    const rows = out.split('\n').filter((line) => /^ *(q|c|p|c\/leaf) /.test(line));
    expect(rows.map((line) => line.replace(/(\S) {2,}.*$/, '$1'))).toEqual([
      'q',
      'c (parents form a cycle)',
      '  c/leaf',
      '  p',
    ]);
    expect(rows[1]).toMatch(/closed \(by p\)\s*$/);
    expect(rows[3]).toMatch(/closed\s*$/);
  });

  it('are all listed by status and in --json, with the stored parents', async () => {
    const status = await runMain(['status', '--store', url]);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/^4 budgets in /);
    expect(status.out).toContain('c (parents form a cycle)');
    const json = await runMain(['budget', 'list', '--store', url, '--json']);
    const { budgets } = JSON.parse(json.out) as {
      budgets: { id: string; parentId: string | null; parentCycle?: true; closedBy?: string }[];
    };
    expect(budgets.map(({ id, parentId, parentCycle }) => [id, parentId, parentCycle])).toEqual([
      ['q', null, undefined],
      ['c', 'p', true],
      ['c/leaf', 'c', undefined],
      ['p', 'c', undefined],
    ]);
    expect(budgets.find((budget) => budget.id === 'c/leaf')?.closedBy).toBe('p');
  });
});
