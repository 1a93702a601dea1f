import { expect } from 'vitest';
import { InvalidOptionsError } from '../errors.js';
import type { ConfigIssue } from '../parse-budget-config.js';

/** The issues of the `InvalidOptionsError` `run` throws (fails the test on anything else). */
export function issuesOf(run: () => unknown): ConfigIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return [...(error as InvalidOptionsError).issues];
  }
  return expect.unreachable('expected InvalidOptionsError');
}
