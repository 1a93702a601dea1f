import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';

// A budget under a closed one is refused every call (BUDGET_CLOSED) though it is open itself:
// the CLI says which budget above closes it, in `budget list` and `budget show`.

const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'tollgate-cli-closed-')), 'b.db')}`;

beforeAll(async () => {
  const store = sqliteStore({ path: url.slice('sqlite:'.length) });
  const org = createBudget({ id: 'org', limitUsd: '10', store });
  const team = org.child({ id: 'org/team', limitUsd: '5' });
  const user = team.child({ id: 'org/team/ann', limitUsd: '1' });
  const other = createBudget({ id: 'other', limitUsd: '1', store });
  await Promise.all([user.ready(), other.ready()]);
  await org.close({ reason: 'account suspended' });
  await store.close();
});

/** The cells of the table row of `id` in `out`. */
function rowOf(out: string, id: string): string[] {
  const line = out.split('\n').find((text) => text.trim().split(/\s{2,}/)[0] === id);
  return (line ?? '').trim().split(/\s{2,}/);
}

describe('budgets under a closed budget', () => {
  it('budget list shows them closed by the nearest closed budget above', async () => {
    const { code, out } = await runMain(['budget', 'list', '--store', url]);
    expect(code).toBe(0);
    expect(rowOf(out, 'org').at(-1)).toBe('closed');
    expect(rowOf(out, 'org/team').at(-1)).toBe('closed (by org)');
    expect(rowOf(out, 'org/team/ann').at(-1)).toBe('closed (by org)');
    expect(rowOf(out, 'other').at(-1)).toBe('open');
    const json = await runMain(['budget', 'list', '--store', url, '--json']);
    const budgets = JSON.parse(json.out).budgets as { id: string; closedBy?: string }[];
    expect(budgets.map(({ id, closedBy }) => [id, closedBy])).toEqual([
      ['org', undefined],
      ['org/team', 'org'],
      ['org/team/ann', 'org'],
      ['other', undefined],
    ]);
  });

  it('budget show says so, and --json names it', async () => {
    const shown = await runMain(['budget', 'show', 'org/team/ann', '--store', url]);
    expect(shown.code).toBe(0);
    expect(shown.out.split('\n')[0]).toMatch(
      /^org\/team\/ann in .* \(closed: "org" above it is closed\)$/,
    );
    const json = await runMain(['budget', 'show', 'org/team/ann', '--store', url, '--json']);
    expect(JSON.parse(json.out).budget).toMatchObject({ id: 'org/team/ann', closedBy: 'org' });
    const open = await runMain(['budget', 'show', 'other', '--store', url, '--json']);
    expect(JSON.parse(open.out).budget.closedBy).toBeUndefined();
  });
});
