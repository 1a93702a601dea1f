import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adjustBudget, createBudget } from '@tollgate/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureIO, runMain } from './test-support/capture-io.js';
import { storeOf } from './test-support/spend.js';
import { watchCommand } from './watch-command.js';

// Newlines end lines; anything else from C0, DEL or C1 reaching the terminal is a failure.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'tollgate-cli-untrusted-')), 'b.db')}`;
// A title change, a screen clear and an 8-bit CSI, as another process could store them.
const reason = 'refund\u001b]0;pwned\u0007\u001b[2J';
const actor = 'ops\u007f\u009b31m';
const model = 'gpt-4o\u001b[1A\u001b[2K';

beforeAll(async () => {
  const store = storeOf(url);
  try {
    const budget = createBudget({ id: 'acme', limitUsd: '1', store });
    await (await budget.reserve('0.1')).settle('0.05', { model });
    await adjustBudget({
      store,
      budgetId: 'acme',
      action: 'credit',
      amountUsd: '0.01',
      reason,
      actor,
    });
  } finally {
    await store.close();
  }
});

describe('stored text reaching the terminal', () => {
  it('budget show prints a reason, an actor and a model with their controls escaped', async () => {
    const { code, out, err } = await runMain(['budget', 'show', 'acme', '--store', url]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('refund\\x1b]0;pwned\\x07\\x1b[2J (ops\\x7f\\u009b31m)');
    expect(out).toContain('gpt-4o\\x1b[1A\\x1b[2K');
  });

  it('budget show --json stays exact JSON, with no raw control character either', async () => {
    const { out } = await runMain(['budget', 'show', 'acme', '--store', url, '--json']);
    expect(out.replaceAll('\n', '')).not.toMatch(CONTROL);
    const ledger = JSON.parse(out).ledger as Array<Record<string, unknown>>;
    expect(ledger.find((entry) => entry.kind === 'adjustment')).toMatchObject({ reason, actor });
    expect(ledger.find((entry) => entry.kind !== 'adjustment')).toMatchObject({
      details: { model },
    });
  });

  it('watch shows a settlement model escaped', async () => {
    const io = { ...captureIO(), signal: AbortSignal.abort() };
    await watchCommand({ store: url }, io);
    expect(io.out()).not.toMatch(CONTROL);
    expect(io.out()).toContain('gpt-4o\\x1b[1A\\x1b[2K');
  });

  it('an error message naming what the user typed is escaped too', async () => {
    const { code, err } = await runMain(['budget', 'show', 'no\u001b[2Jbody', '--store', url]);
    expect(code).toBe(2);
    expect(err).toBe(`tollgate: No budget "no\\x1b[2Jbody" in ${url}\n`);
  });
});
