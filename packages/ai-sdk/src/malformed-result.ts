/**
 * What a model below the metering layer must hand back for its step to be settled: a
 * `doGenerate` result with a `content` array and a usage of the shape the AI SDK reads, a
 * `doStream` result whose `stream` is a ReadableStream nobody has locked, and whose parts
 * are objects. A custom or community provider, or a middleware below the layer that reads
 * the stream itself, can break this; the provider was called by then, so such a step is
 * charged its hold (`usage: 'unreadable'`), its slot is freed, and the caller gets an
 * `InvalidRequestError` saying what arrived instead of a `TypeError` later.
 */
import { InvalidRequestError } from '@tollgate/core';
import { chargeTheHold } from '@tollgate/core/adapter';
import { describeValue, isRecord } from '@tollgate/core/internal';
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
 * The usage a `doGenerate` result must carry for the AI SDK to read it, by specification:
 * `ai` 5 reads a v2 usage's flat counts off an object; `ai` 6 and 7 read `inputTokens.total`
 * and `outputTokens.total` off a v3 or v4 one.
 */
export interface UsageShape {
  /** Whether `usage` has the shape (checked after the content, on every generated step). */
  readonly readable: (usage: unknown) => boolean;
  /** The shape, as an error message names it. */
  readonly expected: string;
}

/** The usage of a v2 `doGenerate` result: an object (its counts may each be missing). */
export const USAGE_SHAPE_V2: UsageShape = {
  readable: isRecord,
  expected: 'a usage object',
};

/** The usage of a v3 or v4 `doGenerate` result: an object of `inputTokens` and `outputTokens` objects. */
export const USAGE_SHAPE_V4: UsageShape = {
  readable: (usage) =>
    isRecord(usage) && isRecord(usage.inputTokens) && isRecord(usage.outputTokens),
  expected: 'a usage object whose inputTokens and outputTokens are objects',
};

/**
 * Ends a step whose result cannot be read (charged its hold, slot freed) and returns the
 * error to throw. Only on this failure path: the allocation is never on a good step's way.
 */
export async function endMalformed(
  held: HeldStep,
  name: ModelName,
  call: 'doGenerate' | 'doStream',
  result: unknown,
  usage: UsageShape,
): Promise<InvalidRequestError> {
  await endStep(held, chargeTheHold(held, 'unreadable'));
  const expected =
    call === 'doGenerate'
      ? `a result with a content array and ${usage.expected}`
      : 'a result whose stream is an unlocked ReadableStream';
  return new InvalidRequestError(
    `expected ${call} of ${modelOf(name)} to resolve ${expected}, but it resolved ` +
      `${describeResult(call, result)}. The provider was called, so the step is charged its ` +
      'hold. Check the model, or a middleware below withBudget that changes its result',
  );
}

/**
 * Whether a stream part can be read as the AI SDK of `usage`'s specification reads it: an
 * object with a string `type`, and a `finish` part's usage of the spec's shape (the AI SDK
 * reads it as soon as the part arrives). On every part: two checks, no allocation.
 */
export function readablePart(part: unknown, usage: UsageShape): boolean {
  if (!isRecord(part) || typeof part.type !== 'string') return false;
  return part.type !== 'finish' || usage.readable(part.usage);
}

/**
 * The error a stream ends with when its model sends a part the AI SDK cannot read (see
 * `readablePart`): nothing after it, its `finish` usage included, can be read (the step is
 * charged its hold).
 */
export function malformedPart(
  name: ModelName,
  part: unknown,
  usage: UsageShape,
): InvalidRequestError {
  const stream = `the doStream stream of ${modelOf(name)}`;
  const expected =
    isRecord(part) && part.type === 'finish'
      ? `the finish part of ${stream} to carry ${usage.expected}, but its usage is ${describeUsage(part.usage)}`
      : `every part of ${stream} to be an object with a string type, but it sent ${describePart(part)}`;
  return new InvalidRequestError(
    `expected ${expected}. The provider was called, so the step is charged its hold. ` +
      'Check the model, or a middleware below withBudget that changes its stream',
  );
}

function describePart(part: unknown): string {
  return isRecord(part)
    ? `an object whose type is ${describeValue(part.type)}`
    : describeValue(part);
}

function modelOf(name: ModelName): string {
  return `${name.provider} model "${name.modelId}"`;
}

function describeResult(call: 'doGenerate' | 'doStream', result: unknown): string {
  if (!isRecord(result)) return describeValue(result);
  if (call === 'doGenerate') {
    if (!Array.isArray(result.content))
      return `an object whose content is ${describeValue(result.content)}`;
    return `an object whose usage is ${describeUsage(result.usage)}`;
  }
  const stream = result.stream;
  if (stream instanceof ReadableStream) return 'an object whose stream is already locked';
  return `an object whose stream is ${describeValue(stream)}`;
}

function describeUsage(usage: unknown): string {
  if (!isRecord(usage)) return describeValue(usage);
  return (
    `an object whose inputTokens is ${describeValue(usage.inputTokens)} ` +
    `and outputTokens ${describeValue(usage.outputTokens)}`
  );
}
