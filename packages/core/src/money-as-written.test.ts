import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBudgets } from './load-budgets.js';
import { memoryStore } from './memory-store.js';
import { MAX_USD, MONEY_SCALE, picoToUsd, usdToPico } from './money.js';
import { parseBudgetConfig } from './parse-budget-config.js';
import { issuesOf } from './test-support/config-issues.js';

const PLACES = `expected at most ${MONEY_SCALE} decimal places (0.000000000001 USD, the smallest amount kept)`;
const WRITTEN =
  'expected a non-negative decimal written as digits with an optional point (no sign, exponent, 0x or 0o prefix, or leading zero)';

/** The limit a store holds after loading `text`: what `status()` reads back. */
async function appliedLimit(text: string): Promise<string> {
  const { budgets } = await loadBudgets(parseBudgetConfig(text), { store: memoryStore() });
  return (await budgets.get('a')?.status())?.limitUsd ?? 'missing';
}

/** A decimal of at most 12 places, from 0 to MAX_USD, written without leading zeros. */
const writtenDecimal = fc
  .tuple(
    fc.bigInt({ min: 0n, max: BigInt(MAX_USD) - 1n }),
    fc.stringMatching(new RegExp(`^[0-9]{0,${MONEY_SCALE}}$`)),
  )
  .map(([whole, fraction]) => (fraction === '' ? `${whole}` : `${whole}.${fraction}`));

describe('a limit written as a number in a configuration file', () => {
  it('is applied exactly as written, in YAML and in JSON, for any decimal of at most 12 places', async () => {
    await fc.assert(
      fc.asyncProperty(writtenDecimal, async (written) => {
        const exact = picoToUsd(usdToPico(written));
        expect(await appliedLimit(`budgets:\n  - id: a\n    limitUsd: ${written}\n`)).toBe(exact);
        expect(await appliedLimit(`{"budgets": [{"id": "a", "limitUsd": ${written}}]}`)).toBe(
          exact,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every digit a double would round away, and reads MAX_USD written out', async () => {
    const yaml = (limit: string) => `budgets:\n  - id: a\n    limitUsd: ${limit}\n`;
    expect(await appliedLimit(yaml('12345678.123456789012'))).toBe('12345678.123456789012');
    expect(await appliedLimit(yaml('999999999999.99999'))).toBe('999999999999.99999');
    expect(await appliedLimit(yaml('12.5'))).toBe('12.5');
    expect(await appliedLimit(yaml('1000000000000.000'))).toBe('1000000000000');
    expect(parseBudgetConfig(yaml('12.50')).budgets[0]?.limitUsd).toBe('12.50');
  });

  it('is refused past 12 places at its line and column, never rounded', () => {
    const text =
      'budgets:\n  - id: a\n    limitUsd: 0.100000000000000001\n    families:\n      users: { limitUsd: 1000000000000.5 }\n';
    expect(issuesOf(() => parseBudgetConfig(text, { source: 'b.yaml' }))).toEqual([
      {
        path: 'budgets.0.limitUsd',
        line: 3,
        column: 15,
        message: `${PLACES}, received "0.100000000000000001"`,
      },
      {
        path: 'budgets.0.families.users.limitUsd',
        line: 5,
        column: 26,
        message: 'expected a decimal of at most 1000000000000, received "1000000000000.5"',
      },
    ]);
  });

  it.each([
    '0x10',
    '0o17',
    '010',
    '00.5',
    '1e3',
    '1.5E2',
    '-1',
    '+1',
    '-0',
    '.5',
    '.inf',
    '-.inf',
    '.nan',
  ])('is refused when written as %s, a form other than a plain decimal', (written) => {
    const text = `budgets:\n  - id: a\n    limitUsd: ${written}\n    children:\n      - { id: b, limitUsd: ${written} }\n`;
    expect(issuesOf(() => parseBudgetConfig(text, { source: 'b.yaml' }))).toEqual([
      {
        path: 'budgets.0.limitUsd',
        line: 3,
        column: 15,
        message: `${WRITTEN}, received ${written} (number)`,
      },
      {
        path: 'budgets.0.children.0.limitUsd',
        line: 5,
        column: 28,
        message: `${WRITTEN}, received ${written} (number)`,
      },
    ]);
  });

  it('is read through an alias from the text of its anchor', () => {
    const text =
      'budgets:\n  - id: a\n    limitUsd: &l 0.300000000001\n    children:\n      - { id: b, limitUsd: *l }\n  - id: c\n    limitUsd: &h 0x10\n    children:\n      - { id: d, limitUsd: *h }\n';
    const issues = issuesOf(() => parseBudgetConfig(text));
    expect(issues.map((issue) => [issue.path, issue.line, issue.message])).toEqual([
      ['budgets.1.limitUsd', 7, `${WRITTEN}, received 0x10 (number)`],
      ['budgets.1.children.0.limitUsd', 9, `${WRITTEN}, received 0x10 (number)`],
    ]);
    const fine = parseBudgetConfig(text.split('  - id: c')[0] as string);
    expect(fine.budgets[0]?.children?.[0]?.limitUsd).toBe('0.300000000001');
  });

  it('leaves a quoted limit to the string rule and a tagged number to its text', () => {
    const text = 'budgets:\n  - id: a\n    limitUsd: "0x10"\n  - id: b\n    limitUsd: !!float 7\n';
    expect(issuesOf(() => parseBudgetConfig(text))).toEqual([
      expect.objectContaining({
        path: 'budgets.0.limitUsd',
        message: 'expected a non-negative decimal (string or finite number), received "0x10"',
      }),
    ]);
    expect(parseBudgetConfig('budgets:\n  - { id: b, limitUsd: !!float 7 }\n').budgets[0]).toEqual({
      id: 'b',
      limitUsd: '7',
    });
  });
});
