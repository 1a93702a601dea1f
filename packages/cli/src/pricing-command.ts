import { readFile, writeFile } from 'node:fs/promises';
import { TollgateError } from '@tollgate/core';
import { editDistance } from '@tollgate/core/internal';
import {
  type CostResult,
  createPricing,
  defaultPricing,
  fromGenaiPrices,
  fromLiteLLM,
  PROVIDERS,
  type PriceEntry,
  type Pricing,
  type PricingTable,
  type Provider,
  parsePricingTable,
  type RateSet,
  type ResolvedModel,
  UnknownModelError,
} from '@tollgate/pricing';
import { EXIT, type ExitCode, runtimeError, usageError } from './cli-error.js';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { formatTable } from './format-table.js';
import { displayCount, displayUsd } from './format-usd.js';
import { parseJsonText } from './parse-json-text.js';
import { jsonText } from './terminal-text.js';

/** Reads `--provider`: one of the priced providers (`PROVIDERS`); anything else is a usage error. */
export function parseProvider(value: string | undefined): Provider | undefined {
  if (value === undefined) return undefined;
  const provider = value.toLowerCase();
  if ((PROVIDERS as readonly string[]).includes(provider)) return provider as Provider;
  throw usageError(`--provider "${value}": expected one of ${PROVIDERS.join(', ')}`);
}

/** The price entry in force at `at`: the last one whose `effectiveFrom` is on or before it. */
export function entryAt(model: ResolvedModel, at: number): PriceEntry {
  let current = model.prices[0] as PriceEntry;
  for (const entry of model.prices) {
    if (entry.effectiveFrom === undefined || Date.parse(`${entry.effectiveFrom}T00:00:00Z`) <= at)
      current = entry;
  }
  return current;
}

/**
 * Finds a model in one provider's table or both. An unknown id is a usage error that
 * lists the closest known ids.
 */
export function findModel(pricing: Pricing, model: string, provider?: Provider): ResolvedModel {
  if (model.trim() === '') {
    // Every id is "close" to nothing: suggestions would only confuse.
    throw usageError(
      `A model name is required, got ${JSON.stringify(model)}: give an id, alias or dated snapshot such as gpt-4o (\`tollgate pricing list\` lists them).`,
    );
  }
  const providers = provider === undefined ? PROVIDERS : [provider];
  const suggestions: string[] = [];
  for (const candidate of providers) {
    try {
      return pricing.resolve(candidate, model);
    } catch (error) {
      if (!(error instanceof UnknownModelError)) throw error;
      suggestions.push(...error.suggestions);
    }
  }
  const where = provider === undefined ? 'provider has a' : `${provider}`;
  // Each table suggests its own closest ids; keep the closest across both.
  const closest = [...new Set(suggestions)]
    .sort((a, b) => {
      const typed = model.toLowerCase();
      return editDistance(typed, a.toLowerCase()) - editDistance(typed, b.toLowerCase());
    })
    .slice(0, 3);
  const hint =
    closest.length > 0
      ? ` Did you mean: ${closest.join(', ')}?`
      : ' Run `tollgate pricing list` to see every priced model.';
  throw usageError(`Unknown model "${model}": no ${where} price for it.${hint}`);
}

/** Options of `tollgate pricing list`. */
export interface PricingListOptions {
  /** Only this provider's models (`openai`, `anthropic`, ...). */
  provider?: string;
  /** Print JSON instead of a table. */
  json?: boolean;
}

/** `tollgate pricing list`: every priced model with its current standard rates. */
export function pricingList(options: PricingListOptions, io: CliIO): void {
  const pricing = defaultPricing();
  const only = parseProvider(options.provider);
  const now = Date.now();
  const models = (only === undefined ? PROVIDERS : [only]).flatMap((provider) =>
    pricing.models(provider).map((id) => pricing.resolve(provider, id)),
  );
  if (options.json === true) {
    const list = models.map((model) => {
      const { standard } = entryAt(model, now);
      return {
        provider: model.provider,
        id: model.id,
        inputPerMillionUsd: standard.input,
        cachedInputPerMillionUsd: standard.cachedInput ?? standard.input,
        outputPerMillionUsd: standard.output,
        contextWindow: model.contextWindow,
        maxOutputTokens: model.maxOutputTokens,
        pricingVersion: model.pricingVersion,
      };
    });
    writeJson(io.stdout, list);
    return;
  }
  const rows = [
    ['provider', 'model', 'input/M', 'cached/M', 'output/M', 'context', 'max out', 'version'],
    ...models.map((model) => {
      const { standard } = entryAt(model, now);
      return [
        model.provider,
        model.id,
        `$${standard.input}`,
        // A model without cache reads has no cached rate to list (show says the same).
        standard.cachedInput === undefined ? '—' : `$${standard.cachedInput}`,
        `$${standard.output}`,
        displayCount(model.contextWindow),
        displayCount(model.maxOutputTokens),
        model.pricingVersion,
      ];
    }),
  ];
  writeLines(io.stdout, [
    ...formatTable(rows, new Set([2, 3, 4, 5, 6])),
    '',
    `${models.length} models. Rates are USD per million tokens (standard tier, in force today).`,
  ]);
}

/** Options of `tollgate pricing show`. */
export interface PricingShowOptions {
  /** The provider, when the model name alone is ambiguous. */
  provider?: string;
  /** Print JSON instead of text. */
  json?: boolean;
}

/** `tollgate pricing show MODEL`: a model's names, limits and whole price history. */
export function pricingShow(model: string, options: PricingShowOptions, io: CliIO): void {
  const resolved = findModel(defaultPricing(), model, parseProvider(options.provider));
  if (options.json === true) {
    writeJson(io.stdout, resolved);
    return;
  }
  const current = entryAt(resolved, Date.now());
  const lines = [
    `${resolved.id} (${resolved.provider}, pricing ${resolved.pricingVersion})`,
    ...formatTable(
      [
        ['aliases', resolved.aliases.join(', ') || '—'],
        ['snapshots', resolved.snapshots.join(', ') || '—'],
        [
          'limits',
          `${displayCount(resolved.contextWindow)} context tokens, ${displayCount(resolved.maxOutputTokens)} output tokens`,
        ],
        ...(resolved.encoding === undefined ? [] : [['encoding', resolved.encoding]]),
      ],
      new Set(),
      '  ',
    ),
    '',
    'Prices (USD per million tokens; fees per thousand calls)',
  ];
  for (const entry of resolved.prices) {
    const since = entry.effectiveFrom === undefined ? 'from launch' : `from ${entry.effectiveFrom}`;
    lines.push(
      `  ${since}${entry === current ? ' (current)' : ''} · checked ${entry.checked} · ${entry.source}`,
    );
    const sets: Array<[string, RateSet | undefined]> = [
      ['standard', entry.standard],
      ['batch', entry.batch],
      ['flex', entry.flex],
      ['priority', entry.priority],
    ];
    const rows: string[][] = [];
    for (const [name, set] of sets) {
      if (set === undefined) continue;
      rows.push([name, ...rateCells(set)]);
      for (const tier of set.longContext ?? []) {
        rows.push([`  > ${displayCount(tier.aboveInputTokens)} in`, ...rateCells(tier)]);
      }
    }
    lines.push(...formatTable(rows, new Set(), '    '));
    const fees = [
      entry.fees?.webSearch === undefined ? undefined : `web search $${entry.fees.webSearch}/1k`,
      entry.fees?.webFetch === undefined ? undefined : `web fetch $${entry.fees.webFetch}/1k`,
    ].filter((fee) => fee !== undefined);
    if (fees.length > 0) lines.push(`    fees  ${fees.join(', ')}`);
    if (entry.note !== undefined) lines.push(`    note  ${entry.note}`);
  }
  writeLines(io.stdout, lines);
}

/**
 * The rates a set has, input and output first so the columns stay aligned: a model without
 * cache reads or writes in its table (most OpenAI models have no cache-write price, claude-2
 * no cache at all) lists none, rather than the input rate its missing rates fall back to.
 */
function rateCells(set: Omit<RateSet, 'longContext'>): string[] {
  const optional: Array<[string, string | undefined]> = [
    ['cached', set.cachedInput],
    ['write-5m', set.cacheWrite5m],
    ['write-1h', set.cacheWrite1h],
  ];
  return [
    `input $${set.input}`,
    `output $${set.output}`,
    ...optional.flatMap(([name, rate]) => (rate === undefined ? [] : [`${name} $${rate}`])),
  ];
}

/** Options of `tollgate pricing cost`. */
export interface PricingCostOptions {
  /** The model that served the call. */
  model: string;
  /** The provider's usage object as JSON, or `@FILE` to read it from a file. */
  usage: string;
  /** The provider, when the model name alone is ambiguous. */
  provider?: string;
  /** Request time (ISO date or date-time); picks the price in force. @default now */
  at?: string;
  /** The response's service tier (`flex`, `priority`, …). @default the usage's own, else standard */
  serviceTier?: string;
  /** Price at Batch API rates. @default false */
  batch?: boolean;
  /** Print the cost breakdown as JSON. */
  json?: boolean;
}

/** `tollgate pricing cost`: the exact cost of a usage object, line by line. */
export async function pricingCost(options: PricingCostOptions, io: CliIO): Promise<void> {
  const pricing = defaultPricing();
  const model = findModel(pricing, options.model, parseProvider(options.provider));
  const text = options.usage.startsWith('@')
    ? await readInput(options.usage.slice(1), '--usage')
    : options.usage;
  const usage = parseJsonText(
    text,
    options.usage.startsWith('@') ? options.usage.slice(1) : '--usage',
  );
  let at: number | undefined;
  if (options.at !== undefined) {
    at = Date.parse(options.at);
    if (Number.isNaN(at))
      throw usageError(`--at "${options.at}": expected a date such as 2026-05-01`);
  }
  let cost: CostResult;
  try {
    cost = pricing.computeCost({
      provider: model.provider,
      model: options.model,
      usage,
      ...(at === undefined ? {} : { at }),
      ...(options.serviceTier === undefined ? {} : { serviceTier: options.serviceTier }),
      ...(options.batch === true ? { batch: true } : {}),
    });
  } catch (error) {
    if (TollgateError.isInstance(error) && error.code === 'INVALID_USAGE') {
      throw usageError(`--usage: ${error.message}`);
    }
    throw error;
  }
  if (options.json === true) {
    writeJson(io.stdout, cost);
    return;
  }
  const rows = cost.lines.map((line) => [
    line.kind,
    line.tokens === undefined ? `${line.count ?? 0} calls` : `${displayCount(line.tokens)} tokens`,
    `× $${line.rateUsd}/${line.unit === 'per_million_tokens' ? 'M' : '1k'}`,
    displayUsd(line.usd, 8),
  ]);
  rows.push(['total', '', '', displayUsd(cost.totalUsd, 8)]);
  const tier = [
    cost.serviceTier ?? 'standard',
    ...(cost.batch === true ? ['batch'] : []),
    ...(cost.longContext === true ? ['long context'] : []),
  ].join(', ');
  writeLines(io.stdout, [
    `${cost.model} (${cost.provider}) · ${tier} · pricing ${cost.pricingVersion}`,
    ...formatTable(rows, new Set([1, 3]), '  '),
    `exact: ${cost.totalUsd} USD`,
  ]);
}

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

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`Cannot read ${what}: no such file ${path}`);
    throw runtimeError(`Cannot read ${what} ${path}: ${(error as Error).message}`, error);
  }
}
