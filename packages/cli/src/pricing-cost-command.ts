import { TollgateError } from '@tollgate/core';
import { type CostResult, defaultPricing } from '@tollgate/pricing';
import { usageError } from './cli-error.js';
import { type CliIO, writeJson, writeLines } from './cli-io.js';
import { findModel, parseProvider } from './find-model.js';
import { formatTable } from './format-table.js';
import { displayCount, displayUsd } from './format-usd.js';
import { parseJsonText } from './parse-json-text.js';
import { readInput } from './read-input.js';

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
