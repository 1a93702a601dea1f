import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { addBudgetApply } from './budget-apply-cli.js';
import { CliError, EXIT, type ExitCode, USAGE_CODES } from './cli-error.js';
import { type CliIO, processIO } from './cli-io.js';
import { terminalSafeLines } from './terminal-text.js';

const exitCodesHelp = `
Exit codes:
  0  success
  1  runtime failure (unreachable store, failed check, provider error, output that cannot
     be written) or a declined confirmation (nothing changed)
  2  usage error (bad flag or argument, bad store URL, unknown model, malformed JSON)`;

const storeHelp = 'sqlite:PATH, sqlite://PATH or redis://HOST:PORT[/DB]';

// Spelled out here so `--help` does not load the price tables; parseProvider checks the value.
const providerHelp =
  'openai, anthropic, google, vertex, bedrock, azure, deepseek, xai, mistral, groq, together, fireworks, openrouter';

function positiveInteger(value: string): number {
  const number = Number(value);
  // A number past 2^53 is no longer exact: 99999999999999999999 would reach the store as 1e20.
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new InvalidArgumentError(
      `expected a positive whole number up to ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  return number;
}

/** `--interval`: polling faster than 50 ms only loads the store; slower than 1 s is not live. */
function intervalMs(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 50 || number > 1000) {
    throw new InvalidArgumentError('expected a whole number of milliseconds from 50 to 1000');
  }
  return number;
}

/**
 * The version in the CLI's package.json, read when the program is built: `src/` (run from
 * source) and `dist/` (the built bin) both sit one level below it.
 */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String((manifest as { version?: unknown }).version);
}

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
function budgetCommands(root: Command, io: CliIO): void {
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

  const pricing = root
    .command('pricing')
    .description('Inspect, compute with, import and check price tables.')
    .addHelpText('after', exitCodesHelp);

  pricing
    .command('list')
    .description('Every priced model with its current standard rates (USD per million tokens).')
    .option('--provider <provider>', `only this provider (${providerHelp})`)
    .option('--json', 'machine-readable output')
    .addHelpText('after', exitCodesHelp)
    .action(async (options: { provider?: string; json?: boolean }) => {
      const { pricingList } = await import('./pricing-command.js');
      pricingList(options, io);
    });

  pricing
    .command('show')
    .description("A model's aliases, snapshots, limits and full price history.")
    .argument('<model>', 'model id, alias or dated snapshot')
    .option('--provider <provider>', `look only here (${providerHelp})`)
    .option('--json', 'machine-readable output')
    .addHelpText('after', exitCodesHelp)
    .action(async (model: string, options: { provider?: string; json?: boolean }) => {
      const { pricingShow } = await import('./pricing-command.js');
      pricingShow(model, options, io);
    });

  pricing
    .command('cost')
    .description("The exact cost of a provider's usage object, line by line.")
    .requiredOption('--model <model>', 'model id, alias or dated snapshot')
    .requiredOption('--usage <json>', "the provider's usage object as JSON, or @FILE")
    .option('--provider <provider>', `provider of the model (${providerHelp})`)
    .option('--at <date>', 'when the request was made (picks the price in force); default now')
    .option('--service-tier <tier>', 'the response service tier (flex, priority, …)')
    .option('--batch', 'price at Batch API rates')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      `\nExample:\n  tollgate pricing cost --model claude-sonnet-5 --usage '{"input_tokens":1200,"output_tokens":300}'\n${exitCodesHelp}`,
    )
    .action(
      async (options: {
        model: string;
        usage: string;
        provider?: string;
        at?: string;
        serviceTier?: string;
        batch?: boolean;
        json?: boolean;
      }) => {
        const { pricingCost } = await import('./pricing-command.js');
        await pricingCost(options, io);
      },
    );

  pricing
    .command('import')
    .description('Convert genai-prices or LiteLLM data into a validated Tollgate price table.')
    .argument(
      '<file>',
      'the source JSON (genai-prices data.json or LiteLLM model_prices_and_context_window.json)',
    )
    .addOption(
      new Option('--from <source>', 'the source format')
        .choices(['genai-prices', 'litellm'])
        .makeOptionMandatory(),
    )
    .requiredOption('--provider <provider>', `which provider to extract (${providerHelp})`)
    .option(
      '--table-version <version>',
      'version of the produced table (default today, YYYY-MM-DD)',
    )
    .option('--out <file>', 'write the table here instead of standard output')
    .addHelpText('after', exitCodesHelp)
    .action(
      async (
        file: string,
        options: { from: string; provider: string; tableVersion?: string; out?: string },
      ) => {
        const { pricingImport } = await import('./pricing-command.js');
        await pricingImport(
          file,
          {
            from: options.from,
            provider: options.provider,
            ...(options.tableVersion === undefined ? {} : { version: options.tableVersion }),
            ...(options.out === undefined ? {} : { out: options.out }),
          },
          io,
        );
      },
    );

  pricing
    .command('check')
    .description(
      'Validate the bundled price tables (or the given files), price every model once, warn about stale prices.',
    )
    .argument('[files...]', 'table files to check instead of the bundled ones')
    .option(
      '--max-age-days <days>',
      'warn when a price was checked longer ago',
      positiveInteger,
      180,
    )
    .addHelpText('after', exitCodesHelp)
    .action(async (files: string[], options: { maxAgeDays: number }) => {
      const { pricingCheck } = await import('./pricing-command.js');
      setExit(await pricingCheck(files, options, io));
    });

  pricing
    .command('update')
    .description(
      'Fetch or read newer prices, show what changes against the prices in force, and write an overrides file.',
    )
    .option('--from <url-or-file>', "the data (default: genai-prices' live feed)")
    .addOption(
      new Option('--format <format>', 'format of the data (default: detected)').choices([
        'genai-prices',
        'litellm',
        'tollgate',
      ]),
    )
    .option(
      '--provider <providers...>',
      `only these providers (default: every one the data has): ${providerHelp}`,
    )
    .option('--out <file>', 'the overrides file to write (default: $TOLLGATE_PRICING_OVERRIDES)')
    .option('--dry-run', 'print the changes, write nothing')
    .addHelpText(
      'after',
      `\nExample:\n  tollgate pricing update --out pricing-overrides.json\n  TOLLGATE_PRICING_OVERRIDES=pricing-overrides.json node app.js\n${exitCodesHelp}`,
    )
    .action(
      async (options: {
        from?: string;
        format?: string;
        provider?: string[];
        out?: string;
        dryRun?: boolean;
      }) => {
        const { pricingUpdate } = await import('./pricing-update-command.js');
        setExit(await pricingUpdate(options, io));
      },
    );

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
