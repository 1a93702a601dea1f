import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from './errors.js';
import { MAX_USD, MONEY_SCALE } from './money.js';
import { parseBudgetConfig } from './parse-budget-config.js';

// The shipped file, as an editor or a CI check reads it (its text is the generator's: see
// budget-config.test.ts), validated by a standard JSON Schema validator.
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../budget-config.schema.json', import.meta.url)), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true }).compile(schema);

/** A configuration with `limit` as a root budget's limit and as a family template's. */
function configWith(limit: unknown): unknown[] {
  return [
    { budgets: [{ id: 'a', limitUsd: limit }] },
    { budgets: [{ id: 'a', limitUsd: '1', families: { users: { limitUsd: limit } } }] },
  ];
}

/** Whether the shipped JSON Schema takes `limit`, the same way in both places. */
function schemaTakes(limit: unknown): boolean {
  const [root, family] = configWith(limit).map((config) => validate(config));
  expect(family).toBe(root);
  return root as boolean;
}

/**
 * A number as a person writes it in a file: plain digits. JSON.stringify writes 1e-7 in
 * exponent form, which the parser refuses however it is valued (see the test below).
 */
function written(limit: number): string {
  return Object.is(limit, -0) ? '0' : new Big(limit).toFixed();
}

/** Whether `parseBudgetConfig` takes `limit` from a JSON file, the same way in both places. */
function parserTakes(limit: unknown): boolean {
  const [root, family] = configWith(typeof limit === 'number' ? '<limit>' : limit).map((config) => {
    const text = JSON.stringify(config).replace(
      '"<limit>"',
      typeof limit === 'number' ? written(limit) : '',
    );
    try {
      parseBudgetConfig(text, { source: 'budgets.json' });
      return true;
    } catch (error) {
      if (!(error instanceof InvalidOptionsError)) throw error;
      return false;
    }
  });
  expect(family).toBe(root);
  return root as boolean;
}

/** Decimal places of a number as the parser reads it (its shortest round-trip form). */
function placesOf(value: number): number {
  const { c: digits, e: exponent } = new Big(value);
  return Math.max(0, digits.length - exponent - 1);
}

// Decimal strings near every edge: leading and trailing zeros, 0 to 15 whole digits (MAX_USD
// has 13), 0 to 16 places (12 kept).
const digits = (maxLength: number) =>
  fc.array(fc.constantFrom('0', '0', '1', '5', '9'), { maxLength }).map((list) => list.join(''));
const decimalText = fc
  .tuple(digits(15), fc.option(digits(16)), fc.constantFrom('', '', '1', '9'))
  .map(([whole, fraction, lead]) => `${lead}${whole}${fraction === null ? '' : `.${fraction}`}`);
const nearMax = fc
  .tuple(fc.constantFrom(String(MAX_USD), '999999999999', '1000000000001'), fc.option(digits(4)))
  .map(([whole, fraction]) => (fraction === null ? whole : `${whole}.${fraction}`));
const malformed = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', '.5', '1.', '-1', '+1', '1e3', ' 1', '1\n', '١', '0x10', 'NaN'),
);

describe('budget-config.schema.json limits', () => {
  it('refuses the limits parseBudgetConfig refuses: 13 places, past MAX_USD, as text or a number', () => {
    for (const limit of ['0.0000000000001', '1000000000001', 1e13]) {
      expect([limit, parserTakes(limit)]).toEqual([limit, false]);
      expect([limit, schemaTakes(limit)]).toEqual([limit, false]);
    }
    const edges = [
      '0',
      '0.000000000001',
      '1.000000000000000',
      String(MAX_USD),
      `00${MAX_USD}.000`,
      0,
      Number(`1e-${MONEY_SCALE}`),
      MAX_USD,
    ];
    for (const limit of edges)
      expect([limit, schemaTakes(limit), parserTakes(limit)]).toEqual([limit, true, true]);
    for (const limit of [`${MAX_USD}.000000000001`, -0.5, 9e-13, MAX_USD + 0.5, '-0']) {
      expect([limit, schemaTakes(limit), parserTakes(limit)]).toEqual([limit, false, false]);
    }
  });

  it('takes a number in exponent form the parser refuses: the schema sees values, not text', () => {
    for (const text of ['1e-12', '1E3', '0.5e1']) {
      const limit = Number(text);
      expect([text, schemaTakes(limit), parserTakes(limit)]).toEqual([text, true, true]);
      const file = `{"budgets": [{"id": "a", "limitUsd": ${text}}]}`;
      expect(() => parseBudgetConfig(file)).toThrow(
        new RegExp(
          `budgets\\.0\\.limitUsd: expected a non-negative decimal written as digits .*, received ${text} \\(number\\)`,
        ),
      );
    }
  });

  it('agrees with the parser on every decimal string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText, nearMax, malformed), (limit) => {
        expect(schemaTakes(limit)).toBe(parserTakes(limit));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the parser on numbers, but for places past 12 at or above 1e-12 (property)', () => {
    const number = fc.oneof(
      fc.double({ min: -1, max: MAX_USD * 2, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: 1e-11, noNaN: true }),
      decimalText.map(Number).filter(Number.isFinite),
    );
    fc.assert(
      fc.property(number, (limit) => {
        const schemaSays = schemaTakes(limit);
        // The one gap (see limitJsonSchema): a number's places have no portable JSON Schema form.
        const gap = limit >= Number(`1e-${MONEY_SCALE}`) && limit <= MAX_USD;
        if (gap && placesOf(limit) > MONEY_SCALE) expect(schemaSays).toBe(true);
        expect(schemaSays || !parserTakes(limit)).toBe(true);
        if (!gap || placesOf(limit) <= MONEY_SCALE) expect(schemaSays).toBe(parserTakes(limit));
      }),
      { numRuns: 400 },
    );
  });
});
