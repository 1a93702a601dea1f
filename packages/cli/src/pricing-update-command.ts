/**
 * `tollgate pricing update`: fetches (or reads) newer price data, converts and validates it,
 * prints what would change against the prices in force, and writes an overrides file. The
 * file is the only thing that changes, written whole (temporary file, then rename) and
 * only after it loads cleanly; with `--dry-run`, or on any error, nothing is written.
 */
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { TollgateError } from '@tollgate/core';
import {
  createPricing,
  type ModelPricing,
  mergePriceHistory,
  OVERRIDES_ENV,
  PROVIDERS,
  type PricingOverridesFile,
  type PricingTable,
  type Provider,
  parseOverridesFile,
  readOverridesFile,
} from '@tollgate/pricing';
import { EXIT, type ExitCode, runtimeError, usageError } from './cli-error.js';
import { type CliIO, writeLines } from './cli-io.js';
import { parseJsonText } from './parse-json-text.js';
import {
  convertSource,
  detectFormat,
  type Format,
  fetchSource,
  GENAI_PRICES_URL,
} from './price-source.js';
import { diffTable, type ProviderDiff } from './pricing-diff.js';

/** Options of `tollgate pricing update`. */
export interface PricingUpdateOptions {
  /** URL (http, https) or file of the newer data. @default genai-prices' live feed */
  from?: string;
  /** Format of the data. @default detected from its shape */
  format?: string;
  /** Only these providers. @default every provider the data has */
  provider?: string[];
  /** The overrides file to write (and to compare against if it exists). @default $TOLLGATE_PRICING_OVERRIDES */
  out?: string;
  /** Print the diff, write nothing. @default false */
  dryRun?: boolean;
  /** The day the update is made (dates undated price changes). @default today (UTC) */
  today?: string;
}

function describeDiff(diff: ProviderDiff): string[] {
  const lines: string[] = [];
  for (const model of diff.added) {
    const entry = model.prices.at(-1);
    lines.push(
      `+ ${diff.provider} ${model.id}: added, input $${entry?.standard.input}/M, output $${entry?.standard.output}/M${entry?.effectiveFrom ? ` from ${entry.effectiveFrom}` : ''}`,
    );
  }
  for (const { model, effectiveFrom, changes } of diff.changed) {
    const what = changes.map((c) => `${c.field} $${c.from} → $${c.to}`).join(', ');
    lines.push(`~ ${diff.provider} ${model.id}: ${what} (effective ${effectiveFrom})`);
  }
  if (diff.gone.length > 0)
    lines.push(
      `- ${diff.provider}: ${diff.gone.length} model${diff.gone.length === 1 ? '' : 's'} not in the source, kept at their current prices: ${diff.gone.join(', ')}`,
    );
  if (diff.unpriced.length > 0)
    lines.push(
      `  ${diff.provider}: ${diff.unpriced.length} source models without a price left out`,
    );
  return lines;
}

/** The new overrides file: the previous one with this update's models merged in. */
function nextFile(
  previous: PricingOverridesFile | undefined,
  diffs: readonly ProviderDiff[],
  source: string,
  today: string,
): PricingOverridesFile {
  const tables = new Map<Provider, PricingTable>();
  for (const table of previous?.tables ?? []) tables.set(table.provider, table);
  for (const diff of diffs) {
    if (diff.overrides.length === 0) continue;
    const table = tables.get(diff.provider);
    const models: ModelPricing[] = [...(table?.models ?? [])];
    for (const model of diff.overrides) {
      const at = models.findIndex((m) => m.id === model.id);
      if (at < 0) {
        models.push(model);
        continue;
      }
      const older = models[at] as ModelPricing;
      models[at] = { ...model, prices: mergePriceHistory(older.prices, model.prices) };
    }
    tables.set(diff.provider, { provider: diff.provider, version: today, currency: 'USD', models });
  }
  return {
    kind: 'tollgate-pricing-overrides',
    version: today,
    source,
    createdAt: new Date().toISOString(),
    tables: PROVIDERS.flatMap((p) => (tables.has(p) ? [tables.get(p) as PricingTable] : [])),
  };
}

function parseProviders(values: readonly string[] | undefined): Provider[] {
  if (values === undefined || values.length === 0) return [...PROVIDERS];
  const list = values.flatMap((value) => value.split(',')).map((v) => v.trim().toLowerCase());
  for (const value of list) {
    if (!(PROVIDERS as readonly string[]).includes(value))
      throw usageError(`--provider "${value}": expected one of ${PROVIDERS.join(', ')}`);
  }
  return list as Provider[];
}

/** `tollgate pricing update`. Resolves to 0 when the file was written (or a dry run found the diff). */
export async function pricingUpdate(options: PricingUpdateOptions, io: CliIO): Promise<ExitCode> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const out = options.out ?? (io.env[OVERRIDES_ENV] || undefined);
  if (out === undefined && options.dryRun !== true)
    throw usageError(`--out FILE is required (or set ${OVERRIDES_ENV}, or pass --dry-run)`);
  const format = options.format?.toLowerCase();
  if (format !== undefined && !['genai-prices', 'litellm', 'tollgate'].includes(format))
    throw usageError(`--format "${options.format}": expected genai-prices, litellm or tollgate`);
  const wanted = parseProviders(options.provider);
  const from = options.from ?? GENAI_PRICES_URL;
  const json = parseJsonText(await fetchSource(from), from);
  const previous = out !== undefined && existsSync(out) ? readOverridesFile(out) : undefined;
  let tables: PricingTable[];
  try {
    tables = convertSource(
      json,
      (format as Format | undefined) ?? detectFormat(json),
      wanted,
      today,
    );
  } catch (error) {
    if (TollgateError.isInstance(error))
      throw runtimeError(`Rejected the data from ${from}: ${error.message}`, error);
    throw error;
  }
  if (tables.length === 0)
    throw runtimeError(`The data from ${from} has no prices for ${wanted.join(', ')}`);
  // What is in force: the bundled tables with the previous overrides file, if any.
  const inForce = createPricing({ overridesFile: previous === undefined ? null : (out as string) });
  const now = Date.parse(`${today}T00:00:00Z`);
  const diffs = tables.map((table) => diffTable(inForce, table, now, today));
  const lines = [
    `Compared ${from} with the prices in force${previous ? ` (bundled + ${out})` : ''}:`,
  ];
  for (const diff of diffs) lines.push(...describeDiff(diff));
  const count = diffs.reduce((n, d) => n + d.overrides.length, 0);
  if (count === 0) {
    lines.push('No price changes.');
    writeLines(io.stdout, lines);
    return EXIT.ok;
  }
  writeLines(io.stdout, lines);
  if (options.dryRun === true || out === undefined) {
    io.stdout.write(
      `Dry run: ${count} model${count === 1 ? '' : 's'} would be written; nothing changed.\n`,
    );
    return EXIT.ok;
  }
  const file = nextFile(previous, diffs, from, today);
  const text = `${JSON.stringify(file, null, 2)}\n`;
  const temporary = `${out}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  try {
    // The file must load exactly as a process will load it before it replaces anything.
    parseOverridesFile(JSON.parse(text), out);
    createPricing({ overridesFile: temporary });
  } catch (error) {
    await rm(temporary, { force: true });
    throw runtimeError(`The new overrides do not load: ${(error as Error).message}`, error);
  }
  await rename(temporary, out);
  io.stdout.write(
    `Wrote ${count} model${count === 1 ? '' : 's'} to ${out} (version ${today}). Processes pick it up from ${OVERRIDES_ENV}=${out} or createPricing({ overridesFile }).\n`,
  );
  return EXIT.ok;
}
