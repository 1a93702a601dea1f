/**
 * The options of `createPricing`, `computeCost` and `estimateCost` (and the `Pricing`
 * methods behind them), checked with zod through core's `parseOptions`: one
 * `InvalidOptionsError` naming the call, every bad field and a "did you mean" for an
 * unknown key. `computeCost` and `boundUsd` are on every call's path, so their options
 * first pass a plain check that only says yes to options zod would accept: valid options
 * never reach zod, and anything else gets zod's full answer.
 */
import { InvalidOptionsError } from '@tollgate/core';
import {
  describeValue,
  lazySchema,
  type OptionsSchema,
  parseOptions,
  type ZodNamespace,
} from '@tollgate/core/internal';
import { PROVIDERS } from './schema.js';

/** `createPricing`'s options; the tables and overrides in them are checked as pricing. */
const createPricingOptions: OptionsSchema = (z) =>
  z.strictObject({
    tables: z.array(z.unknown(), 'expected an array').optional(),
    overrides: z.array(z.unknown(), 'expected an array').optional(),
    overridesFile: z
      .string('expected a file path or null')
      .min(1, 'expected a file path or null')
      .nullable()
      .optional(),
  });

/** What `createPricing` reads, once its options are checked. */
export interface CheckedPricingOptions {
  tables?: unknown[] | undefined;
  overrides?: unknown[] | undefined;
  overridesFile?: string | null | undefined;
}

/** `createPricing`'s options, checked (`undefined` is no options). */
export function parsePricingOptions(options: unknown): CheckedPricingOptions {
  if (options === undefined) return {};
  return parseOptions(
    lazySchema(createPricingOptions),
    options,
    'createPricing',
  ) as CheckedPricingOptions;
}

/** A `Pricing` (from this or another installed copy of the package). */
function isPricing(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { computeCost?: unknown }).computeCost === 'function' &&
    typeof (value as { estimateCost?: unknown }).estimateCost === 'function'
  );
}

// Fields whose values another check owns keep their own errors: the provider and model
// (`INVALID_OPTIONS` / `UNKNOWN_MODEL`), usage, token counts and `at` (`INVALID_USAGE`).
/** The fields every request shares (`sharedFieldOk` is their plain check). */
const sharedShape = (z: ZodNamespace) => ({
  provider: z.unknown().optional(),
  model: z.unknown().optional(),
  at: z.unknown().optional(),
  serviceTier: z.string().nullable().optional(),
  batch: z.boolean().optional(),
  pricing: z.custom(isPricing, 'expected a Pricing from createPricing').optional(),
});

const costOptions: OptionsSchema = (z) =>
  z.strictObject({ ...sharedShape(z), usage: z.unknown().optional() });

const estimateOptions: OptionsSchema = (z) =>
  z.strictObject({
    ...sharedShape(z),
    inputTokens: z.unknown().optional(),
    maxOutputTokens: z.unknown().optional(),
    toolFees: z
      .strictObject({ webSearch: z.unknown().optional(), webFetch: z.unknown().optional() })
      .optional(),
  });

/** The fields every request shares: true when `value` is fine for `key`, false to ask zod. */
function sharedFieldOk(key: string, value: unknown): boolean {
  switch (key) {
    case 'provider':
    case 'model':
    case 'at':
      return true;
    case 'serviceTier':
      return value === undefined || value === null || typeof value === 'string';
    case 'batch':
      return value === undefined || typeof value === 'boolean';
    case 'pricing':
      return value === undefined || isPricing(value);
    default:
      return false;
  }
}

function costOk(options: object): boolean {
  // `for...in`, not `Object.keys`: no array on every call.
  for (const key in options) {
    if (key === 'usage') continue;
    if (!sharedFieldOk(key, (options as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function toolFeesOk(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (key !== 'webSearch' && key !== 'webFetch') return false;
  return true;
}

function estimateOk(options: object): boolean {
  for (const key in options) {
    if (key === 'inputTokens' || key === 'maxOutputTokens') continue;
    const value = (options as Record<string, unknown>)[key];
    if (key === 'toolFees' ? !toolFeesOk(value) : !sharedFieldOk(key, value)) return false;
  }
  return true;
}

function isOptionsObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the options of `computeCost` / `Pricing.computeCost` (`where` names the call). */
export function checkCostOptions(options: unknown, where: string): void {
  if (isOptionsObject(options) && costOk(options)) return;
  parseOptions(lazySchema(costOptions), options, where);
}

/** Checks the options of `estimateCost` / `Pricing.estimateCost` / `Pricing.boundUsd`. */
export function checkEstimateOptions(options: unknown, where: string): void {
  if (isOptionsObject(options) && estimateOk(options)) return;
  parseOptions(lazySchema(estimateOptions), options, where);
}

/**
 * The `pricing` option given to a `Pricing`'s own method: none, or that `Pricing` (as
 * `computeCost({ pricing })` passes it on). Another one would be ignored, so it is refused.
 */
export function otherPricing(where: string, given: unknown): InvalidOptionsError {
  const message = `expected this Pricing or none (price with another through computeCost({ pricing }) or its own methods), received ${isPricing(given) ? 'another Pricing' : describeValue(given)}`;
  return new InvalidOptionsError(`Invalid ${where} options: pricing: ${message}`, [
    { path: 'pricing', message },
  ]);
}

/** `usagePricer`'s options, checked where they are given (a wrong key is never silently ignored). */
const usagePricerOptions: OptionsSchema = (z) =>
  z.strictObject({
    batch: z.boolean('expected a boolean').optional(),
    at: z
      .custom<() => unknown>((value) => typeof value === 'function', 'expected a function')
      .optional(),
    priceUsageModel: z.boolean('expected a boolean').optional(),
  });

/** `usagePricer`'s options, checked; `undefined` is no options. */
export function parseUsagePricerOptions(options: unknown): {
  batch?: boolean | undefined;
  at?: (() => Date | number | string) | undefined;
  priceUsageModel?: boolean | undefined;
} {
  if (options === undefined) return {};
  return parseOptions(lazySchema(usagePricerOptions), options, 'usagePricer') as {
    batch?: boolean;
    at?: () => Date | number | string;
    priceUsageModel?: boolean;
  };
}

/**
 * Checks the arguments a per-model pricing step is made from (`usagePricer`, `boundPricer`):
 * a `Pricing`, a provider id and a model id, each refused with `InvalidOptionsError` naming
 * `where` and what arrived.
 */
export function checkPricerArguments(
  where: string,
  pricing: unknown,
  provider: unknown,
  model: unknown,
): void {
  const issues: { path: string; message: string }[] = [];
  if (!isPricing(pricing))
    issues.push({
      path: 'pricing',
      message: `expected a Pricing from createPricing or defaultPricing, received ${describeValue(pricing)}`,
    });
  if (!(PROVIDERS as readonly unknown[]).includes(provider))
    issues.push({
      path: 'provider',
      message: `expected one of ${PROVIDERS.join(', ')}, received ${describeValue(provider)}`,
    });
  if (typeof model !== 'string')
    issues.push({
      path: 'model',
      message: `expected a model id (string), received ${describeValue(model)}`,
    });
  if (issues.length === 0) return;
  const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new InvalidOptionsError(`Invalid ${where} arguments: ${list}`, issues);
}
