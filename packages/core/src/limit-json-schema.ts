import { MAX_USD, MONEY_SCALE } from './money.js';

/** The JSON Schema of a budget limit, as `limitJsonSchema` builds it. */
export interface LimitJsonSchema {
  description: string;
  anyOf: [
    { type: 'string'; pattern: string },
    { type: 'number'; maximum: number; anyOf: [{ const: 0 }, { minimum: number }] },
  ];
}

/**
 * The JSON Schema of a budget limit (`budget-config.schema.json`), from the constants the
 * limit check (`limitRefusal`) reads, so an editor refuses what `parseBudgetConfig` refuses.
 *
 * A string: a non-negative decimal of at most `MAX_USD` with at most `MONEY_SCALE` decimal
 * places, trailing zeros aside (`'1.50000000000000'` is a limit, `'0.0000000000001'` is not).
 * The pattern spells `MAX_USD` (a power of ten) as its digits, the one whole number of its
 * length kept. It holds in every regular expression engine validators use, not only
 * ECMAScript's: `[0-9]` rather than `\d`, which is any Unicode digit in Python's, and `$(?!\n)`,
 * since Python's `$` also matches before a final newline (`'1\n'`, which the parser refuses).
 *
 * A number: from 0 to `MAX_USD`, and none between 0 and 10^-12. Its places beyond that have
 * no portable JSON Schema form: `multipleOf: 1e-12` divides in binary floating point, which
 * refuses limits such as 539.3 in common validators (ajv, Python's jsonschema). A number like
 * 1.0000000000001 passes the schema and is refused at load. Nor does JSON Schema see how a
 * number is written: `parseBudgetConfig` reads a number from its text and refuses one in
 * exponent form (`1e-12`), or in YAML with a `0x`/`0o` prefix or a leading zero, which the
 * schema takes by its value.
 */
export function limitJsonSchema(): LimitJsonSchema {
  const wholeDigits = String(MAX_USD).length - 1;
  const places = MONEY_SCALE;
  const below = `[0-9]{1,${wholeDigits}}(?:\\.[0-9]{1,${places}}0*)?`;
  const atMax = `${MAX_USD}(?:\\.0+)?`;
  return {
    description: `USD as a decimal string ("2.50") or a number written as plain digits (no exponent), from 0 to ${MAX_USD}, with at most ${places} decimal places`,
    anyOf: [
      { type: 'string', pattern: `^0*(?:${below}|${atMax})$(?!\\n)` },
      {
        type: 'number',
        maximum: MAX_USD,
        anyOf: [{ const: 0 }, { minimum: Number(`1e-${places}`) }],
      },
    ],
  };
}
