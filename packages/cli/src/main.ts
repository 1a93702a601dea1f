import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { budgetCommands } from './budget-cli.js';
import { exitCodesHelp, intervalMs, positiveInteger, storeHelp } from './cli-arguments.js';
import { CliError, EXIT, type ExitCode, USAGE_CODES } from './cli-error.js';
import { type CliIO, processIO } from './cli-io.js';
import { pricingCommands } from './pricing-cli.js';
import { terminalSafeLines } from './terminal-text.js';

/**
 * The version in the CLI's package.json, read when the program is built: `src/` (run from
 * source) and `dist/` (the built bin) both sit one level below it.
 */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String((manifest as { version?: unknown }).version);
}

/** Builds the `tollgate` program. Command modules load on demand, so `--help` starts fast. */
function program(io: CliIO, setExit: (code: ExitCode) => void): Command {
  const root = new Command('tollgate')
    .description(
      'Hard spending limits for LLM calls: demo, store status, live watch, budgets, pricing.',
    )
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', exitCodesHelp);

  root
    .command('demo')
    .description(
      'Run an agent-like loop of OpenAI and Anthropic calls through budgets on a local mock provider; one plan is refused before dispatch.',
    )
    .option(
      '--plain',
      'print plain lines instead of the live view (the default without a terminal)',
    )
    .option(
      '--live',
      'use the real APIs with OPENAI_API_KEY and ANTHROPIC_API_KEY instead of the mock (costs real money, a few cents at most)',
    )
    .option(
      '--store <url>',
      `keep the budgets in a store for status and watch to read afterwards: ${storeHelp} (a SQLite file is created); each run adds budgets demo-N/session, demo-N/plan-a and demo-N/plan-b`,
    )
    .addHelpText('after', exitCodesHelp)
    .action(async (options: { plain?: boolean; live?: boolean; store?: string }) => {
      const { demoCommand } = await import('./demo-command.js');
      await demoCommand(options, io);
    });

  root
    .command('status')
    .description('Every budget in a store: limit, spent, held, remaining, window and reset time.')
    .requiredOption('--store <url>', storeHelp)
    .option('--json', 'machine-readable output; money as exact decimal strings')
    .option('--prefix <prefix>', 'key prefix of a Redis store (default "tollgate:")')
    .addHelpText('after', exitCodesHelp)
    .action(async (options: { store: string; json?: boolean; prefix?: string }) => {
      const { statusCommand } = await import('./status-command.js');
      await statusCommand(options, io);
    });

  root
    .command('watch')
    .description(
      'Live dashboard of a store while other processes spend: bars, spend rate, recent ledger entries. q quits.',
    )
    .requiredOption('--store <url>', storeHelp)
    .option('--interval <ms>', 'refresh interval in milliseconds, 50 to 1000', intervalMs, 500)
    .option('--entries <n>', 'ledger entries to show', positiveInteger, 12)
    .option('--prefix <prefix>', 'key prefix of a Redis store (default "tollgate:")')
    .addHelpText('after', exitCodesHelp)
    .action(
      async (options: { store: string; interval: number; entries: number; prefix?: string }) => {
        const { watchCommand } = await import('./watch-command.js');
        await watchCommand(options, io);
      },
    );

  budgetCommands(root, io);

  pricingCommands(root, io, setExit);

  return root;
}

/**
 * Runs the `tollgate` command with `argv` as `process.argv` has it (node, script, args…)
 * and resolves to the exit code. Errors are printed as one message, never a stack,
 * except unexpected ones (with `TOLLGATE_DEBUG=1`, always).
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  try {
    await program(io, (next) => {
      code = next;
    }).parseAsync([...argv]);
  } catch (error) {
    code = reportError(error, io);
  }
  return outputChecked(code, io);
}

/**
 * A command whose output could not be written (`> /dev/full`) did not do its job, whatever
 * it answered: one line on stderr and exit code 1. A reader that left a pipe is not a
 * failure (`guardOutput`).
 */
async function outputChecked(code: ExitCode, io: CliIO): Promise<ExitCode> {
  await io.flush?.();
  const failure = io.outputFailure?.();
  if (failure === undefined) return code;
  io.stderr.write(
    `tollgate: cannot write to standard output: ${terminalSafeLines(failure.message)}\n`,
  );
  debugStack(failure, io);
  return EXIT.failure;
}

function reportError(error: unknown, io: CliIO): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to exitOverride; commander printed the rest.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    io.stderr.write(`tollgate: ${terminalSafeLines(error.message)}\n`);
    debugStack(error.cause, io);
    return error.exitCode;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && USAGE_CODES.has(code)) {
    io.stderr.write(`tollgate: ${terminalSafeLines(message)}\n`);
    return EXIT.usage;
  }
  io.stderr.write(`tollgate: ${terminalSafeLines(message)}\n`);
  debugStack(error, io);
  return EXIT.failure;
}

function debugStack(error: unknown, io: CliIO): void {
  if (io.env.TOLLGATE_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
}
