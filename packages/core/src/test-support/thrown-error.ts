import { expect } from 'vitest';

/** The error of class `type` that `run` throws (fails the test when it throws anything else or nothing). */
export function thrownError<T extends Error>(
  type: abstract new (...args: never[]) => T,
  run: () => unknown,
): T {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as T;
  }
  return expect.unreachable(`expected ${type.name}, nothing was thrown`);
}
