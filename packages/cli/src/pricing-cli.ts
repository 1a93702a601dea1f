import { type Command, Option } from 'commander';
import { exitCodesHelp, positiveInteger, providerHelp } from './cli-arguments.js';
import type { ExitCode } from './cli-error.js';
import type { CliIO } from './cli-io.js';
// Types only: the command modules load when their command runs.
import type { PricingCostOptions } from './pricing-cost-command.js';

/**
 * `tollgate pricing list|show|cost|import|check|update`. Command modules load only when they
 * run, so `--help` does not load the price tables.
 */
export function pricingCommands(root: Command, io: CliIO, setExit: (code: ExitCode) => void): void {
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
    .action(async (options: PricingCostOptions) => {
      const { pricingCost } = await import('./pricing-cost-command.js');
      await pricingCost(options, io);
    });

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
        const { pricingImport } = await import('./pricing-table-command.js');
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
      const { pricingCheck } = await import('./pricing-table-command.js');
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
}
