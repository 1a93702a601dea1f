import type { Command } from 'commander';
import type { CliIO } from './cli-io.js';

/**
 * Adds `apply` to the `tollgate budget` command. The command module loads only when it
 * runs, so `--help` stays fast.
 */
export function addBudgetApply(
  budget: Command,
  io: CliIO,
  helpText: string,
  storeHelp: string,
): void {
  budget
    .command('apply')
    .description(
      'Show how a budget configuration (JSON or YAML) differs from what a store holds, then apply it: budgets added, limits changed, nothing else touched. Idempotent.',
    )
    .argument('<file>', 'the configuration file (see budget-config.schema.json in @tollgate/core)')
    .requiredOption('--store <url>', `${storeHelp} (a missing SQLite file is created)`)
    .option('--dry-run', 'show the difference, change nothing')
    .option('--yes', 'lower limits without asking')
    .option(
      '--reason <text>',
      'why, written to the ledger with each limit changed (default: "tollgate budget apply FILE")',
    )
    .option('--actor <name>', 'who, written to the ledger (default: your user name)')
    .option('--json', 'machine-readable output; money as exact decimal strings')
    .option('--prefix <prefix>', 'key prefix of a Redis store (default "tollgate:")')
    .addHelpText(
      'after',
      `\nExample:\n  tollgate budget apply budgets.yaml --store sqlite:budgets.db --dry-run\n${helpText}`,
    )
    .action(
      async (
        file: string,
        options: {
          store: string;
          dryRun?: boolean;
          yes?: boolean;
          json?: boolean;
          prefix?: string;
        },
      ) => {
        const { budgetApplyCommand } = await import('./budget-apply-command.js');
        await budgetApplyCommand(file, options, io);
      },
    );
}
