import { type Budget, isBudget, memberChild } from './budget.js';
import { assertBudgetId, MAX_BUDGET_ID_LENGTH } from './budget-id.js';
import { type BudgetTemplate, templateSchema } from './budget-options.js';
import { describeValue, InvalidBudgetIdError } from './errors.js';
import { canonicalUsd } from './money.js';
import { lazySchema, type OptionsSchema, parseOptions } from './parse-options.js';

export type { BudgetTemplate } from './budget-options.js';

/** Options of `budgetFamily`. */
export interface BudgetFamilyOptions {
  /** The budget every member is a child of: members' spend counts against it. */
  parent: Budget;
  /**
   * What every member is created with: a child's options without the id (limit, window,
   * thresholds, enforcement, ...). A member given no window follows the parent's.
   */
  template: BudgetTemplate;
  /**
   * Names the family inside member ids, so two families under one parent never share a
   * member: ids are `<parent id>/<name>:<key>`. Same characters as a key.
   * @default none: ids are `<parent id>/<key>`
   */
  name?: string;
  /**
   * How many members `for` keeps in memory, least recently used dropped first, so a family
   * of a million end users does not grow the process. A dropped member is only forgotten
   * here: the store keeps its spend, and the next `for` builds a new `Budget` object for it
   * (listen for events on the parent, which hears every member).
   * @default 1000
   */
  cacheSize?: number;
}

/** Per-key changes to the template, e.g. `{ limitUsd: '5' }` for one customer on a larger plan. */
export type BudgetOverrides = Partial<BudgetTemplate>;

/**
 * A family key or name: a budget id's characters without `/` and `:`, which separate the
 * parts of a member id, so every member id reads back as exactly one (parent, name, key).
 */
export const FAMILY_KEY_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;

const familyOptions: OptionsSchema = (z) =>
  z.strictObject({
    // A brand check, not `instanceof`: a Proxy of a budget passes `instanceof`, then fails
    // on the budget's private state when the family makes its first member.
    parent: z.custom<Budget>(isBudget, {
      message: 'expected a Budget (createBudget() or budget.child()), not a Proxy or a copy of one',
    }),
    template: templateSchema(),
    name: z.string().optional(),
    cacheSize: z.number().int().positive().optional(),
  });

const overrideOptions: OptionsSchema = () => templateSchema().partial();

interface Member {
  /** The overrides the member was built with, as JSON (`''` for none). */
  overrides: string;
  budget: Promise<Budget>;
}

/**
 * Budgets made from one template under one parent, one per key (an end user, a customer):
 * `await family.for('alice')` creates Alice's budget on first use, in the store, or
 * attaches to it when another process (or an earlier run) created it.
 */
export class BudgetFamily {
  /** The budget every member is a child of. */
  readonly parent: Budget;
  /** The family's name in member ids, if it has one. */
  readonly name: string | undefined;
  /** What every member is created with (before per-key overrides). */
  readonly template: Readonly<BudgetTemplate>;
  /** How many members are kept in memory at most. */
  readonly cacheSize: number;
  readonly #members = new Map<string, Member>();

  /** @internal Use `budgetFamily`. */
  constructor(options: BudgetFamilyOptions) {
    this.parent = options.parent;
    this.name = options.name === undefined ? undefined : checkKey(options.name, 'name');
    this.template = Object.freeze({ ...options.template });
    this.cacheSize = options.cacheSize ?? 1000;
  }

  /**
   * The member id for `key`: `<parent id>/<key>`, or `<parent id>/<name>:<key>` for a named
   * family. Throws `InvalidBudgetIdError` for a key that is not 1 or more letters, digits
   * and `. _ @ -` (starting with a letter or digit), or makes an id over 128 characters.
   */
  idFor(key: string): string {
    const checked = checkKey(key, 'key');
    const id = `${this.parent.id}/${this.name === undefined ? '' : `${this.name}:`}${checked}`;
    if (id.length > MAX_BUDGET_ID_LENGTH) {
      throw new InvalidBudgetIdError(
        `budgetFamily key: the member id "${id}" is ${id.length} characters, over the ${MAX_BUDGET_ID_LENGTH} a budget id may have; use a shorter key (received ${describeValue(key)})`,
      );
    }
    return assertBudgetId(id);
  }

  /**
   * The member for `key`, defined in the store before it resolves: created on first use,
   * attached when it exists (in this store, from any process). Repeated calls in this
   * process resolve to the same `Budget` while it stays cached. `overrides` change the
   * template for this key; a cached member built with other overrides is rebuilt (the
   * newest limit wins in the store, a different window is a `BudgetConflictError`).
   */
  async for(key: string, overrides?: BudgetOverrides): Promise<Budget> {
    const id = this.idFor(key);
    const checked =
      overrides === undefined
        ? undefined
        : (parseOptions(
            lazySchema(overrideOptions),
            overrides,
            'budgetFamily.for overrides',
          ) as BudgetOverrides);
    // 5 and '5.00' are the same limit: the same member.
    const fingerprint =
      checked === undefined
        ? ''
        : JSON.stringify(
            checked.limitUsd === undefined
              ? checked
              : { ...checked, limitUsd: canonicalUsd(checked.limitUsd, 'limitUsd', 'down') },
          );
    const cached = this.#members.get(id);
    if (cached !== undefined && cached.overrides === fingerprint) {
      // Most recently used last: the first entry is the one to drop.
      this.#members.delete(id);
      this.#members.set(id, cached);
      return cached.budget;
    }
    const family = this.name === undefined ? 'a family' : `family "${this.name}"`;
    const description = `${family} of "${this.parent.id}", for(${JSON.stringify(key)})`;
    const budget = memberChild(this.parent, { ...this.template, ...checked, id }, description);
    const member: Member = {
      overrides: fingerprint,
      budget: budget.ready().then(() => budget),
    };
    this.#members.delete(id);
    this.#members.set(id, member);
    if (this.#members.size > this.cacheSize) {
      this.#members.delete(this.#members.keys().next().value as string);
    }
    // A member the store refused (down, or a conflict) is not kept: the next call tries again.
    member.budget.catch(() => {
      if (this.#members.get(id) === member) this.#members.delete(id);
    });
    return member.budget;
  }

  /** How many members are cached in this process now. */
  get cachedCount(): number {
    return this.#members.size;
  }
}

/**
 * A family of budgets under `parent`, one per key, each made from `template` on first use.
 * See `BudgetFamily.for`. Options are validated here (`InvalidOptionsError`).
 */
export function budgetFamily(options: BudgetFamilyOptions): BudgetFamily {
  return new BudgetFamily(
    parseOptions(lazySchema(familyOptions), options, 'budgetFamily') as BudgetFamilyOptions,
  );
}

function checkKey(value: unknown, field: 'key' | 'name'): string {
  if (typeof value === 'string' && FAMILY_KEY_PATTERN.test(value)) return value;
  throw new InvalidBudgetIdError(
    `budgetFamily ${field}: expected letters, digits and . _ @ - (starting with a letter or digit; no / or :, which separate the parts of a member id), received ${describeValue(value)}`,
  );
}
