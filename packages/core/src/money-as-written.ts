import type * as Yaml from 'yaml';

/** The configuration keys whose values are money: read from their text, never as a double. */
const MONEY_KEYS: ReadonlySet<string> = new Set(['limitUsd']);

/**
 * A number written as a plain decimal: digits, then an optional point and digits. No sign,
 * exponent, `0x`/`0o` prefix or leading zero (`010` is ten in YAML 1.2 and eight in YAML 1.1,
 * so a reviewer cannot tell which limit it is).
 */
const WRITTEN_DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** A money field written as a number in a form other than a plain decimal. */
export interface MoneyTextIssue {
  /** The field's keys from the document's root (`['budgets', 0, 'limitUsd']`). */
  keys: (string | number)[];
  /** Where the value starts in the text. */
  offset: number;
  /** What was expected and what arrived. */
  message: string;
}

/**
 * Makes each money field written as a YAML or JSON number read as the text it was written
 * as: the scalar's value becomes that text (a string), so the limit rule checks the digits of
 * the file, not the double the parser made of them (`12345678.123456789012` is not rounded to
 * `12345678.12345679`, `0.100000000000000001` is refused past 12 places). A number that is
 * not written as a plain decimal (`0x10`, `0o17`, `010`, `1e3`, `-1`, `.inf`) is left as it
 * is and returned as an issue. Changes `document` in place; strings are left to the limit rule.
 */
export function moneyAsWritten(
  document: Yaml.Document.Parsed,
  yaml: typeof Yaml,
): MoneyTextIssue[] {
  const issues: MoneyTextIssue[] = [];
  yaml.visit(document, {
    Pair(_index, pair, path) {
      if (!yaml.isScalar(pair.key) || !MONEY_KEYS.has(String(pair.key.value))) return;
      // An alias reads its anchor's scalar: `limitUsd: *amount`.
      const written = pair.value;
      const scalar = yaml.isAlias(written) ? written.resolve(document) : written;
      if (!yaml.isScalar(scalar) || typeof scalar.value !== 'number') return;
      const text = scalar.source ?? String(scalar.value);
      if (WRITTEN_DECIMAL.test(text)) {
        scalar.value = text;
        return;
      }
      issues.push({
        keys: keysOf([...path, pair], yaml),
        offset: (yaml.isNode(written) ? written.range?.[0] : undefined) ?? 0,
        message: `expected a non-negative decimal written as digits with an optional point (no sign, exponent, 0x or 0o prefix, or leading zero), received ${text} (number)`,
      });
    },
  });
  return issues;
}

/** The keys from the root to the last entry of `chain` (the visitor's ancestors and the pair). */
function keysOf(chain: readonly unknown[], yaml: typeof Yaml): (string | number)[] {
  const keys: (string | number)[] = [];
  chain.forEach((node, index) => {
    if (yaml.isPair(node)) {
      keys.push(yaml.isScalar(node.key) ? String(node.key.value) : String(node.key));
    } else if (yaml.isSeq(node)) {
      keys.push(node.items.indexOf(chain[index + 1] as never));
    }
  });
  return keys;
}
