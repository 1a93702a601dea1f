import type * as Zod from 'zod';
import { FAMILY_KEY_PATTERN } from './budget-family.js';
import { BUDGET_ID_PATTERN, MAX_BUDGET_ID_LENGTH } from './budget-id.js';
import type { BudgetTemplate, ChildBudgetOptions } from './budget-options.js';
import { templateSchema } from './budget-options.js';
import { isRecord } from './is-record.js';
import { canonicalUsd } from './money.js';
import { loadZod } from './parse-options.js';
import type { BudgetDefinition, WindowSpec } from './store.js';
import { toWindowSpec } from './window.js';

/**
 * One budget of a configuration: a budget's options (as `createBudget` and `budget.child`
 * take them, without store and clock), the budgets below it, and families of per-key
 * budgets under it.
 */
export interface BudgetConfigNode extends ChildBudgetOptions {
  /** Budgets whose spend also counts against this one. */
  children?: BudgetConfigNode[];
  /**
   * Budget families under this budget, by name (unique in the configuration): each is a
   * template for per-key members (`<id>/<name>:<key>`), made by `family.for(key)`.
   */
  families?: Record<string, BudgetTemplate>;
}

/** A budget tree as a configuration file holds it (JSON or YAML). */
export interface BudgetConfig {
  /** The JSON Schema the file follows, for editors. Ignored by Tollgate. */
  $schema?: string;
  /** The root budgets, each with its tree. */
  budgets: BudgetConfigNode[];
}

let schema: Zod.ZodType<BudgetConfig> | undefined;

/** What a family name must be, as every refusal of one says it. */
const FAMILY_NAME_RULE =
  'expected a family name of letters, digits and . _ @ - (starting with a letter or digit)';

/**
 * Refuses a family named `__proto__` as any other bad name is refused. zod's records skip
 * an own `__proto__` key without a word (assigning it would replace the result's
 * prototype), so such a family would vanish from the configuration silently. Returns the
 * families unchanged for the record's own checks.
 */
function refuseProtoKey(families: unknown, context: Zod.core.$RefinementCtx): unknown {
  if (isRecord(families) && Object.hasOwn(families, '__proto__')) {
    context.addIssue({
      code: 'invalid_key',
      origin: 'record',
      path: ['__proto__'],
      input: '__proto__',
      issues: [],
      message: FAMILY_NAME_RULE,
    });
  }
  return families;
}

/**
 * The zod schema of a configuration: every budget is checked by the same rules as the
 * API's options, ids by `assertBudgetId`'s, and ids and family names are unique.
 */
export function budgetConfigSchema(): Zod.ZodType<BudgetConfig> {
  if (schema !== undefined) return schema;
  const z = loadZod();
  const template = templateSchema();
  // Descriptions an editor shows from the JSON Schema; the rules are the API's own.
  const described = (key: string, description: string) =>
    (template.shape[key] as Zod.ZodType).meta({ description });
  const node: Zod.ZodObject = template
    .extend({
      window: described(
        'window',
        "When spend resets: 'day', 'week', 'month' (UTC) or { seconds }; null never resets. Default: the parent's window (a root: none).",
      ),
      thresholds: described(
        'thresholds',
        "Fractions of the limit at which a threshold event fires. Default: [0.5, 0.8, 1], or the parent's.",
      ),
      onLimit: described(
        'onLimit',
        "'reject' refuses a call that does not fit; 'wait' queues it while the shortfall is held by calls in flight. Default: 'reject', or the parent's.",
      ),
      enforce: described(
        'enforce',
        "false is shadow mode: refusals are reported, never enforced. Default: true, or the parent's.",
      ),
      id: z
        .string()
        .max(MAX_BUDGET_ID_LENGTH)
        .meta({ description: 'The budget id, unique in its store and in this file.' })
        .regex(BUDGET_ID_PATTERN, {
          message: `expected 1 to ${MAX_BUDGET_ID_LENGTH} letters, digits and . _ : @ / - (starting with a letter or digit)`,
        }),
      get children() {
        return z
          .array(node)
          .optional()
          .meta({ description: 'Budgets whose spend also counts against this one.' });
      },
      families: z
        .preprocess(
          refuseProtoKey,
          z.record(
            z.string().regex(FAMILY_KEY_PATTERN, { message: FAMILY_NAME_RULE }),
            templateSchema(),
          ),
        )
        .optional()
        .meta({
          description:
            'Budget families by name (unique in the file): a template for per-key members <id>/<name>:<key>.',
        }),
    })
    .meta({ id: 'budget', title: 'A budget, its children and its families' });
  schema = z
    .strictObject({
      $schema: z.string().optional(),
      budgets: z.array(node).min(1),
    })
    .superRefine((config, context) => {
      const checked = config as unknown as BudgetConfig;
      for (const { nameKey, ...issue } of [
        ...duplicateNames(checked),
        ...memberCollisions(checked),
      ]) {
        // A family name is a key: its issue says the key that arrived, not the template.
        context.addIssue(
          nameKey === true
            ? { code: 'invalid_key', origin: 'record', issues: [], ...issue }
            : { code: 'custom', ...issue },
        );
      }
    }) as unknown as Zod.ZodType<BudgetConfig>;
  return schema;
}

/**
 * A problem the configuration's own rules find, at `path`; `declaredAt` is the path of the
 * other declaration it collides with (`parseBudgetConfig` adds its line and column).
 */
interface ConfigRuleIssue {
  path: (string | number)[];
  message: string;
  params?: { declaredAt: (string | number)[] };
  /** True when the issue is about a family name (a key of `families`). */
  nameKey?: boolean;
}

/**
 * Budgets declared with an id a family of the configuration makes for one of its members
 * (`<parent id>/<name>:<key>`), each named at its id with the family it collides with:
 * `family.for(key)` would attach to that budget and replace its limit with the template's,
 * silently. Known at load: the member id of that key is the declared id itself.
 */
function memberCollisions(config: BudgetConfig): ConfigRuleIssue[] {
  const families: { prefix: string; name: string; path: (string | number)[] }[] = [];
  walk(config.budgets, ['budgets'], (node, path) => {
    for (const name of Object.keys(node.families ?? {})) {
      families.push({ prefix: `${node.id}/${name}:`, name, path: [...path, 'families', name] });
    }
  });
  const issues: ConfigRuleIssue[] = [];
  walk(config.budgets, ['budgets'], (node, path) => {
    for (const family of families) {
      const key = node.id.startsWith(family.prefix) ? node.id.slice(family.prefix.length) : '';
      if (!FAMILY_KEY_PATTERN.test(key)) continue;
      issues.push({
        path: [...path, 'id'],
        message: `expected an id no family makes for a member: family "${family.name}" (${family.path.join('.')}) makes this one for key "${key}" and would take this budget over with its template (give that member its own limit with for("${key}", { limitUsd }))`,
        params: { declaredAt: family.path },
      });
    }
  });
  return issues;
}

/** Ids used twice in the tree, and family names used twice anywhere: each named where it repeats. */
function duplicateNames(config: BudgetConfig): ConfigRuleIssue[] {
  // Where each id and family name is first declared.
  const ids = new Map<string, (string | number)[]>();
  const families = new Map<string, (string | number)[]>();
  const issues: ConfigRuleIssue[] = [];
  walk(config.budgets, ['budgets'], (node, path) => {
    const first = ids.get(node.id);
    if (first === undefined) ids.set(node.id, [...path, 'id']);
    else {
      issues.push({
        path: [...path, 'id'],
        message: `expected an id unique in the configuration (first at ${first.join('.')})`,
        params: { declaredAt: first },
      });
    }
    for (const name of Object.keys(node.families ?? {})) {
      const here = [...path, 'families', name];
      const earlier = families.get(name);
      if (earlier === undefined) families.set(name, here);
      else {
        issues.push({
          path: here,
          message: `expected a family name unique in the configuration (first at ${earlier.join('.')})`,
          params: { declaredAt: earlier },
          nameKey: true,
        });
      }
    }
  });
  return issues;
}

function walk(
  nodes: readonly BudgetConfigNode[],
  path: (string | number)[],
  visit: (node: BudgetConfigNode, path: (string | number)[], parent?: BudgetConfigNode) => void,
  parent?: BudgetConfigNode,
): void {
  for (const [index, node] of nodes.entries()) {
    const here = [...path, index];
    visit(node, here, parent);
    walk(node.children ?? [], [...here, 'children'], visit, node);
  }
}

/** A budget a configuration defines, as the store will hold it. */
export interface PlannedBudget {
  /** What the store will hold: id, parent, limit (canonical) and window. */
  definition: BudgetDefinition;
  /** True when the configuration gives no window and the parent's is followed. */
  inheritsWindow: boolean;
}

/** A family a configuration defines. */
export interface PlannedFamily {
  /** The family's name in the configuration, and in its member ids. */
  name: string;
  /** The budget its members are children of. */
  parentId: string;
  /** What every member is created with. */
  template: BudgetTemplate;
}

/** What a configuration defines, as `planBudgetConfig` lists it. */
export interface BudgetConfigPlan {
  /** Every budget, parents before children. */
  budgets: PlannedBudget[];
  /** Every family, in the order of the file. */
  families: PlannedFamily[];
}

/**
 * Every budget of a validated configuration as the store will hold it, parents before
 * children, and every family: what `tollgate budget apply` compares with the store.
 */
export function planBudgetConfig(config: BudgetConfig): BudgetConfigPlan {
  const budgets: PlannedBudget[] = [];
  const families: PlannedFamily[] = [];
  const windows = new Map<string, WindowSpec | null>();
  walk(config.budgets, ['budgets'], (node, _path, parent) => {
    const inheritsWindow = node.window === undefined && parent !== undefined;
    const window = inheritsWindow
      ? (windows.get((parent as BudgetConfigNode).id) ?? null)
      : node.window === undefined || node.window === null
        ? null
        : toWindowSpec(node.window);
    windows.set(node.id, window);
    budgets.push({
      definition: {
        id: node.id,
        parentId: parent?.id ?? null,
        limitUsd: canonicalUsd(node.limitUsd, 'limitUsd', 'down'),
        window,
      },
      inheritsWindow,
    });
    for (const [name, template] of Object.entries(node.families ?? {})) {
      families.push({ name, parentId: node.id, template });
    }
  });
  return { budgets, families };
}

/** Runs `visit` on every budget of the configuration, parents first. */
export function walkBudgetConfig(
  config: BudgetConfig,
  visit: (node: BudgetConfigNode, parent: BudgetConfigNode | undefined) => void,
): void {
  walk(config.budgets, ['budgets'], (node, _path, parent) => visit(node, parent));
}
