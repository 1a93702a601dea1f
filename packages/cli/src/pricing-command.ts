import { defaultPricing, PROVIDERS, type RateSet } from '@tollgate/pricing';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { entryAt, findModel, parseProvider } from './find-model.js';
import { formatTable } from './format-table.js';
import { displayCount } from './format-usd.js';

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
