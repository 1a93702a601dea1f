import { expect } from 'vitest';

/**
 * How a call failed, as far as its caller can tell: the error's class name and message. Used
 * to require that a wrapped SDK fails exactly as the raw SDK does.
 */
export async function failureOf(call: PromiseLike<unknown>): Promise<{
  /** The error's class name, e.g. `'APIConnectionError'`. */
  name: string;
  /** The error's message. */
  message: string;
}> {
  const error: unknown = await Promise.resolve(call).then(
    () => expect.fail('the call should have failed'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Error);
  return { name: (error as Error).constructor.name, message: (error as Error).message };
}
