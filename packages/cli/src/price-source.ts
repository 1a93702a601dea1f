/**
 * Where newer prices come from: fetching a URL or reading a file, telling genai-prices,
 * LiteLLM and Tollgate data apart, and converting them into validated Tollgate tables.
 */
import { readFile } from 'node:fs/promises';
import { isRecord } from '@tollgate/core/internal';
import {
  fromGenaiPrices,
  fromLiteLLM,
  type PricingTable,
  type Provider,
  parsePricingTable,
} from '@tollgate/pricing';
import { runtimeError, usageError } from './cli-error.js';

/** genai-prices' live feed, the default source. */
export const GENAI_PRICES_URL =
  'https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json';

/** The formats `pricing update` reads. */
export type Format = 'genai-prices' | 'litellm' | 'tollgate';

/** Each provider's id in the two public sources (`undefined`: the source has none). */
const SOURCE_IDS: Record<Exclude<Format, 'tollgate'>, Partial<Record<Provider, string>>> = {
  'genai-prices': {
    openai: 'openai',
    anthropic: 'anthropic',
    google: 'google',
    bedrock: 'aws',
    azure: 'azure',
    deepseek: 'deepseek',
    xai: 'x-ai',
    mistral: 'mistral',
    groq: 'groq',
    together: 'together',
    fireworks: 'fireworks',
    openrouter: 'openrouter',
  },
  litellm: {
    openai: 'openai',
    anthropic: 'anthropic',
    google: 'gemini',
    vertex: 'vertex_ai-language-models',
    bedrock: 'bedrock_converse',
    azure: 'azure',
    deepseek: 'deepseek',
    xai: 'xai',
    mistral: 'mistral',
    groq: 'groq',
    together: 'together_ai',
    fireworks: 'fireworks_ai',
    openrouter: 'openrouter',
  },
};

/** The provider's id in genai-prices or LiteLLM data (`aws`, `x-ai`, `gemini`, …), if the source has it. */
export function sourceProviderId(
  format: 'genai-prices' | 'litellm',
  provider: Provider,
): string | undefined {
  return SOURCE_IDS[format][provider];
}

/** The text at a URL (http, https) or in a file. */
export async function fetchSource(from: string): Promise<string> {
  if (!/^https?:\/\//i.test(from)) {
    try {
      return await readFile(from, 'utf8');
    } catch (error) {
      throw usageError(`--from ${from}: cannot read it (${(error as Error).message})`);
    }
  }
  let response: Response;
  try {
    response = await fetch(from, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw runtimeError(`Cannot fetch ${from}: ${(error as Error).message}`, error);
  }
  if (!response.ok) throw runtimeError(`Cannot fetch ${from}: HTTP ${response.status}`);
  return response.text();
}

/** The format of parsed data, by its shape. */
export function detectFormat(json: unknown): Format {
  if (
    Array.isArray(json) &&
    json.every((p) => typeof p === 'object' && p !== null && 'models' in p)
  )
    return 'genai-prices';
  if (typeof json === 'object' && json !== null && ('tables' in json || 'provider' in json))
    return 'tollgate';
  if (typeof json === 'object' && json !== null)
    if (
      Object.values(json).some(
        (v) => typeof v === 'object' && v !== null && 'litellm_provider' in v,
      )
    )
      return 'litellm';
  throw usageError(
    'Cannot tell the format of the data: expected genai-prices data.json, a LiteLLM price file or Tollgate tables; pass --format',
  );
}

/** Converts the source into validated tables, one per wanted provider it has. */
export function convertSource(
  json: unknown,
  format: Format,
  wanted: readonly Provider[],
  today: string,
): PricingTable[] {
  if (format === 'tollgate') {
    const tables = Array.isArray(json)
      ? json
      : typeof json === 'object' && json !== null && 'tables' in json
        ? (json as { tables: unknown[] }).tables
        : [json];
    return tables
      .map((table) => parsePricingTable(table))
      .filter((t) => wanted.includes(t.provider));
  }
  const convertOne = format === 'litellm' ? fromLiteLLM : fromGenaiPrices;
  return wanted.flatMap((provider) => {
    const sourceProvider = sourceProviderId(format, provider);
    if (sourceProvider === undefined || !sourceHas(json, format, sourceProvider)) return [];
    const table = convertOne(json, { provider, version: today, sourceProvider });
    // LiteLLM keys carry their provider (`xai/grok-4`); ids are matched without it.
    const prefix = `${sourceProvider}/`;
    const seen = new Set<string>();
    const models = table.models
      .filter((model) => provider !== 'google' || !model.id.startsWith('claude'))
      .map((model) =>
        model.id.startsWith(prefix) ? { ...model, id: model.id.slice(prefix.length) } : model,
      )
      // With the prefix gone two keys can name one model: the first one listed is kept.
      .filter((model) => !seen.has(model.id) && seen.add(model.id));
    return models.length === 0 ? [] : [parsePricingTable({ ...table, models })];
  });
}

/**
 * Whether the data prices the provider at all (a converter given nothing would build an
 * empty table, which no table may be).
 */
function sourceHas(json: unknown, format: Exclude<Format, 'tollgate'>, id: string): boolean {
  if (format === 'genai-prices')
    return Array.isArray(json) && json.some((entry) => isRecord(entry) && entry.id === id);
  return Object.values(json as object).some(
    (entry) =>
      isRecord(entry) && entry.litellm_provider === id && entry.input_cost_per_token != null,
  );
}
