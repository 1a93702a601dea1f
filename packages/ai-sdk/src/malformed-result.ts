/**
 * What a model below the metering layer must hand back for its step to be settled: a
 * `doGenerate` result with a `content` array, a `doStream` result whose `stream` is a
 * ReadableStream nobody has locked. A custom or community provider, or a middleware below
 * the layer that reads the stream itself, can break this; the provider was called by then,
 * so such a step is charged its hold (`usage: 'unreadable'`), its slot is freed, and the
 * caller gets an `InvalidRequestError` saying what arrived instead of a `TypeError` later.
 */
import { InvalidRequestError } from '@tollgate/core';
import { chargeTheHold } from '@tollgate/core/adapter';
import { describeValue } from '@tollgate/core/internal';
import type { HeldStep } from './hold-step.js';
import type { ModelName } from './plan-step.js';
import { endStep } from './step-endings.js';

/** The `content` of a `doGenerate` result, or `undefined` when it has no array there. */
export function contentOf(result: unknown): readonly unknown[] | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const content = (result as { content?: unknown }).content;
  return Array.isArray(content) ? content : undefined;
}

/** The `stream` of a `doStream` result, when it is a ReadableStream that can still be read. */
export function streamOf(result: unknown): ReadableStream<unknown> | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const stream = (result as { stream?: unknown }).stream;
  return stream instanceof ReadableStream && !stream.locked ? stream : undefined;
}

/**
 * Ends a step whose result cannot be read (charged its hold, slot freed) and returns the
 * error to throw. Only on this failure path: the allocation is never on a good step's way.
 */
export async function endMalformed(
  held: HeldStep,
  name: ModelName,
  call: 'doGenerate' | 'doStream',
  result: unknown,
): Promise<InvalidRequestError> {
  await endStep(held, chargeTheHold(held, 'unreadable'));
  const expected =
    call === 'doGenerate'
      ? 'a result with a content array'
      : 'a result whose stream is an unlocked ReadableStream';
  return new InvalidRequestError(
    `expected ${call} of ${name.provider} model "${name.modelId}" to resolve ${expected}, ` +
      `but it resolved ${describeResult(call, result)}. The provider was called, so the step ` +
      'is charged its hold. Check the model, or a middleware below withBudget that changes its result',
  );
}

function describeResult(call: 'doGenerate' | 'doStream', result: unknown): string {
  if (typeof result !== 'object' || result === null) return describeValue(result);
  if (call === 'doGenerate')
    return `an object whose content is ${describeValue((result as { content?: unknown }).content)}`;
  const stream = (result as { stream?: unknown }).stream;
  if (stream instanceof ReadableStream) return 'an object whose stream is already locked';
  return `an object whose stream is ${describeValue(stream)}`;
}
