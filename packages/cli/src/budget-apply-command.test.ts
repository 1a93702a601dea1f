import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget, loadBudgets, parseBudgetConfig } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../redis/src/test-support/redis-server.js';
import type { InputStream } from './cli-io.js';
import { main } from './main.js';
import { argv, captureIO, runMain } from './test-support/capture-io.js';
import { terminalInput } from './test-support/terminal-input.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-apply-'));
let fileCount = 0;

/** Writes a configuration file and returns its path. */
function configFile(text: string, extension = 'yaml'): string {
  fileCount += 1;
  const path = join(dir, `budgets-${fileCount}.${extension}`);
  writeFileSync(path, text);
  return path;
}

function freshStore(): string {
  fileCount += 1;
  return `sqlite:${join(dir, `store-${fileCount}.db`)}`;
}

const tree = (supportLimit = '20') => `budgets:
  - id: acme
    limitUsd: "100"
    window: month
    children:
      - id: acme/support
        limitUsd: "${supportLimit}"
        families:
          users: { limitUsd: "1", window: day }
`;

async function runWith(stdin: InputStream, ...args: string[]) {
  const captured = captureIO();
  const io = { ...captured, stdout: { ...captured.stdout, isTTY: true }, stdin };
  const code = await main(argv(...args), io);
  return { code, out: io.out(), err: io.err() };
}

async function storedLimits(url: string): Promise<Record<string, string>> {
  const store = sqliteStore({ path: url.slice('sqlite:'.length) });
  try {
    return Object.fromEntries((await store.list()).map((row) => [row.id, row.limitUsd]));
  } finally {
    await store.close();
  }
}

async function ledgerOf(url: string, budgetId: string) {
  const store = sqliteStore({ path: url.slice('sqlite:'.length) });
  try {
    const root = createBudget({ id: 'acme', limitUsd: '100', window: 'month', store });
    return await root.child({ id: budgetId, limitUsd: '1' }).ledger({ kind: 'adjustment' });
  } finally {
    await store.close();
  }
}

describe('tollgate budget apply on SQLite files', () => {
  it('shows a dry run against a file that does not exist without creating it', async () => {
    const store = freshStore();
    const { code, out, err } = await runMain([
      'budget',
      'apply',
      configFile(tree()),
      '--store',
      store,
      '--dry-run',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/\+ +acme +add +\$100\.00 +month/);
    expect(out).toMatch(/\+ +acme\/support +add +\$20\.00 +month/);
    expect(out).toContain('2 to add');
    expect(out).toContain('family users: members acme/support/users:<key>');
    expect(out).toContain('Dry run: nothing applied.');
    expect(existsSync(store.slice('sqlite:'.length))).toBe(false);
  });

  it('creates the tree, then finds nothing to change on the second run', async () => {
    const store = freshStore();
    const file = configFile(tree());
    const first = await runMain(['budget', 'apply', file, '--store', store]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Applied.');
    expect(await storedLimits(store)).toEqual({ acme: '100', 'acme/support': '20' });
    const second = await runMain(['budget', 'apply', file, '--store', store]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/= +acme +unchanged/);
    expect(second.out).toContain('2 unchanged');
    expect(second.out).toContain('Nothing to change.');
  });

  it('raises a limit without asking and lowers one only when confirmed', async () => {
    const store = freshStore();
    await runMain(['budget', 'apply', configFile(tree('20')), '--store', store]);
    const raised = await runMain(['budget', 'apply', configFile(tree('30')), '--store', store]);
    expect(raised.code).toBe(0);
    expect(raised.out).toMatch(/~ +acme\/support +raise +\$20\.00 -> \$30\.00/);
    expect((await storedLimits(store))['acme/support']).toBe('30');

    const lower = configFile(tree('5'));
    const piped = await runMain(['budget', 'apply', lower, '--store', store]);
    expect(piped.code).toBe(2);
    expect(piped.err).toContain(
      'Lowering a limit (acme/support) needs confirmation and there is no terminal to ask; pass --yes',
    );
    const declined = await runWith(terminalInput('n'), 'budget', 'apply', lower, '--store', store);
    expect(declined.code).toBe(1);
    expect(declined.out).toContain('Lower the limit of acme/support (30 -> 5)?');
    expect(declined.err).toBe(
      'tollgate: Nothing changed: Lowering a limit (acme/support) was not confirmed.\n',
    );
    const ended = await runWith(
      terminalInput(undefined),
      'budget',
      'apply',
      lower,
      '--store',
      store,
    );
    expect(ended.code).toBe(1);
    expect(ended.err).toBe(
      'tollgate: Nothing changed: Lowering a limit (acme/support) was not confirmed (the input ended before an answer).\n',
    );
    expect((await storedLimits(store))['acme/support']).toBe('30');
    const accepted = await runWith(terminalInput('Y'), 'budget', 'apply', lower, '--store', store);
    expect(accepted.code).toBe(0);
    expect((await storedLimits(store))['acme/support']).toBe('5');
    const forced = await runMain([
      'budget',
      'apply',
      configFile(tree('4')),
      '--store',
      store,
      '--yes',
      '--reason',
      'quarterly plan',
      '--actor',
      'ops',
    ]);
    expect(forced.code).toBe(0);
    expect((await storedLimits(store))['acme/support']).toBe('4');
    // Every limit the file changed is a ledger entry saying why and who.
    const changes = await ledgerOf(store, 'acme/support');
    expect(changes.map((entry) => [entry.limitUsd, entry.reason, entry.actor])).toEqual([
      ['4', 'quarterly plan', 'ops'],
      ['5', `tollgate budget apply ${lower}`, expect.anything()],
      ['30', expect.stringMatching(/^tollgate budget apply /), expect.anything()],
    ]);
  });

  it('checks --reason and --actor before it asks to lower a limit', async () => {
    const store = freshStore();
    await runMain(['budget', 'apply', configFile(tree('20')), '--store', store]);
    const lower = configFile(tree('5'));
    for (const [flags, message] of [
      [
        ['--reason', ' '],
        /^tollgate: --reason: expected a reason that is not empty or only spaces/,
      ],
      [['--reason', 'r'.repeat(501)], /^tollgate: --reason: .*500/],
      [['--actor', ''], /^tollgate: --actor: expected an actor that is not empty or only spaces/],
      [['--reason', 'plan', '--actor', 'a'.repeat(201)], /^tollgate: --actor: .*200/],
    ] as const) {
      // The user would answer "y": the mistake is reported first, and nobody is asked.
      const args = ['budget', 'apply', lower, '--store', store, ...flags];
      const refused = await runWith(terminalInput('y'), ...args);
      expect({ flags, ...refused }).toEqual({ flags, code: 2, out: '', err: expect.any(String) });
      expect(refused.err).toMatch(message);
    }
    expect((await storedLimits(store))['acme/support']).toBe('20');
  });

  it('applies nothing when a budget conflicts with the store', async () => {
    const store = freshStore();
    await runMain(['budget', 'apply', configFile(tree()), '--store', store]);
    const changed = configFile(`budgets:
  - id: acme
    limitUsd: "100"
    window: week
  - id: other
    limitUsd: "1"
`);
    const { code, out, err } = await runMain(['budget', 'apply', changed, '--store', store]);
    expect(code).toBe(1);
    expect(out).toMatch(/! +acme +conflict .*stored with window month, configured with week/);
    expect(out).toContain('not in ');
    expect(out).toContain('acme/support');
    expect(err).toContain('Nothing applied: 1 budget conflict with the store (acme)');
    expect(await storedLimits(store)).not.toHaveProperty('other');
    const many = `budgets:\n${Array.from({ length: 12 }, (_, index) => `  - id: extra-${index}\n    limitUsd: 1\n`).join('')}`;
    await runMain(['budget', 'apply', configFile(many), '--store', store]);
    const few = await runMain(['budget', 'apply', configFile(tree()), '--store', store]);
    const untouched = few.out.split('\n').find((line) => line.startsWith('not in ')) ?? '';
    expect(untouched).toMatch(/ and 2 more \(see --json\)$/);
    expect(untouched.match(/extra-\d+/g)).toHaveLength(10);
    const moved = configFile('budgets:\n  - id: acme/support\n    limitUsd: 1\n');
    const reparented = await runMain(['budget', 'apply', moved, '--store', store]);
    expect(reparented.code).toBe(1);
    expect(reparented.out).toContain('stored under parent acme, configured under (none: a root)');
  });

  it('keeps a child stored without a window under a windowed parent, and hides family members', async () => {
    const url = freshStore();
    const store = sqliteStore({ path: url.slice('sqlite:'.length) });
    await store.define(
      { id: 'acme', parentId: null, limitUsd: '100', window: { unit: 'month' } },
      0,
    );
    await store.define({ id: 'acme/support', parentId: 'acme', limitUsd: '20', window: null }, 0);
    const loaded = await loadBudgets(parseBudgetConfig(tree()), { store });
    await loaded.families.get('users')?.for('alice');
    await store.close();
    const { code, out } = await runMain(['budget', 'apply', configFile(tree()), '--store', url]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /= +acme\/support +unchanged +\$20\.00 +none +stored without a window: kept/,
    );
    expect(out).not.toContain('alice');
    expect(out).toContain('Nothing to change.');
  });

  it('reports a bad file with its line and column, and a missing file, as usage errors', async () => {
    const store = freshStore();
    const bad = configFile('{\n  "budgets": [{ "id": "a", "limitUsd": "ten" }]\n}\n', 'json');
    const invalid = await runMain(['budget', 'apply', bad, '--store', store]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain(
      `${bad}:2:40: budgets.0.limitUsd: expected a non-negative decimal`,
    );
    // An alias bomb, a tree nested past the bound and a limit past the cap: usage errors too.
    const bomb = configFile(
      [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        ...['b', 'c', 'd', 'e', 'f'].map(
          (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcde'[index]}`).join(', ')}]`,
        ),
        'budgets:\n  - id: a\n    limitUsd: "1"\n',
      ].join('\n'),
    );
    const bombed = await runMain(['budget', 'apply', bomb, '--store', store]);
    expect(bombed.code).toBe(2);
    expect(bombed.err).toContain(
      `${bomb}:1:1: expected YAML aliases (*name) that expand to a small tree`,
    );
    const deep = configFile(
      `{"budgets": ${'[{"id": "x", "limitUsd": "1", "children": '.repeat(100)}`,
      'json',
    );
    const nested = await runMain(['budget', 'apply', deep, '--store', store]);
    expect(nested.code).toBe(2);
    expect(nested.err).toContain(`${deep}:1:`);
    expect(nested.err).toContain('expected lists and mappings nested at most 132 deep');
    const huge = configFile('budgets:\n  - id: a\n    limitUsd: "2000000000000"\n');
    const capped = await runMain(['budget', 'apply', huge, '--store', store]);
    expect(capped.code).toBe(2);
    expect(capped.err).toContain(
      `${huge}:3:15: budgets.0.limitUsd: expected a decimal of at most 1000000000000`,
    );
    const missing = await runMain(['budget', 'apply', join(dir, 'nope.yaml'), '--store', store]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Cannot read');
    expect(existsSync(store.slice('sqlite:'.length))).toBe(false);
  });

  it('applies a limit written as a number exactly as written, and refuses other number forms', async () => {
    const store = freshStore();
    const exact = configFile(
      'budgets:\n  - id: org\n    limitUsd: 999999999999.99999\n    children:\n      - id: team\n        limitUsd: 12345678.123456789012\n',
    );
    const applied = await runMain(['budget', 'apply', exact, '--store', store, '--yes']);
    expect(applied.code).toBe(0);
    expect(await storedLimits(store)).toEqual({
      org: '999999999999.99999',
      team: '12345678.123456789012',
    });
    const refused = configFile(
      'budgets:\n  - id: hexy\n    limitUsd: 0x10\n  - id: tiny\n    limitUsd: 0.100000000000000001\n',
    );
    const other = freshStore();
    const result = await runMain(['budget', 'apply', refused, '--store', other, '--yes']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `${refused}:3:15: budgets.0.limitUsd: expected a non-negative decimal written as digits with an optional point (no sign, exponent, 0x or 0o prefix, or leading zero), received 0x10 (number)`,
    );
    expect(result.err).toContain(
      `${refused}:5:15: budgets.1.limitUsd: expected at most 12 decimal places`,
    );
    expect(existsSync(other.slice('sqlite:'.length))).toBe(false);
  });
});

describe('tollgate budget apply on Redis', () => {
  let redis: RedisServerHandle;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  it('applies, then reports the same tree unchanged as JSON', async () => {
    const file = configFile(tree());
    const store = `${redis.url}/0`;
    expect((await runMain(['budget', 'apply', file, '--store', store])).code).toBe(0);
    const { code, out } = await runMain(['budget', 'apply', file, '--store', store, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      applied: boolean;
      changes: { id: string; change: string }[];
    };
    expect(report.applied).toBe(false);
    expect(report.changes.map((change) => [change.id, change.change])).toEqual([
      ['acme', 'unchanged'],
      ['acme/support', 'unchanged'],
    ]);
    const { redisStore } = await import('@tollgate/redis');
    const shared = redisStore({ url: store });
    try {
      const acme = createBudget({ id: 'acme', limitUsd: '100', window: 'month', store: shared });
      expect(await acme.status()).toMatchObject({ limitUsd: '100', spentUsd: '0' });
    } finally {
      await shared.close();
    }
  });
});
