import { everyTokenCount, isUsageTokens, type ToolCallKind } from './call-usage.js';
import type { ValidationIssue } from './errors.js';
import { isUsd } from './money.js';
import { expectedIssue, invalidInput, metadataIssue, plainDataIssue } from './plain-data.js';
import { isMarkedSerialisable, markSerialisable } from './serialisable.js';
import type { SettlementDetails } from './store.js';

/**
 * Validates what `reservation.settle` records: a plain object whose known fields have their
 * documented types and whose every value can be stored (see `plainDataIssue`).
 */
export function checkSettlementDetails(value: unknown): SettlementDetails {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('settlement details', [expectedIssue('', 'an object', value)]);
  }
  const details = value as Record<string, unknown>;
  // Most settles made by hand pass no details, and the kit's were checked as they were built.
  if (isEmptyPlainObject(details) || isMarkedSerialisable(details))
    return details as SettlementDetails;
  const issues = detailsIssues(details);
  if (issues.length > 0) throw invalidInput('settlement details', issues);
  markSerialisable(details);
  return details as SettlementDetails;
}

/**
 * Checks details the adapter kit builds from a typed usage (string fields, token and tool
 * call counts; no metadata, which joins later from the reserve), without the generic walk
 * `checkSettlementDetails` makes of a caller's details, and marks them checked.
 */
export function checkBuiltDetails(details: SettlementDetails): SettlementDetails {
  // The usual details pass one pass of plain checks; only wrong ones are walked for issues.
  if (builtDetailsValid(details)) {
    markSerialisable(details);
    return details;
  }
  const fields = details as Record<string, unknown>;
  const issues = fieldIssues(fields);
  // The counts are checked by key; anything else an observer put there must store too
  // (typed counts and nothing else, the usual case, need no walk).
  const tokens =
    issues.length === 0 && !onlyTypedCounts(fields.tokens)
      ? plainDataIssue(fields.tokens, 'tokens')
      : undefined;
  if (tokens !== undefined) issues.push(tokens);
  if (issues.length > 0) throw invalidInput('settlement details', issues);
  markSerialisable(details);
  return details;
}

const optionalString = (value: unknown): boolean =>
  value === undefined || typeof value === 'string';

const optionalBoolean = (value: unknown): boolean =>
  value === undefined || typeof value === 'boolean';

/** Absent, or an amount as the ledger writes one: a decimal string. */
const optionalUsdText = (value: unknown): boolean =>
  value === undefined || (typeof value === 'string' && isUsd(value));

/**
 * True for details as the kit builds them from a sound usage: each documented field of its
 * type, no metadata (it joins from the reserve), typed token counts and nothing else in
 * them. Named reads, not a loop over field names: this runs on every call.
 */
function builtDetailsValid(details: SettlementDetails): boolean {
  const fields = details as Record<string, unknown>;
  return (
    optionalString(fields.provider) &&
    optionalString(fields.model) &&
    optionalString(fields.pricingVersion) &&
    optionalString(fields.requestModel) &&
    optionalString(fields.responseModel) &&
    optionalString(fields.serviceTier) &&
    optionalString(fields.operation) &&
    optionalBoolean(fields.partial) &&
    optionalBoolean(fields.capped) &&
    optionalUsdText(fields.uncappedUsd) &&
    fields.metadata === undefined &&
    toolCallsIssue(fields.toolCalls) === undefined &&
    typedCountsValid(fields.tokens)
  );
}

/** True when `tokens` is absent, or typed counts (each a count) with nothing else in them. */
function typedCountsValid(tokens: unknown): boolean {
  if (tokens === undefined) return true;
  return isUsageTokens(tokens) && everyTokenCount(tokens, isCount) && onlyTypedCounts(tokens);
}

const STRING_FIELDS = [
  'provider',
  'model',
  'pricingVersion',
  'requestModel',
  'responseModel',
  'serviceTier',
  'operation',
] as const;

const BOOLEAN_FIELDS = ['partial', 'capped'] as const;

/** Every documented field of `details` that does not have its documented type. */
function fieldIssues(details: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const key of STRING_FIELDS) {
    const field = details[key];
    if (field !== undefined && typeof field !== 'string')
      issues.push(expectedIssue(key, 'a string', field));
  }
  for (const key of BOOLEAN_FIELDS) {
    if (!optionalBoolean(details[key])) issues.push(expectedIssue(key, 'a boolean', details[key]));
  }
  if (!optionalUsdText(details.uncappedUsd)) {
    issues.push(
      expectedIssue('uncappedUsd', 'a non-negative decimal string of USD', details.uncappedUsd),
    );
  }
  const problems = [
    details.metadata === undefined ? undefined : metadataIssue(details.metadata, 'metadata'),
    tokensIssue(details.tokens),
    toolCallsIssue(details.toolCalls),
  ];
  for (const problem of problems) if (problem !== undefined) issues.push(problem);
  return issues;
}

/** `fieldIssues`, then, when the fields are right, anything in the details JSON cannot carry. */
function detailsIssues(details: Record<string, unknown>): ValidationIssue[] {
  const issues = fieldIssues(details);
  if (issues.length > 0) return issues;
  const plain = plainDataIssue(details, '');
  return plain === undefined ? issues : [plain];
}

/** True for `{}` (an object of the plain prototype with no keys). */
export function isEmptyPlainObject(value: object): boolean {
  for (const _key in value) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * The first count of `counts` at `keys` that is not a count; without `keys` (older flat
 * entries), every key, an absent count allowed.
 */
function countsIssue(
  counts: Record<string, unknown>,
  path: string,
  keys?: readonly string[],
): ValidationIssue | undefined {
  for (const key of keys ?? Object.keys(counts)) {
    const count = counts[key];
    if (!isCount(count) && !(keys === undefined && count === undefined))
      return expectedIssue(`${path}.${key}`, 'a finite, non-negative number of tokens', count);
  }
  return undefined;
}

const INPUT_KEYS = ['uncached', 'cacheRead', 'cacheWrite5m', 'cacheWrite1h'] as const;
const OUTPUT_KEYS = ['text', 'reasoning'] as const;
const TOOL_KEYS: readonly ToolCallKind[] = ['webSearch', 'webFetch', 'codeExecution'];

/** Typed tokens (`{ input: {…}, output: {…} }`) or an older entry's flat counts by kind. */
function tokensIssue(tokens: unknown): ValidationIssue | undefined {
  if (tokens === undefined) return undefined;
  if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) {
    return expectedIssue('tokens', 'an object of token counts', tokens);
  }
  if (!isUsageTokens(tokens)) return countsIssue(tokens as Record<string, unknown>, 'tokens');
  const { input, output } = tokens as unknown as Record<
    'input' | 'output',
    Record<string, unknown>
  >;
  return (
    countsIssue(input, 'tokens.input', INPUT_KEYS) ??
    countsIssue(output, 'tokens.output', OUTPUT_KEYS)
  );
}

/** True when `tokens` is absent or typed tokens with no key beyond the counts `tokensIssue` checks. */
function onlyTypedCounts(tokens: unknown): boolean {
  if (tokens === undefined) return true;
  if (!isUsageTokens(tokens)) return false;
  return (
    onlyKeys(tokens, TOKENS_KEYS) &&
    onlyKeys(tokens.input, INPUT_KEYS) &&
    onlyKeys(tokens.output, OUTPUT_KEYS)
  );
}

const TOKENS_KEYS = ['input', 'output'] as const;

function onlyKeys(value: object, keys: readonly string[]): boolean {
  for (const key in value) if (!keys.includes(key)) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

function toolCallsIssue(toolCalls: unknown): ValidationIssue | undefined {
  if (toolCalls === undefined) return undefined;
  if (typeof toolCalls !== 'object' || toolCalls === null || Array.isArray(toolCalls)) {
    return expectedIssue('toolCalls', 'an object of tool call counts', toolCalls);
  }
  const counts = toolCalls as Record<string, unknown>;
  for (const key of Object.keys(counts)) {
    if (!TOOL_KEYS.includes(key as ToolCallKind))
      return expectedIssue(`toolCalls.${key}`, `one of ${TOOL_KEYS.join(', ')}`, key);
    const count = counts[key];
    if (count !== undefined && !(Number.isSafeInteger(count) && (count as number) >= 0))
      return expectedIssue(`toolCalls.${key}`, 'a non-negative integer count of calls', count);
  }
  return undefined;
}
