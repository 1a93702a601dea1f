import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { type BudgetConfig, planBudgetConfig } from './budget-config.js';
import { budgetConfigJsonSchemaText } from './budget-config-json-schema.js';
import { BudgetConflictError, InvalidOptionsError } from './errors.js';
import { loadBudgets } from './load-budgets.js';
import { memoryStore } from './memory-store.js';
import { parseBudgetConfig } from './parse-budget-config.js';
import { issuesOf } from './test-support/config-issues.js';
import { manualClock } from './testing/manual-clock.js';

const yamlTree = `# budgets.yaml
budgets:
  - id: acme
    limitUsd: "100"
    window: month
    children:
      - id: acme/support
        limitUsd: 20
        families:
          users: { limitUsd: "1", window: day }
      - id: acme/batch
        limitUsd: "50"
        window: null
`;

describe('parseBudgetConfig', () => {
  it('reads a YAML tree with children and families', () => {
    const config = parseBudgetConfig(yamlTree);
    expect(config.budgets[0]?.children?.[0]?.families).toEqual({
      users: { limitUsd: '1', window: 'day' },
    });
    const plan = planBudgetConfig(config);
    expect(plan.budgets.map((budget) => budget.definition)).toEqual([
      { id: 'acme', parentId: null, limitUsd: '100', window: { unit: 'month' } },
      { id: 'acme/support', parentId: 'acme', limitUsd: '20', window: { unit: 'month' } },
      { id: 'acme/batch', parentId: 'acme', limitUsd: '50', window: null },
    ]);
    expect(plan.budgets.map((budget) => budget.inheritsWindow)).toEqual([false, true, false]);
    expect(plan.families).toEqual([
      { name: 'users', parentId: 'acme/support', template: { limitUsd: '1', window: 'day' } },
    ]);
  });

  it('reads the same tree written as JSON', () => {
    const json = JSON.stringify(parseBudgetConfig(yamlTree), null, '\t');
    expect(parseBudgetConfig(json)).toEqual(parseBudgetConfig(yamlTree));
  });

  it('names the field, line and column of every problem', () => {
    const text = `budgets:
  - id: acme
    limitUsd: "-5"
    children:
      - id: "has space"
        limitUsd: 1
        windw: day
      - id: acme
        limitUsd: 1
        window: year
`;
    const issues = issuesOf(() => parseBudgetConfig(text, { source: 'budgets.yaml' }));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'budgets.0.limitUsd', line: 3, column: 15 }),
        expect.objectContaining({ path: 'budgets.0.children.0.id', line: 5, column: 13 }),
        expect.objectContaining({
          path: 'budgets.0.children.0.windw',
          line: 7,
          column: 16,
          message: expect.stringMatching(/did you mean window/),
        }),
        expect.objectContaining({ path: 'budgets.0.children.1.window', line: 10 }),
      ]),
    );
  });

  it('suggests the option meant inside a family template', () => {
    const text =
      'budgets:\n  - id: a\n    limitUsd: 1\n    families:\n      users: { limitUsd: 1, windw: day }\n';
    expect(issuesOf(() => parseBudgetConfig(text))).toEqual([
      expect.objectContaining({
        path: 'budgets.0.families.users.windw',
        line: 5,
        message: expect.stringMatching(/did you mean window/),
      }),
    ]);
  });

  it('reports duplicate ids and family names where they repeat', () => {
    const text = `budgets:
  - id: a
    limitUsd: 1
    families: { users: { limitUsd: 1 } }
    children:
      - id: a
        limitUsd: 1
        families:
          users: { limitUsd: 1 }
`;
    const issues = issuesOf(() => parseBudgetConfig(text));
    expect(issues).toEqual([
      expect.objectContaining({ path: 'budgets.0.children.0.id', line: 6 }),
      expect.objectContaining({ path: 'budgets.0.children.0.families.users', line: 9 }),
    ]);
    expect(issues[0]?.message).toBe(
      'expected an id unique in the configuration (first at budgets.0.id, configuration:2:9), received "a"',
    );
    expect(issues[1]?.message).toBe(
      'expected a family name unique in the configuration (first at budgets.0.families.users, configuration:4:24), received "users"',
    );
  });

  it('refuses a limit above one trillion USD at its place, as createBudget does', () => {
    const text =
      'budgets:\n  - id: a\n    limitUsd: "2000000000000"\n    families:\n      users: { limitUsd: 1000000000000.5 }\n';
    expect(issuesOf(() => parseBudgetConfig(text, { source: 'b.yaml' }))).toEqual([
      {
        path: 'budgets.0.limitUsd',
        line: 3,
        column: 15,
        message: 'expected a decimal of at most 1000000000000, received "2000000000000"',
      },
      {
        path: 'budgets.0.families.users.limitUsd',
        line: 5,
        column: 26,
        message: 'expected a decimal of at most 1000000000000, received "1000000000000.5"',
      },
    ]);
    expect(() => createBudget({ id: 'a', limitUsd: '2000000000000' })).toThrow(
      /limitUsd: expected a decimal of at most 1000000000000, received "2000000000000"/,
    );
  });

  it('refuses a file nested past 64 levels of budgets at its place, before a parser recurses into it', () => {
    /** `depth` budgets, each the only child of the one before, as JSON or as block YAML. */
    const json = (depth: number) => {
      let open = '';
      for (let level = 1; level < depth; level += 1) {
        open += `{"id":"b${level}","limitUsd":"1","children":[`;
      }
      return `{"budgets":[${open}{"id":"leaf","limitUsd":"1"}${']}'.repeat(depth - 1)}]}`;
    };
    const yaml = (depth: number) => {
      let text = 'budgets:\n';
      for (let level = 0; level < depth; level += 1) {
        const indent = ' '.repeat(2 + 4 * level);
        text += `${indent}- id: b${level}\n${indent}  limitUsd: "1"\n`;
        text +=
          level < depth - 1
            ? `${indent}  children:\n`
            : `${indent}  families:\n${indent}    users: { limitUsd: "1", window: { seconds: 60 } }\n`;
      }
      return text;
    };
    // The deepest tree allowed, its deepest budget with a family and its window, is read.
    expect(parseBudgetConfig(yaml(64)).budgets[0]?.id).toBe('b0');
    expect(parseBudgetConfig(json(65)).budgets[0]?.id).toBe('b1');
    // One level more is refused where it starts; a deep file many times in one process too
    // (the parsers, recursing once per level, used to exhaust the stack, then memory).
    const deepYaml = yaml(65);
    const deepJson = json(600);
    for (let round = 0; round < 50; round += 1) {
      expect(issuesOf(() => parseBudgetConfig(deepYaml, { source: 'deep.yaml' }))).toEqual([
        {
          path: '',
          // The 65th budget fits; its family's template is the first mapping past the bound.
          line: 197,
          column: 270,
          message:
            'expected lists and mappings nested at most 132 deep (64 levels of budgets), received deeper nesting',
        },
      ]);
      expect(() => parseBudgetConfig(deepJson, { source: 'deep.json' })).toThrow(
        /^Invalid budget configuration deep.json:\n {2}deep.json:1:\d+: expected lists and mappings nested at most 132 deep/,
      );
    }
    expect(() => parseBudgetConfig(`budgets:\n${'- '.repeat(10_000)}x\n`)).toThrow(
      /configuration:2:263: expected lists and mappings nested at most 132 deep/,
    );
  });

  it("refuses a YAML alias bomb with a typed error, not the reader's ReferenceError", () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, alias] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ]) {
      rows.push(`${name}: &${name} [${`*${alias}, `.repeat(8)}*${alias}]`);
    }
    rows.push('budgets:\n  - id: a\n    limitUsd: "1"');
    expect(issuesOf(() => parseBudgetConfig(rows.join('\n'), { source: 'bomb.yaml' }))).toEqual([
      {
        path: '',
        line: 1,
        column: 1,
        message: expect.stringMatching(
          /^expected YAML aliases \(\*name\) that expand to a small tree, received aliases that expand without bound/,
        ),
      },
    ]);
  });

  it('reports syntax errors, duplicate keys and a missing tree with their position', () => {
    expect(
      issuesOf(() => parseBudgetConfig('budgets: [\n  { id: a', { source: 'x.yaml' }))[0],
    ).toMatchObject({ path: '', line: 2 });
    expect(() =>
      parseBudgetConfig('budgets:\n  - id: a\n    limitUsd: -1\n', { source: 'b.yaml' }),
    ).toThrow(
      /^Invalid budget configuration b.yaml:\n {2}b.yaml:3:15: budgets.0.limitUsd: expected/,
    );
    const duplicate = issuesOf(() => parseBudgetConfig('{"budgets": [], "budgets": []}'));
    expect(duplicate[0]).toMatchObject({ line: 1, message: expect.stringMatching(/unique/i) });
    expect(issuesOf(() => parseBudgetConfig(''))[0]).toMatchObject({ path: '', line: 1 });
    expect(issuesOf(() => parseBudgetConfig('budgets: []'))[0]).toMatchObject({
      path: 'budgets',
      line: 1,
      column: 10,
    });
    expect(issuesOf(() => parseBudgetConfig('budgets:\n  - limitUsd: 1\n'))[0]).toMatchObject({
      path: 'budgets.0.id',
      line: 2,
    });
    expect(
      issuesOf(() =>
        parseBudgetConfig(
          'budgets:\n  - id: a\n    limitUsd: 1\n    families: { "a/b": { limitUsd: 1 } }\n',
        ),
      )[0],
    ).toMatchObject({ path: 'budgets.0.families.a/b', line: 4 });
  });
});

describe('loadBudgets', () => {
  it('creates the whole tree and its families, then attaches to it idempotently', async () => {
    const store = memoryStore();
    const clock = manualClock(Date.UTC(2026, 0, 5));
    const config = parseBudgetConfig(yamlTree);
    const first = await loadBudgets(config, { store, clock });
    expect([...first.budgets.keys()]).toEqual(['acme', 'acme/support', 'acme/batch']);
    expect((await store.list()).map((row) => row.id).sort()).toEqual([
      'acme',
      'acme/batch',
      'acme/support',
    ]);
    const users = first.families.get('users');
    const alice = await users?.for('alice');
    expect(alice?.id).toBe('acme/support/users:alice');
    await (await (alice as NonNullable<typeof alice>).reserve('0.5')).settle('0.5');

    const again = await loadBudgets(config, { store, clock });
    expect(await again.budgets.get('acme')?.status()).toMatchObject({
      spentUsd: '0.5',
      limitUsd: '100',
      resetsAt: '2026-02-01T00:00:00.000Z',
    });
    expect(await store.list()).toHaveLength(4);
  });

  it("applies a changed limit (the configuration's wins) and keeps the spend", async () => {
    const store = memoryStore();
    const base: BudgetConfig = { budgets: [{ id: 'team', limitUsd: '10' }] };
    const loaded = await loadBudgets(base, { store });
    await (
      await (
        loaded.budgets.get('team') as NonNullable<ReturnType<typeof loaded.budgets.get>>
      ).reserve('4')
    ).settle('4');
    const lowered = await loadBudgets({ budgets: [{ id: 'team', limitUsd: 3 }] }, { store });
    expect(await lowered.budgets.get('team')?.status()).toMatchObject({
      limitUsd: '3',
      spentUsd: '4',
      exceeded: true,
    });
  });

  it('keeps a limit changed by administration over the configuration', async () => {
    const store = memoryStore();
    const config: BudgetConfig = { budgets: [{ id: 'team', limitUsd: '10' }] };
    const team = (await loadBudgets(config, { store })).budgets.get('team');
    await team?.setLimit('7', { reason: 'cut by finance' });
    const again = await loadBudgets(config, { store });
    expect(await again.budgets.get('team')?.status()).toMatchObject({ limitUsd: '7' });
  });

  it('stops at a budget the store holds with another window or parent', async () => {
    const store = memoryStore();
    await loadBudgets({ budgets: [{ id: 'org', limitUsd: 1, window: 'day' }] }, { store });
    await expect(
      loadBudgets({ budgets: [{ id: 'org', limitUsd: 1, window: 'week' }] }, { store }),
    ).rejects.toBeInstanceOf(BudgetConflictError);
  });

  it('validates a configuration given as an object, and its options', async () => {
    await expect(loadBudgets({ budgets: [{ id: 'x', limitUsd: 'lots' }] })).rejects.toThrow(
      /Invalid loadBudgets options: budgets.0.limitUsd/,
    );
    await expect(loadBudgets({} as BudgetConfig)).rejects.toBeInstanceOf(InvalidOptionsError);
    await expect(
      loadBudgets({ budgets: [{ id: 'x', limitUsd: 1 }] }, { store: {} as never }),
    ).rejects.toThrow(/store: expected a budget store/);
    await expect(
      loadBudgets({ budgets: [{ id: 'x', limitUsd: 1 }] }, { clock: 5 as never }),
    ).rejects.toThrow(/clock/);
    const loaded = await loadBudgets({ budgets: [{ id: 'x', limitUsd: 1 }] });
    expect(await loaded.budgets.get('x')?.status()).toMatchObject({ limitUsd: '1' });
  });
});

describe('budget-config.schema.json', () => {
  it('is what the zod schema generates (run `pnpm --filter @tollgate/core schema`)', () => {
    const file = fileURLToPath(new URL('../budget-config.schema.json', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(budgetConfigJsonSchemaText());
  });
});
