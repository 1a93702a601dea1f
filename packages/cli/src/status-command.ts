import { type BudgetView, budgetViews, stateOf } from './budget-views.js';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { currentBudgets } from './current-figures.js';
import { formatTable } from './format-table.js';
import { displayLimit, displayRemaining, displayUsd } from './format-usd.js';
import { withStore } from './open-store.js';

/** Options of `tollgate status`. */
export interface StatusOptions {
  /** `sqlite:PATH` or `redis://HOST:PORT[/DB]`. */
  store: string;
  /** Print JSON (money as exact decimal strings). @default false */
  json?: boolean;
  /** Key prefix of a Redis store. @default 'tollgate:' */
  prefix?: string;
  /** The time windows and expired holds are computed at (ms since epoch). @default Date.now() */
  now?: number;
}

/** `tollgate status`: every budget in a store with limit, spent, held, remaining, window and reset time. */
export function statusCommand(options: StatusOptions, io: CliIO): Promise<void> {
  return listBudgets(options, io, false);
}

/**
 * Prints every budget of the store: `tollgate status`, and `tollgate budget list` (which
 * adds whether each is open or closed).
 */
export async function listBudgets(
  options: StatusOptions,
  io: CliIO,
  withState: boolean,
): Promise<void> {
  await withStore(options, async (store, location) => {
    const now = options.now ?? Date.now();
    const snapshots = await currentBudgets(store, location, now);
    const views = budgetViews(snapshots, now);
    if (options.json === true) {
      const budgets = views.map(({ depth: _depth, ...view }) => view);
      writeJson(io.stdout, { store: location.display, at: new Date(now).toISOString(), budgets });
      return;
    }
    if (views.length === 0) {
      writeLines(io.stdout, [`No budgets in ${location.display}.`]);
      return;
    }
    const state = (view: BudgetView) => (withState ? [stateOf(view)] : []);
    const rows = [
      [
        'budget',
        'limit',
        'spent',
        'held',
        'remaining',
        'calls',
        'window',
        'resets',
        ...(withState ? ['state'] : []),
      ],
      ...views.map((view) => [
        `${'  '.repeat(view.depth)}${view.id}${view.parentCycle === true ? ' (parents form a cycle)' : ''}`,
        displayLimit(view.limitUsd),
        displayUsd(view.spentUsd, 6),
        displayUsd(view.reservedUsd, 6),
        displayRemaining(view.remainingUsd, 6),
        String(view.calls),
        view.window,
        view.resetsAt ?? '—',
        ...state(view),
      ]),
    ];
    writeLines(io.stdout, [
      `${views.length} budget${views.length === 1 ? '' : 's'} in ${location.display} at ${new Date(now).toISOString()}`,
      '',
      ...formatTable(rows, new Set([1, 2, 3, 4, 5])),
    ]);
  });
}
