import type * as Zod from 'zod';
import { type Budget, isBudget } from '../budget.js';
import { describeValue, type ValidationIssue } from '../errors.js';
import { isRecord } from '../is-record.js';
import { invalidOptions, loadZod, optionIssues, type ZodNamespace } from '../parse-options.js';
import type { Metadata } from '../store.js';
import {
  budgetChoiceSchema,
  budgetChoiceShape,
  budgetImpostorIssue,
  budgetOptionKeys,
  choiceIssues,
  chooseBudget,
} from './budget-choice.js';

/**
 * The options every adapter takes beside its budget, with the same names, defaults,
 * validation and error text in each. `Pricing` is the pricing package's type: core knows
 * no pricing, and checks the value by its methods only. An adapter's options type extends
 * this one with its own options.
 */
export interface AdapterOptions<Pricing> {
  /**
   * Paid endpoints and features Tollgate cannot meter (see the adapter's README): `'refuse'`
   * throws `UnmeteredEndpointError` (`UNMETERED_ENDPOINT`) before sending while the budget
   * enforces; `'allow'` lets them through. An endpoint with no usage to read goes uncharged;
   * a call with an unpriced feature (a hosted tool billed per use) is still held, refused and
   * charged its tokens like any call, and only the feature's own fee goes uncharged.
   * @default 'refuse'
   */
  unmetered?: 'refuse' | 'allow';
  /**
   * At most this many metered calls of this client in flight; more wait in line before
   * they reserve. A whole number of at least 1, or `Infinity`. The clients derived from
   * this one (`client.withOptions(...)`, `client.withBudget(next)`) share its line; each
   * `withBudget(client, options)` call starts a line of its own.
   * @default Infinity (no line)
   */
  maxConcurrency?: number;
  /** Prices and model limits, e.g. `createPricing({ overrides })`. @default defaultPricing() */
  pricing?: Pricing;
  /**
   * Recorded with every reservation and ledger entry of this client: a plain object of
   * strings, finite numbers, booleans or null (what every store can keep as JSON).
   * @default none
   */
  metadata?: Metadata;
}

/** How one adapter-specific option is checked: the values it takes and its default. */
export interface OptionRule<Value> {
  /**
   * The values allowed, `'boolean'` for `true` and `false`, or `'share'` for a number of at
   * least 0 (a proportion such as 0.05 for 5%; `Infinity` allowed).
   */
  readonly accepts: readonly Value[] | 'boolean' | 'share';
  /** The value used when the option is absent. */
  readonly fallback: Value;
}

/** An option that takes one of `values`; `fallback` when absent. */
export function oneOf<const Value extends string>(
  values: readonly Value[],
  fallback: NoInfer<Value>,
): OptionRule<Value> {
  return { accepts: values, fallback };
}

/** An option that takes `true` or `false`; `fallback` when absent. */
export function flag(fallback: boolean): OptionRule<boolean> {
  return { accepts: 'boolean', fallback };
}

/** An option that takes a share: a number of at least 0 (0.05 is 5%), or `Infinity`; `fallback` when absent. */
export function share(fallback: number): OptionRule<number> {
  return { accepts: 'share', fallback };
}

/** The adapter's own options: those of `Options` the kit does not share. */
type ExtraOptions<Options> = Omit<Options, keyof AdapterOptions<unknown>>;

/** What an adapter tells the kit about its options (`Options`: its exported options type). */
export interface AdapterSpec<Options extends AdapterOptions<unknown>> {
  /** Private budgets made by `withBudget(client, { limitUsd })` get the id `<prefix>-<n>`. */
  prefix: string;
  /** The price table used when the caller gives none. */
  defaultPricing: () => Exclude<Options['pricing'], undefined>;
  /** The adapter's own options, one rule each. */
  extra: {
    readonly [Key in keyof ExtraOptions<Options>]-?: OptionRule<
      Exclude<ExtraOptions<Options>[Key], undefined>
    >;
  };
}

/** Validated options, every default applied, and the budget they name. */
export type AdapterSettings<Options extends AdapterOptions<unknown>> = {
  /** The budget the client's calls are held on and charged to. */
  readonly budget: Budget;
  /** What happens to paid endpoints Tollgate cannot meter (see `AdapterOptions.unmetered`). */
  readonly unmetered: 'refuse' | 'allow';
  /** `undefined` when calls are not queued. */
  readonly maxConcurrency: number | undefined;
  /** The prices used: the one given, or the adapter's default table. */
  readonly pricing: Exclude<Options['pricing'], undefined>;
  /** Recorded with every reservation and ledger entry; `undefined` when none was given. */
  readonly metadata: Metadata | undefined;
} & {
  readonly [Key in keyof ExtraOptions<Options>]-?: Exclude<ExtraOptions<Options>[Key], undefined>;
};

/** What a wrapped client checks when it derives another: see `AdapterOptionsParser`. */
export interface DerivedClientChecks {
  /** Checks `client.withBudget(next)` and returns the budget the derived client binds to. */
  rebind(next: unknown, prefix: string): Budget;
  /** Checks `client.withOptions(overrides)`, throwing `InvalidOptionsError` on Tollgate's own options. */
  checkOverrides(overrides: unknown): void;
}

const sharedKeys = ['unmetered', 'maxConcurrency', 'pricing', 'metadata'] as const;

/**
 * One adapter's option parser: `withBudget(client, options)`, `client.withBudget(next)`
 * and `client.withOptions(overrides)` all check what they are given here, so every
 * adapter answers a misuse with the same `InvalidOptionsError` (same paths, same text).
 */
export class AdapterOptionsParser<Options extends AdapterOptions<unknown>>
  implements DerivedClientChecks
{
  readonly #spec: AdapterSpec<Options>;
  #schema: Zod.ZodType | undefined;

  constructor(spec: AdapterSpec<Options>) {
    this.#spec = spec;
  }

  /** The adapter's option names (beside the budget's): shared ones first, then its own. */
  get adapterKeys(): readonly string[] {
    return [...sharedKeys, ...Object.keys(this.#spec.extra)];
  }

  /**
   * Validates `withBudget` options and makes the private budget they describe (or takes
   * the one given). Throws one `InvalidOptionsError` listing every problem; nothing is
   * created when any option is wrong.
   *
   * @param where - the call the options were given to, named by the error so it points at
   * the caller's mistake: another entry point taking the same options (the AI SDK's
   * `budgetMiddleware`) passes its own name. @default 'withBudget'
   */
  parse(options: unknown, where = 'withBudget'): AdapterSettings<Options> {
    if (isBudget(options)) {
      // withBudget(client, budget): a likely slip, answered plainly rather than with one
      // unknown-key issue per field of the Budget.
      throw invalidOptions(where, [
        {
          path: '',
          message: `expected an object of options, received the Budget ${describeValue(options.id)} itself: pass { budget }`,
        },
      ]);
    }
    const impostor = impostorIssue(options);
    if (impostor !== undefined) throw invalidOptions(where, [impostor]);
    const result = this.#optionsSchema().safeParse(options);
    const issues = result.success ? [] : optionIssues(result.error, options, this.#knownKeys());
    if (isRecord(options)) issues.push(...choiceIssues(options));
    if (!result.success || issues.length > 0) throw invalidOptions(where, issues);
    const parsed = result.data as Record<string, unknown>;
    const concurrency = parsed.maxConcurrency as number | undefined;
    const settings: Record<string, unknown> = {
      budget: chooseBudget(parsed, this.#spec.prefix),
      unmetered: parsed.unmetered,
      maxConcurrency: concurrency === Number.POSITIVE_INFINITY ? undefined : concurrency,
      pricing: parsed.pricing ?? this.#spec.defaultPricing(),
      metadata: parsed.metadata,
    };
    for (const key of Object.keys(this.#spec.extra)) settings[key] = parsed[key];
    return settings as AdapterSettings<Options>;
  }

  /**
   * The budget `client.withBudget(next)` binds to: `next` itself, `{ budget }`, or options
   * for a new private budget (id `<prefix>-<n>`). Adapter options cannot change there.
   */
  rebind(next: unknown, prefix: string): Budget {
    if (isBudget(next)) return next;
    const impostor = impostorIssue(next);
    if (impostor !== undefined) throw invalidOptions('client.withBudget', [impostor]);
    const result = budgetChoiceSchema().safeParse(next);
    const known = ['budget', ...budgetOptionKeys];
    const issues = result.success
      ? []
      : optionIssues(result.error, next, known).map((issue) =>
          this.adapterKeys.includes(issue.path)
            ? {
                path: issue.path,
                message: `expected a budget or budget options, received the adapter option "${issue.path}": adapter options are set by withBudget(client, options) and kept by every derived client`,
              }
            : issue,
        );
    if (isRecord(next)) issues.push(...choiceIssues(next));
    if (!result.success || issues.length > 0) throw invalidOptions('client.withBudget', issues);
    return chooseBudget(result.data as Record<string, unknown>, prefix);
  }

  /**
   * Checks `client.withOptions(overrides)`: an object of the SDK's own client options.
   * Tollgate's options are refused there rather than silently ignored by the SDK.
   */
  checkOverrides(overrides: unknown): void {
    const issues: ValidationIssue[] = [];
    if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
      issues.push({
        path: '',
        message: `expected an object of the SDK's client options (timeout, maxRetries, ...), received ${describeValue(overrides)}`,
      });
    } else {
      for (const key of ['budget', 'limitUsd', ...this.adapterKeys]) {
        if (!(key in overrides)) continue;
        issues.push({
          path: key,
          message: `expected the SDK's client options only, received the Tollgate option "${key}": bind another budget with client.withBudget(...); adapter options are set by withBudget(client, options) and kept by every derived client`,
        });
      }
    }
    if (issues.length > 0) throw invalidOptions('client.withOptions', issues);
  }

  #knownKeys(): readonly string[] {
    return ['budget', ...budgetOptionKeys, ...this.adapterKeys];
  }

  #optionsSchema(): Zod.ZodType {
    if (this.#schema !== undefined) return this.#schema;
    const z = loadZod();
    const shape: Record<string, Zod.ZodType> = { ...budgetChoiceShape(z), ...sharedShape(z) };
    for (const [key, rule] of Object.entries<OptionRule<unknown>>(this.#spec.extra)) {
      shape[key] = ruleSchema(z, rule);
    }
    this.#schema = z.strictObject(shape, {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'expected an object of options ({ budget } or { limitUsd }, and the adapter options)'
          : undefined,
    });
    return this.#schema;
  }
}

function sharedShape(z: ZodNamespace): Record<(typeof sharedKeys)[number], Zod.ZodType> {
  return {
    unmetered: z
      .enum(['refuse', 'allow'], { error: "expected 'refuse' or 'allow'" })
      .default('refuse'),
    maxConcurrency: z
      .custom<number>(isConcurrency, {
        error: 'expected a whole number of at least 1, or Infinity',
      })
      .optional(),
    pricing: z
      .custom(isPricing, { error: 'expected a Pricing (createPricing() or defaultPricing())' })
      .optional(),
    metadata: z
      .record(
        z.string(),
        z.union([z.string(), z.number(), z.boolean(), z.null()], {
          error: 'expected a string, a finite number, a boolean or null',
        }),
        { error: 'expected a plain object of strings, finite numbers, booleans or null' },
      )
      .optional(),
  };
}

function ruleSchema(z: ZodNamespace, rule: OptionRule<unknown>): Zod.ZodType {
  if (rule.accepts === 'boolean') {
    return z.boolean({ error: 'expected true or false' }).default(rule.fallback as boolean);
  }
  if (rule.accepts === 'share') {
    return z
      .custom<number>((value) => typeof value === 'number' && value >= 0, {
        error: 'expected a share of at least 0 (0.05 is 5%), or Infinity',
      })
      .default(rule.fallback as number);
  }
  const values = rule.accepts as readonly string[];
  const listed = values.map((value) => `'${value}'`);
  const expected = `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}`;
  return z
    .enum(values as [string, ...string[]], { error: `expected ${expected}` })
    .default(rule.fallback as string);
}

/** True for a `maxConcurrency`: a whole number of at least 1, or `Infinity`. */
export function isConcurrency(value: unknown): boolean {
  return (
    value === Number.POSITIVE_INFINITY ||
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1)
  );
}

// Duck-typed so a Pricing from another installed copy of @tollgate/pricing is accepted.
function isPricing(value: unknown): boolean {
  const candidate = value as Partial<Record<'resolve' | 'computeCost' | 'estimateCost', unknown>>;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof candidate.resolve === 'function' &&
    typeof candidate.computeCost === 'function' &&
    typeof candidate.estimateCost === 'function'
  );
}

/**
 * The issue of options that are, or name as their `budget`, a Proxy or a copy of a budget
 * (see `budgetImpostorIssue`): refused here, not by a raw `TypeError` on every call.
 */
function impostorIssue(options: unknown): ValidationIssue | undefined {
  return (
    budgetImpostorIssue(options, '') ??
    (isRecord(options) ? budgetImpostorIssue(options.budget, 'budget') : undefined)
  );
}
