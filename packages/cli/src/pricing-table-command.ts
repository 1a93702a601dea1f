import { writeFile } from 'node:fs/promises';
import {
  createPricing,
  fromGenaiPrices,
  fromLiteLLM,
  PROVIDERS,
  type PricingTable,
  parsePricingTable,
} from '@tollgate/pricing';
import { EXIT, type ExitCode, usageError } from './cli-error.js';
import { type CliIO, writeLines } from './cli-io.js';
import { parseProvider } from './find-model.js';
import { parseJsonText } from './parse-json-text.js';
import { readInput } from './read-input.js';
import { jsonText } from './terminal-text.js';

/** Options of `tollgate pricing import`. */
export interface PricingImportOptions {
  /** The format of the source file: `genai-prices` or `litellm`. */
  from: string;
  /** The provider whose models to import. */
  provider: string;
  /** Version of the produced table. @default today (YYYY-MM-DD) */
  version?: string;
  /** Write the table here instead of standard output. */
  out?: string;
}

/** `tollgate pricing import`: converts genai-prices or LiteLLM data into a validated Tollgate table. */
export async function pricingImport(
  file: string,
  options: PricingImportOptions,
  io: CliIO,
): Promise<void> {
  const from = options.from.toLowerCase();
  if (from !== 'genai-prices' && from !== 'litellm') {
    throw usageError(`--from "${options.from}": expected genai-prices or litellm`);
  }
  const provider = parseProvider(options.provider);
  if (provider === undefined)
    throw usageError(`--provider is required: one of ${PROVIDERS.join(', ')}`);
  const version = options.version ?? new Date().toISOString().slice(0, 10);
  const json = parseJsonText(await readInput(file, 'the import file'), file);
  const convert = from === 'litellm' ? fromLiteLLM : fromGenaiPrices;
  const { sourceProviderId } = await import('./price-source.js');
  const sourceProvider = sourceProviderId(from, provider) ?? provider;
  const table = convert(json, { provider, version, sourceProvider });
  const text = `${jsonText(table)}\n`;
  if (options.out === undefined) {
    io.stdout.write(text);
  } else {
    await writeFile(options.out, text);
  }
  io.stderr.write(
    `Imported ${table.models.length} ${provider} models from ${from} (${file}) as version ${version}${options.out === undefined ? '' : ` into ${options.out}`}.\n`,
  );
}

/** Options of `tollgate pricing check`. */
export interface PricingCheckOptions {
  /** Warn about models whose newest price was checked longer ago than this. @default 180 */
  maxAgeDays?: number;
  /** The time ages are measured from (ms since epoch). @default Date.now() */
  now?: number;
}

/**
 * `tollgate pricing check [FILE...]`: validates the bundled tables (or the given files)
 * against the schema, prices a sample call on every model, and warns about stale prices.
 * Resolves to exit code 1 when a table is invalid.
 */
export async function pricingCheck(
  files: readonly string[],
  options: PricingCheckOptions,
  io: CliIO,
): Promise<ExitCode> {
  const now = options.now ?? Date.now();
  const maxAgeDays = options.maxAgeDays ?? 180;
  const sources: Array<{ name: string; json: unknown }> = [];
  if (files.length === 0) {
    const { bundledTables } = await import('@tollgate/pricing');
    for (const table of Object.values(bundledTables()))
      sources.push({ name: `bundled ${table.provider}`, json: table });
  } else {
    for (const file of files) {
      sources.push({ name: file, json: parseJsonText(await readInput(file, 'the table'), file) });
    }
  }
  let failed = false;
  const lines: string[] = [];
  for (const source of sources) {
    let table: PricingTable;
    try {
      table = parsePricingTable(source.json);
      // Compiling prices every rate once more, the way calls will be priced.
      const pricing = createPricing({ tables: [table] });
      for (const id of pricing.models(table.provider)) {
        pricing.estimateCost({
          provider: table.provider,
          model: id,
          inputTokens: 1000,
          maxOutputTokens: 1000,
          at: now,
        });
      }
    } catch (error) {
      failed = true;
      lines.push(`FAIL  ${source.name}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const stale = table.models.filter((model) => {
      const newest = model.prices.at(-1)?.checked;
      return (
        newest !== undefined && now - Date.parse(`${newest}T00:00:00Z`) > maxAgeDays * 86_400_000
      );
    });
    const checkedDates = table.models.flatMap((model) =>
      model.prices.map((entry) => entry.checked),
    );
    const oldest = [...checkedDates].sort()[0] ?? '—';
    lines.push(
      `ok    ${source.name}: ${table.provider} version ${table.version}, ${table.models.length} models, prices checked ${oldest} or later`,
    );
    if (stale.length > 0) {
      lines.push(
        `warn  ${stale.length} model${stale.length === 1 ? '' : 's'} last checked over ${maxAgeDays} days ago: ${stale.map((model) => model.id).join(', ')}`,
      );
    }
  }
  writeLines(io.stdout, lines);
  if (failed) io.stderr.write('pricing check failed: see the FAIL lines above\n');
  return failed ? EXIT.failure : EXIT.ok;
}
