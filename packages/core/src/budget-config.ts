import type * as Zod from 'zod';
import { FAMILY_KEY_PATTERN } from './budget-family.js';
import { BUDGET_ID_PATTERN, MAX_BUDGET_ID_LENGTH } from './budget-id.js';
import type { BudgetTemplate, ChildBudgetOptions } from './budget-options.js';
import { templateSchema } from './budget-options.js';
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
        .record(
          z.string().regex(FAMILY_KEY_PATTERN, {
            message: 'expected letters, digits and . _ @ - (starting with a letter or digit)',
          }),
          templateSchema(),
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
      for (const issue of duplicateNames(config as unknown as BudgetConfig)) {
        context.addIssue({ code: 'custom', ...issue });
      }
    }) as unknown as Zod.ZodType<BudgetConfig>;
  return schema;
}

/** Ids used twice in the tree, and family names used twice anywhere: each named where it repeats. */
function duplicateNames(config: BudgetConfig): { path: (string | number)[]; message: string }[] {
  const ids = new Set<string>();
  const families = new Set<string>();
  const issues: { path: (string | number)[]; message: string }[] = [];
  walk(config.budgets, ['budgets'], (node, path) => {
    if (ids.has(node.id)) {
      issues.push({
        path: [...path, 'id'],
        message: `expected a unique id, received "${node.id}" again`,
      });
    }
    ids.add(node.id);
    for (const name of Object.keys(node.families ?? {})) {
      if (families.has(name)) {
        issues.push({
          path: [...path, 'families', name],
          message: `expected a family name unique in the configuration, received "${name}" again`,
        });
      }
      families.add(name);
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
