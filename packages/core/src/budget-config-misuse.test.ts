import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { budgetFamily } from './budget-family.js';
import { InvalidBudgetIdError } from './errors.js';
import { loadBudgets } from './load-budgets.js';
import { parseBudgetConfig } from './parse-budget-config.js';
import { issuesOf } from './test-support/config-issues.js';

const familyRule =
  'expected a family name of letters, digits and . _ @ - (starting with a letter or digit)';

describe('a configuration whose keys an object cannot hold', () => {
  const yaml =
    'budgets:\n  - id: org\n    limitUsd: 1\n    families:\n      __proto__:\n        limitUsd: 1\n';
  const json = '{"budgets":[{"id":"org","limitUsd":1,"families":{"__proto__":{"limitUsd":1}}}]}';

  it('refuses a family named __proto__ at its place, instead of dropping it', () => {
    expect(issuesOf(() => parseBudgetConfig(yaml, { source: 'b.yaml' }))).toEqual([
      {
        path: 'budgets.0.families.__proto__',
        message: `${familyRule}, received "__proto__"`,
        line: 6,
        column: 9,
      },
    ]);
    expect(issuesOf(() => parseBudgetConfig(json, { source: 'b.json' }))).toEqual([
      expect.objectContaining({ path: 'budgets.0.families.__proto__', line: 1, column: 62 }),
    ]);
  });

  it('refuses it in a configuration given as an object (JSON.parse keeps the key)', async () => {
    await expect(loadBudgets(JSON.parse(json))).rejects.toThrow(
      `Invalid loadBudgets options: budgets.0.families.__proto__: ${familyRule}, received "__proto__"`,
    );
  });

  it('refuses an own __proto__ key among options as the unknown option it is', () => {
    const sneaky = '{"id":"a","limitUsd":1,"__proto__":{"enforce":false}}';
    const unknown = /__proto__: expected a documented option, received unknown option "__proto__"/;
    expect(() => createBudget(JSON.parse(sneaky))).toThrow(unknown);
    expect(() => createBudget({ id: 'org', limitUsd: 1 }).child(JSON.parse(sneaky))).toThrow(
      unknown,
    );
    const parent = createBudget({ id: 'org', limitUsd: 1 });
    expect(() =>
      budgetFamily({ parent, template: JSON.parse('{"limitUsd":1,"__proto__":{"limitUsd":5}}') }),
    ).toThrow(/template\.__proto__: expected a documented option/);
    expect(
      issuesOf(() =>
        parseBudgetConfig('budgets:\n  - id: a\n    __proto__: { limitUsd: 5 }\n', {
          source: 'b.yaml',
        }),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'budgets.0.__proto__',
          line: 3,
          message: expect.stringMatching(/unknown option "__proto__"/),
        }),
      ]),
    );
  });

  it('names the key of any bad family name, not the template it holds', () => {
    const text =
      'budgets:\n  - id: org\n    limitUsd: 1\n    families:\n      _users: { limitUsd: 1 }\n      a/b: { limitUsd: 1 }\n';
    expect(issuesOf(() => parseBudgetConfig(text)).map((issue) => issue.message)).toEqual([
      `${familyRule}, received "_users"`,
      `${familyRule}, received "a/b"`,
    ]);
  });

  it('refuses __proto__ as a budget id everywhere an id is checked, saying what ids may be', () => {
    const idRule =
      /expected 1 to 128 .*letters, digits and \. _ : @ \/ - \(starting with a letter or digit\)/;
    expect(
      issuesOf(() => parseBudgetConfig('budgets:\n  - id: __proto__\n    limitUsd: 1\n')),
    ).toEqual([
      expect.objectContaining({
        path: 'budgets.0.id',
        line: 2,
        message: expect.stringMatching(idRule),
      }),
    ]);
    const root = createBudget({ id: 'org', limitUsd: 1 });
    for (const run of [
      () => createBudget({ id: '__proto__', limitUsd: 1 }),
      () => root.child({ id: '__proto__', limitUsd: 1 }),
    ]) {
      expect(run).toThrow(InvalidBudgetIdError);
      expect(run).toThrow(idRule);
    }
    expect(() =>
      budgetFamily({ parent: root, name: '__proto__', template: { limitUsd: 1 } }),
    ).toThrow(InvalidBudgetIdError);
    const family = budgetFamily({ parent: root, template: { limitUsd: 1 } });
    expect(() => family.idFor('__proto__')).toThrow(InvalidBudgetIdError);
  });

  it.each(['constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'keeps %s a normal id, family name and key',
    async (name) => {
      const text = `budgets:\n  - id: ${name}\n    limitUsd: 2\n    families:\n      ${name}: { limitUsd: 1 }\n    children:\n      - id: ${name}/child\n        limitUsd: 1\n`;
      const loaded = await loadBudgets(parseBudgetConfig(text));
      expect([...loaded.budgets.keys()]).toEqual([name, `${name}/child`]);
      const member = await loaded.families.get(name)?.for(name);
      expect(member?.id).toBe(`${name}/${name}:${name}`);
      await (await member?.reserve('0.5'))?.settle('0.5');
      expect(await loaded.budgets.get(name)?.status()).toMatchObject({ id: name, spentUsd: '0.5' });
    },
  );
});

describe('a configuration limit past 12 decimal places', () => {
  it('is refused at its place, in a budget and in a family template, not rounded', () => {
    const text =
      'budgets:\n  - id: a\n    limitUsd: "1.0000000000001"\n    families:\n      users: { limitUsd: 0.0000000000019 }\n';
    const expected =
      'expected at most 12 decimal places (0.000000000001 USD, the smallest amount kept)';
    expect(issuesOf(() => parseBudgetConfig(text, { source: 'b.yaml' }))).toEqual([
      {
        path: 'budgets.0.limitUsd',
        line: 3,
        column: 15,
        message: `${expected}, received "1.0000000000001"`,
      },
      {
        path: 'budgets.0.families.users.limitUsd',
        line: 5,
        column: 26,
        message: `${expected}, received "0.0000000000019"`,
      },
    ]);
  });
});

describe('a budget declared with an id a family makes for a member', () => {
  const text = `budgets:
  - id: org
    limitUsd: 10
    families:
      users: { limitUsd: 1 }
    children:
      - id: org/users:alice
        limitUsd: 5
      - id: org/users-team
        limitUsd: 5
  - id: org/users:bob
    limitUsd: 1
`;

  it('is refused at load, naming both declarations and their places', () => {
    const issues = issuesOf(() => parseBudgetConfig(text, { source: 'b.yaml' }));
    expect(issues).toEqual([
      {
        path: 'budgets.0.children.0.id',
        line: 7,
        column: 13,
        message:
          'expected an id no family makes for a member: family "users" (budgets.0.families.users, b.yaml:5:14) makes this one for key "alice" and would take this budget over with its template (give that member its own limit with for("alice", { limitUsd })), received "org/users:alice"',
      },
      expect.objectContaining({
        path: 'budgets.1.id',
        line: 11,
        message: expect.stringMatching(/for key "bob" .*, received "org\/users:bob"$/),
      }),
    ]);
  });

  it('is refused by loadBudgets before the store is touched', async () => {
    const config = {
      budgets: [
        {
          id: 'org',
          limitUsd: 10,
          families: { users: { limitUsd: 1 } },
          children: [{ id: 'org/users:alice', limitUsd: 5 }],
        },
      ],
    };
    await expect(loadBudgets(config)).rejects.toThrow(
      /^Invalid loadBudgets options: budgets\.0\.children\.0\.id: expected an id no family makes for a member: family "users" \(budgets\.0\.families\.users\) makes this one for key "alice"/,
    );
  });

  it('is not confused with ids that no key of the family makes', async () => {
    const config = parseBudgetConfig(
      'budgets:\n  - id: org\n    limitUsd: 10\n    families: { users: { limitUsd: 1 } }\n    children:\n      - { id: "org/users:", limitUsd: 1 }\n      - { id: "org/users:a/b", limitUsd: 1 }\n      - { id: "org/users:_x", limitUsd: 1 }\n      - { id: "org/usersx:alice", limitUsd: 1 }\n      - { id: "other/users:alice", limitUsd: 1 }\n',
    );
    const loaded = await loadBudgets(config);
    expect(loaded.budgets.size).toBe(6);
    expect((await loaded.families.get('users')?.for('alice'))?.id).toBe('org/users:alice');
  });
});
