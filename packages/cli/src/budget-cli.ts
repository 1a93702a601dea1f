import type { Command } from 'commander';
import { addBudgetApply } from './budget-apply-cli.js';
import { exitCodesHelp, positiveInteger, storeHelp } from './cli-arguments.js';
import type { CliIO } from './cli-io.js';

/** The options of the `tollgate budget` commands that change a budget. */
interface ChangeFlags {
  store: string;
  reason: string;
  actor?: string;
  yes?: boolean;
  json?: boolean;
  prefix?: string;
}

// Each change command: its name, the action it applies and the help of its AMOUNT (none for reset, close).
const changeCommands = [
  [
    'set-limit',
    'Replace the limit (raise or lower; lowering asks for confirmation).',
    'the new limit in USD',
  ],
  ['top-up', 'Add to the limit: more is left in this window and every later one.', 'USD to add'],
  [
    'credit',
    "Give spend back (a refund): off the current window's spend, never below zero.",
    'USD to give back',
  ],
  ['reset', "Zero the current window's spend (asks for confirmation).", undefined],
  [
    'close',
    'Close the budget: new calls on it and below are refused (asks for confirmation).',
    undefined,
  ],
] as const;

/** `tollgate budget apply|list|show|set-limit|top-up|credit|reset|close`. */
export function budgetCommands(root: Command, io: CliIO): void {
  const budget = root
    .command('budget')
    .description(
      'List, inspect and change the budgets of a store (every change is written to its ledger).',
    )
    .addHelpText('after', exitCodesHelp);
  addBudgetApply(budget, io, exitCodesHelp, storeHelp);

  budget
    .command('list')
    .description('Every budget in a store with its figures and whether it is open or closed.')
    .requiredOption('--store <url>', storeHelp)
    .option('--json', 'machine-readable output; money as exact decimal strings')
    .option('--prefix <prefix>', 'key prefix of a Redis store (default "tollgate:")')
    .addHelpText('after', exitCodesHelp)
    .action(async (options: { store: string; json?: boolean; prefix?: string }) => {
      const { listBudgets } = await import('./status-command.js');
      await listBudgets(options, io, true);
    });

  budget
    .command('show')
    .description("One budget's figures and its recent ledger entries (calls and changes).")
    .argument('<id>', 'the budget id')
    .requiredOption('--store <url>', storeHelp)
    .option('--entries <n>', 'ledger entries to show', positiveInteger, 10)
    .option('--json', 'machine-readable output; money as exact decimal strings')
    .option('--prefix <prefix>', 'key prefix of a Redis store (default "tollgate:")')
    .addHelpText('after', exitCodesHelp)
    .action(
      async (
        id: string,
        options: { store: string; entries: number; json?: boolean; prefix?: string },
      ) => {
        const { budgetShow } = await import('./budget-command.js');
        await budgetShow(id, options, io);
      },
    );

  for (const [name, description, amountHelp] of changeCommands) {
    const command = budget.command(name).description(description).argument('<id>', 'the budget id');
    if (amountHelp !== undefined) command.argument('<amount>', amountHelp);
    command
      .requiredOption('--store <url>', storeHelp)
      .requiredOption('--reason <text>', 'why, written to the ledger with the change')
      .option('--actor <name>', 'who, written to the ledger (default: your user name)')
      .option('--yes', 'do not ask for confirmation (required without a terminal)')
      .option('--json', 'print the change and the figures before and after as JSON')
      .option('--prefix <prefix>', 'key prefix of a Redis store (default "tollgate:")')
      .addHelpText('after', exitCodesHelp)
      .action(async (id: string, ...rest: unknown[]) => {
        const amount = amountHelp === undefined ? undefined : (rest[0] as string);
        const flags = rest[amountHelp === undefined ? 0 : 1] as ChangeFlags;
        const { budgetChange } = await import('./budget-change-command.js');
        await budgetChange(name, id, amount, flags, io);
      });
  }
}
