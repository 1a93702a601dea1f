import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidOptionsError } from '@tollgate/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledTables } from './bundled-tables.js';
import { InvalidPricingError } from './errors.js';
import { createPricing } from './pricing.js';
import { OVERRIDES_ENV, readOverridesFile } from './read-overrides-file.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-overrides-'));
let files = 0;

function writeOverrides(content: unknown): string {
  files += 1;
  const path = join(dir, `overrides-${files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const entry = (input: string, output: string, effectiveFrom?: string) => ({
  ...(effectiveFrom === undefined ? {} : { effectiveFrom }),
  standard: { input, output },
  checked: '2026-12-01',
  source: 'test',
});

function overrides(models: unknown[], provider = 'deepseek') {
  return {
    kind: 'tollgate-pricing-overrides',
    version: '2026-12-01',
    source: 'test',
    tables: [{ provider, version: '2026-12-01', currency: 'USD', models }],
  };
}

const usage = { prompt_tokens: 1_000_000, completion_tokens: 1_000_000 };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('overrides file', () => {
  it('merges a dated price change over the bundled history and adds new models', () => {
    const path = writeOverrides(
      overrides([
        {
          id: 'deepseek-chat',
          aliases: [],
          snapshots: [],
          contextWindow: 128_000,
          maxOutputTokens: 8_192,
          prices: [entry('0.1', '0.2', '2026-12-15')],
        },
        {
          id: 'deepseek-v5',
          aliases: ['deepseek-v5-latest'],
          snapshots: [],
          contextWindow: 1_000_000,
          maxOutputTokens: 65_536,
          prices: [entry('1', '2')],
        },
      ]),
    );
    const pricing = createPricing({ overridesFile: path });
    const bundled = bundledTables().deepseek.version;
    const before = pricing.computeCost({
      provider: 'deepseek',
      model: 'deepseek-chat',
      usage,
      at: '2026-12-14',
    });
    // The bundled V3.2 price (0.28 / 0.42) still applies the day before the change.
    expect(before.totalUsd).toBe('0.7');
    expect(before.pricingVersion).toBe(`${bundled}+2026-12-01`);
    const after = pricing.computeCost({
      provider: 'deepseek',
      model: 'deepseek-chat',
      usage,
      at: '2026-12-15',
    });
    expect(after).toMatchObject({ totalUsd: '0.3', effectiveFrom: '2026-12-15' });
    // Older history survives the merge.
    expect(
      pricing.computeCost({ provider: 'deepseek', model: 'deepseek-chat', usage, at: '2025-03-01' })
        .totalUsd,
    ).toBe('1.37');
    expect(
      pricing.computeCost({ provider: 'deepseek', model: 'deepseek-v5-latest', usage }).totalUsd,
    ).toBe('3');
    // Untouched models keep the bundled version; other providers are unchanged.
    expect(pricing.resolve('deepseek', 'deepseek-reasoner').pricingVersion).toBe(bundled);
    expect(pricing.resolve('openai', 'gpt-4o').pricingVersion).toBe(bundledTables().openai.version);
  });

  it('replaces the whole history when the newer data is undated, keeping every old name', () => {
    const path = writeOverrides(
      overrides([
        {
          id: 'deepseek-chat',
          aliases: ['deepseek-chat-next'],
          snapshots: [],
          contextWindow: 128_000,
          maxOutputTokens: 8_192,
          prices: [entry('0.5', '0.5')],
        },
      ]),
    );
    const pricing = createPricing({ overridesFile: path });
    for (const name of ['deepseek-chat', 'deepseek-chat-v3-0324', 'deepseek-chat-next']) {
      expect(
        pricing.computeCost({ provider: 'deepseek', model: name, usage, at: '2025-03-01' })
          .totalUsd,
      ).toBe('1');
    }
  });

  it('is read from TOLLGATE_PRICING_OVERRIDES, unless the option says otherwise', async () => {
    const path = writeOverrides(
      overrides(
        [
          {
            id: 'grok-9',
            aliases: [],
            snapshots: [],
            contextWindow: 10_000,
            maxOutputTokens: 1_000,
            prices: [entry('4', '8')],
          },
        ],
        'xai',
      ),
    );
    vi.stubEnv(OVERRIDES_ENV, path);
    expect(createPricing().has('xai', 'grok-9')).toBe(true);
    expect(createPricing({ overridesFile: null }).has('xai', 'grok-9')).toBe(false);
    vi.resetModules();
    const { defaultPricing } = await import('./default-pricing.js');
    expect(defaultPricing().has('xai', 'grok-9')).toBe(true);
    vi.stubEnv(OVERRIDES_ENV, '');
    expect(createPricing().has('xai', 'grok-9')).toBe(false);
  });

  it('bills a per-request fee on every call, and bounds it in estimates', () => {
    const path = writeOverrides(
      overrides(
        [
          {
            id: 'sonar-like',
            aliases: [],
            snapshots: [],
            contextWindow: 100_000,
            maxOutputTokens: 1_000,
            prices: [{ ...entry('1', '1'), fees: { request: '5' } }],
          },
        ],
        'openrouter',
      ),
    );
    const pricing = createPricing({ overridesFile: path });
    const cost = pricing.computeCost({
      provider: 'openrouter',
      model: 'sonar-like',
      usage: { prompt_tokens: 1_000, completion_tokens: 1_000 },
    });
    // 2,000 x 1 / M + 1 request x 5 / 1,000
    expect(cost.totalUsd).toBe('0.007');
    expect(cost.lines.at(-1)).toEqual({
      kind: 'request',
      count: 1,
      rateUsd: '5',
      unit: 'per_thousand_calls',
      usd: '0.005',
    });
    expect(
      pricing.estimateCost({
        provider: 'openrouter',
        model: 'sonar-like',
        inputTokens: 1_000,
        maxOutputTokens: 1_000,
      }).totalUsd,
    ).toBe('0.007');
  });

  it('refuses a bad file with a typed error naming the file and each field', () => {
    const bad = writeOverrides(
      overrides([
        {
          id: 'deepseek-chat',
          aliases: [],
          snapshots: [],
          contextWindow: 0,
          maxOutputTokens: 1,
          prices: [entry('-1', '1')],
        },
      ]),
    );
    let caught: unknown;
    try {
      createPricing({ overridesFile: bad });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidPricingError);
    const error = caught as InvalidPricingError;
    expect(error.code).toBe('INVALID_PRICING');
    expect(error.file).toBe(bad);
    expect(error.message).toContain(`pricing overrides file ${bad}`);
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'tables.0.models.0.contextWindow',
      'tables.0.models.0.prices.0.standard.input',
    ]);
    expect(() => readOverridesFile(writeOverrides('{ nope'))).toThrow(/expected JSON/);
    expect(() => readOverridesFile(join(dir, 'missing.json'))).toThrow(/cannot read .*missing/);
    expect(() => readOverridesFile(writeOverrides({ kind: 'other', tables: [] }))).toThrow(/kind/);
  });

  it('refuses an option that is not a path', () => {
    expect(() => createPricing({ overridesFile: 5 as never })).toThrow(InvalidOptionsError);
    expect(() => createPricing({ overridesFile: '' })).toThrow(/expected a file path or null/);
  });
});
