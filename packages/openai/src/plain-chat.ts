/**
 * The common Chat Completions request, read in one pass: a body of plain data whose messages
 * are text, with none of the fields that change how a call is bounded or refused (tools,
 * response formats, predictions, fallback lists, provider search options).
 *
 * Why a second reader: the general path takes a JSON snapshot of the body
 * (`jsonSnapshot`), then walks the snapshot to measure it (`measureChat`), then reads it
 * again for refusals, tools and searches. Each step is small, but on a loopback provider a
 * call's cost is mostly the distinct code and data it touches, and those steps together
 * measured 10-13 µs of the adapter's 35-44 µs per call (docs/benchmarks.md). This reader
 * copies and measures a plain chat body in one loop and gives up (returns `undefined`) at
 * the first value it does not expect, so every other body takes the general path
 * unchanged. What it returns is exactly what the general path computes for the same body
 * (the snapshot, and the measure of it): `plain-chat.test.ts` checks that on generated
 * bodies.
 */
import {
  type InputMeasure,
  MESSAGE_FRAMING_TOKENS,
  REPLY_PRIMING_TOKENS,
} from './measure-input.js';

type Json = Record<string, unknown>;

/** A plain chat body as the general path would send and measure it. */
export interface PlainChat {
  /** The snapshot sent: fresh plain objects and arrays, strings shared. */
  readonly body: Json;
  /** What `measureChat` measures of it. */
  readonly input: InputMeasure;
}

/**
 * Top-level fields a plain chat body may have: none of them is measured, bounds the output
 * beyond what `outputBound` reads from the copy, or is refused. Any other field (tools,
 * `response_format`, `prediction`, `models`, `web_search_options`, an OpenRouter `usage`...)
 * sends the body down the general path.
 */
const PLAIN_FIELDS: ReadonlySet<string> = new Set([
  'model',
  'messages',
  'max_completion_tokens',
  'max_tokens',
  'n',
  'service_tier',
  'stream',
  'stream_options',
  'temperature',
  'top_p',
  'seed',
  'user',
  'stop',
  'frequency_penalty',
  'presence_penalty',
  'logprobs',
  'top_logprobs',
  'store',
  'metadata',
  'reasoning_effort',
  'verbosity',
  'safety_identifier',
  'prompt_cache_key',
  'prompt_cache_retention',
  'parallel_tool_calls',
  'logit_bias',
]);

/**
 * An own `__proto__` key (`JSON.parse` makes them) is data, which an assignment to the copy
 * would take for its prototype: such a body goes down the general path.
 */
const PROTO = '__proto__';

/** Gathers a plain body's texts as `measureChat`'s collector does. */
class PlainMeasure {
  readonly texts: string[] = [];
  textBytes = 0;

  text(value: string): void {
    if (value.length === 0) return;
    this.texts.push(value);
    this.textBytes += Buffer.byteLength(value, 'utf8');
  }
}

/**
 * The snapshot and measure of a plain chat body (see the file's comment), or `undefined`
 * when the body is anything else: the general path then reads it.
 */
export function readPlainChat(source: unknown): PlainChat | undefined {
  if (!isPlainObject(source)) return undefined;
  const measure = new PlainMeasure();
  const body: Json = {};
  let messages = 0;
  for (const key of Object.keys(source)) {
    const value = (source as Json)[key];
    // As JSON omits it: a field passed as `undefined` is no field.
    if (value === undefined) continue;
    if (!PLAIN_FIELDS.has(key)) return undefined;
    let copy: unknown;
    if (key === 'messages') {
      copy = copyMessages(value, measure);
      if (copy !== undefined) messages = (copy as unknown[]).length;
    } else {
      copy = copyField(value);
    }
    if (copy === undefined) return undefined;
    body[key] = copy;
  }
  const fixedTokens = REPLY_PRIMING_TOKENS + MESSAGE_FRAMING_TOKENS * messages;
  const { texts, textBytes } = measure;
  return { body, input: { texts, textBytes, fixedTokens, open: false } };
}

/** The messages, copied and measured; `undefined` unless each is a plain text message. */
function copyMessages(value: unknown, measure: PlainMeasure): Json[] | undefined {
  if (!isPlainArray(value)) return undefined;
  const copies: Json[] = [];
  // Read as `JSON.stringify` reads an array: by index, each element once.
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    const message = value[index];
    // A `type` field makes a message an item the collector reads by kind (an image, a file).
    if (!isPlainObject(message) || Object.hasOwn(message, 'type')) return undefined;
    const copy: Json = {};
    for (const key of Object.keys(message)) {
      let field = (message as Json)[key];
      if (field === undefined) continue;
      if (key === PROTO) return undefined;
      if (typeof field === 'string') {
        measure.text(field);
      } else if (key === 'content' && Array.isArray(field)) {
        field = copyTextParts(field, measure);
        if (field === undefined) return undefined;
      } else if (!isPlainPrimitive(field)) {
        return undefined;
      }
      copy[key] = field;
    }
    copies.push(copy);
  }
  return copies;
}

/** Content parts that are all `{ type: 'text', text }`, copied and measured. */
function copyTextParts(parts: unknown[], measure: PlainMeasure): Json[] | undefined {
  if (!isPlainArray(parts)) return undefined;
  const copies: Json[] = [];
  const length = parts.length;
  for (let index = 0; index < length; index += 1) {
    const part = parts[index];
    if (!isPlainObject(part) || (part as Json).type !== 'text') return undefined;
    const copy: Json = {};
    for (const key of Object.keys(part)) {
      const field = (part as Json)[key];
      if (field === undefined) continue;
      if (key === PROTO) return undefined;
      // The collector reads every string of a part but its kind.
      if (typeof field === 'string') {
        if (key !== 'type') measure.text(field);
      } else if (!isPlainPrimitive(field)) {
        return undefined;
      }
      copy[key] = field;
    }
    copies.push(copy);
  }
  return copies;
}

/**
 * A field that is not measured, copied: a primitive JSON writes as it is, an array of
 * them, or an object of them (`stream_options`, `metadata`, `logit_bias`).
 */
function copyField(value: unknown): unknown {
  if (typeof value === 'string' || isPlainPrimitive(value)) return value;
  if (isPlainArray(value)) {
    const copy: unknown[] = [];
    const length = value.length;
    for (let index = 0; index < length; index += 1) {
      const item = value[index];
      if (!isPlainPrimitive(item) && typeof item !== 'string') return undefined;
      copy.push(item);
    }
    return copy;
  }
  if (!isPlainObject(value)) return undefined;
  const copy: Json = {};
  for (const key of Object.keys(value)) {
    const item = (value as Json)[key];
    if (item === undefined) continue;
    if (key === PROTO) return undefined;
    if (!isPlainPrimitive(item) && typeof item !== 'string') return undefined;
    copy[key] = item;
  }
  return copy;
}

/** A value JSON writes unchanged that is not a string: `null`, a boolean, a finite number. */
function isPlainPrimitive(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** An object of `Object.prototype` that serialises as its fields (no `toJSON`, even inherited). */
function isPlainObject(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    (value as { toJSON?: unknown }).toJSON === undefined
  );
}

/** An array of `Array.prototype` with no `toJSON` (a hole reads as `undefined`, refused). */
function isPlainArray(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    Object.getPrototypeOf(value) === Array.prototype &&
    (value as { toJSON?: unknown }).toJSON === undefined
  );
}
