import { describeValue, InvalidBudgetIdError } from './errors.js';

const pattern = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;

/** The characters of a budget id, as a regular expression (length checked separately). */
export const BUDGET_ID_PATTERN: RegExp = pattern;

/** The longest budget id accepted, in characters. */
export const MAX_BUDGET_ID_LENGTH = 128;

/**
 * Checks a budget id before it reaches a store key: 1 to 128 characters, starting with a
 * letter or digit, then letters, digits and `. _ : @ / -`. No spaces, braces or control
 * characters, so ids are safe as SQLite values and Redis keys (braces would break hash tags).
 */
export function assertBudgetId(value: unknown, field = 'id'): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > MAX_BUDGET_ID_LENGTH ||
    !pattern.test(value)
  ) {
    throw new InvalidBudgetIdError(
      `${field}: expected 1 to ${MAX_BUDGET_ID_LENGTH} characters of letters, digits and . _ : @ / - (starting with a letter or digit), received ${describeValue(value)}`,
    );
  }
  return value;
}
