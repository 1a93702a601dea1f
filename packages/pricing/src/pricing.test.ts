import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidOptionsError } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { bundledTables } from './bundled-tables.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidPricingError, UnknownModelError } from './errors.js';
import { loadPricingTable } from './load-pricing-table.js';
import { createPricing } from './pricing.js';
import { readUsage } from './read-usage.js';
import { resolveModel } from './resolve-model.js';
import { PROVIDERS } from './schema.js';
import { usagePricer } from './usage-pricer.js';

describe('model resolution', () => {
  it.each([
    ['openai', 'gpt-4o', 'gpt-4o'],
    ['openai', 'GPT-4o', 'gpt-4o'],
    ['openai', 'openai/gpt-4o-2024-11-20', 'gpt-4o'],
    ['openai', 'gpt-4o-2025-01-01', 'gpt-4o'], // an unlisted dated snapshot falls back to its family
    ['openai', 'gpt-4o-2024-05-13', 'gpt-4o-2024-05-13'], // priced separately
    ['openai', 'gpt-5-codex', 'gpt-5'],
    ['openai', ' gpt-5.1-chat-latest ', 'gpt-5.1'],
    ['anthropic', 'claude-sonnet-4-20250514', 'claude-sonnet-4'],
    ['anthropic', 'anthropic/claude-3-5-haiku', 'claude-3-5-haiku'],
    ['anthropic', 'claude-4-opus-20250522', 'claude-opus-4'],
    ['anthropic', 'claude-sonnet-4@20250514', 'claude-sonnet-4'],
  ] as const)('%s %s -> %s', (provider, id, canonical) => {
    expect(resolveModel(provider, id).id).toBe(canonical);
  });

  it('returns limits, encoding and the table version', () => {
    expect(resolveModel('openai', 'gpt-4o')).toMatchObject({
      contextWindow: 128000,
      maxOutputTokens: 16384,
      encoding: 'o200k_base',
      provider: 'openai',
      pricingVersion: '2026-11-28',
    });
    expect(resolveModel('openai', 'gpt-4').encoding).toBe('cl100k_base');
    expect(resolveModel('anthropic', 'claude-opus-4-5').encoding).toBeUndefined();
  });

  it('refuses unknown models and ids from the other provider', () => {
    expect(() => resolveModel('anthropic', 'gpt-4o')).toThrow(UnknownModelError);
    const error = (() => {
      try {
        resolveModel('anthropic', 'claude-sonet-4-5');
      } catch (e) {
        return e as UnknownModelError;
      }
    })();
    expect(error).toMatchObject({
      code: 'UNKNOWN_MODEL',
      provider: 'anthropic',
      model: 'claude-sonet-4-5',
    });
    expect(error?.suggestions).toContain('claude-sonnet-4-5');
    expect(defaultPricing().has('openai', 'nope')).toBe(false);
    expect(defaultPricing().has('openai', 'gpt-4o')).toBe(true);
  });

  it('keeps answering after its cache fills', () => {
    const pricing = createPricing();
    for (let i = 0; i < 10_050; i++) pricing.has('openai', `unknown-${i}`);
    expect(pricing.resolve('openai', 'gpt-4o').id).toBe('gpt-4o');
  });
});

describe('bundled tables', () => {
  it('are valid, dated and list current models first', () => {
    const { openai, anthropic } = bundledTables();
    expect(openai.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(openai.models[0]?.id).toBe('gpt-5.6-sol');
    expect(anthropic.models[0]?.id).toBe('claude-fable-5');
    expect(defaultPricing()).toBe(defaultPricing());
    expect(defaultPricing().versions).toMatchObject({
      openai: openai.version,
      anthropic: anthropic.version,
    });
    expect(Object.keys(defaultPricing().versions)).toEqual([...PROVIDERS]);
  });
});

describe('createPricing', () => {
  it('adds a fine-tuned model like its base, with its own price', () => {
    const pricing = createPricing({
      overrides: [
        {
          provider: 'openai',
          id: 'ft:gpt-4o-mini:acme::abc',
          like: 'gpt-4o-mini',
          prices: [{ standard: { input: '0.3', output: '1.2' } }],
        },
      ],
    });
    const model = pricing.resolve('openai', 'ft:gpt-4o-mini:acme::abc');
    expect(model).toMatchObject({
      contextWindow: 128000,
      encoding: 'o200k_base',
      pricingVersion: '2026-11-28+override',
      aliases: [],
    });
    expect(model.prices[0]).toMatchObject({ source: 'override' });
    const cost = pricing.computeCost({
      provider: 'openai',
      model: 'ft:gpt-4o-mini:acme::abc',
      usage: { prompt_tokens: 1_000_000, completion_tokens: 0 },
    });
    expect(cost).toMatchObject({ totalUsd: '0.3', pricingVersion: '2026-11-28+override' });
  });

  it('changes an existing model and adds aliases for a private deployment', () => {
    const pricing = createPricing({
      overrides: [
        {
          provider: 'anthropic',
          id: 'claude-haiku-4-5',
          aliases: ['my-haiku'],
          prices: [
            { standard: { input: '2', output: '10' }, checked: '2026-11-01', source: 'contract' },
          ],
        },
      ],
    });
    expect(pricing.resolve('anthropic', 'my-haiku').id).toBe('claude-haiku-4-5');
    expect(
      pricing.estimateCost({
        provider: 'anthropic',
        model: 'my-haiku',
        inputTokens: 1_000_000,
        maxOutputTokens: 0,
      }).totalUsd,
    ).toBe('2');
    // Changing a model keeps its names: its dated snapshot now bills at the override too.
    expect(pricing.resolve('anthropic', 'claude-haiku-4-5-20251001').prices[0]?.source).toBe(
      'contract',
    );
  });

  it('adds a model with no base from scratch', () => {
    const pricing = createPricing({
      overrides: [
        {
          provider: 'openai',
          id: 'my-deploy',
          contextWindow: 1000,
          maxOutputTokens: 100,
          prices: [{ standard: { input: '1', output: '2' } }],
        },
      ],
    });
    expect(pricing.resolve('openai', 'my-deploy').encoding).toBeUndefined();
  });

  it('refuses bad overrides, listing every problem with its path', () => {
    expect(() =>
      createPricing({ overrides: [{ provider: 'openai', id: 'x', like: 'nope' }] }),
    ).toThrow(/overrides.0.like: no openai model "nope"/);
    try {
      createPricing({
        overrides: [
          { provider: 'openai', id: 'y', prices: [{ standard: { input: '-1', output: 'x' } }] },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPricingError);
      const paths = (error as InvalidPricingError).issues.map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'overrides.0.prices.0.standard.input',
          'overrides.0.prices.0.standard.output',
        ]),
      );
    }
    expect(() => createPricing({ overrides: [{ provider: 'openai', id: 'z' }] })).toThrow(
      /overrides.0.contextWindow/,
    );
    expect(() => createPricing({ overrides: [{ provider: 'cohere', id: 'z' } as never] })).toThrow(
      /overrides.0.provider/,
    );
  });

  it('takes a newer table at run time, replacing the bundled one of its provider', () => {
    const newer = structuredClone(bundledTables().openai);
    newer.version = '2027-01-01';
    const pricing = createPricing({ tables: [newer] });
    expect(pricing.versions).toMatchObject({ openai: '2027-01-01', anthropic: '2026-11-28' });
    expect(
      pricing.computeCost({
        provider: 'openai',
        model: 'gpt-4o',
        usage: { prompt_tokens: 1, completion_tokens: 1 },
      }).pricingVersion,
    ).toBe('2027-01-01');
  });

  it('refuses a malformed table, listing every problem with its path', () => {
    const bad = structuredClone(bundledTables().anthropic) as unknown as {
      models: Array<Record<string, unknown>>;
      version: string;
    };
    bad.version = 'latest';
    (bad.models[0] as { contextWindow: number }).contextWindow = -5;
    (bad.models[1] as { id: string }).id = 'claude-fable-5';
    try {
      createPricing({ tables: [bad] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPricingError);
      const e = error as InvalidPricingError;
      expect(e.code).toBe('INVALID_PRICING');
      expect(e.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['version', 'models.0.contextWindow']),
      );
      expect(e.message).toMatch(/problems/);
    }
    expect(() => createPricing({ tables: [bundledTables().openai, bad] })).toThrow(
      /tables\.1\.version/,
    );
    expect(() => createPricing({ tables: [null] })).toThrow(InvalidPricingError);
  });

  it('says what arrived in every malformed rate, fee, date and version', () => {
    const long = `1${'0'.repeat(80)}x`;
    const table = {
      provider: 'openai',
      version: 'v1',
      currency: 'USD',
      models: [
        {
          id: 'a',
          aliases: [],
          snapshots: [],
          contextWindow: 10,
          maxOutputTokens: 1,
          prices: [
            {
              standard: {
                input: 'abc',
                cachedInput: 2.5,
                output: long,
                longContext: [{ aboveInputTokens: 5, input: '-1', output: '1' }],
              },
              fees: { webSearch: '10 USD' },
              checked: '2026-02-30',
              source: 's',
            },
            {
              effectiveFrom: '01/02/2026',
              standard: { input: '1', output: '1' },
              checked: '2026-01-01',
              source: 's',
            },
          ],
        },
      ],
    };
    try {
      createPricing({ tables: [table] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPricingError);
      const messages = (error as InvalidPricingError).issues.map((i) => `${i.path}: ${i.message}`);
      const decimal = 'expected a non-negative decimal string such as "2.5", received';
      expect(messages).toEqual(
        expect.arrayContaining([
          'version: expected a date-based version such as "2026-11-28", received "v1"',
          `models.0.prices.0.standard.input: ${decimal} "abc"`,
          `models.0.prices.0.standard.cachedInput: ${decimal} 2.5 (number)`,
          `models.0.prices.0.standard.output: ${decimal} "${long.slice(0, 57)}..."`,
          `models.0.prices.0.standard.longContext.0.input: ${decimal} "-1"`,
          `models.0.prices.0.fees.webSearch: ${decimal} "10 USD"`,
          'models.0.prices.0.checked: expected a real date, received "2026-02-30"',
          'models.0.prices.1.effectiveFrom: expected a date as YYYY-MM-DD, received "01/02/2026"',
        ]),
      );
    }
  });

  it('checks names, history order and tier order', () => {
    const table = {
      provider: 'openai',
      version: '2026-01-01',
      currency: 'USD',
      models: [
        {
          id: 'A',
          aliases: ['b'],
          snapshots: [],
          contextWindow: 10,
          maxOutputTokens: 1,
          prices: [
            {
              effectiveFrom: '2025-02-01',
              standard: { input: '1', output: '1' },
              checked: '2026-01-01',
              source: 's',
            },
            {
              effectiveFrom: '2025-01-01',
              standard: {
                input: '1',
                output: '1',
                longContext: [
                  { aboveInputTokens: 5, input: '2', output: '2' },
                  { aboveInputTokens: 4, input: '2', output: '2' },
                ],
              },
              checked: '2026-01-01',
              source: 's',
            },
            { standard: { input: '1', output: '1' }, checked: '2026-02-30', source: 's' },
          ],
        },
        {
          id: 'b',
          aliases: [],
          snapshots: [],
          contextWindow: 10,
          maxOutputTokens: 1,
          prices: [{ standard: { input: '1', output: '1' }, checked: '2026-01-01', source: 's' }],
        },
      ],
    };
    try {
      createPricing({ tables: [table] });
      expect.unreachable();
    } catch (error) {
      const messages = (error as InvalidPricingError).issues.map((i) => `${i.path}: ${i.message}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^models.0.id: model names must be lowercase/),
          expect.stringMatching(/^models.1.id: "b" already names model "A"/),
          expect.stringMatching(/^models.0.prices.1.effectiveFrom: .*ascending date order/),
          expect.stringMatching(
            /^models.0.prices.2.effectiveFrom: every price entry after the first/,
          ),
          expect.stringMatching(/^models.0.prices.1.standard.longContext: .*ascending/),
          expect.stringMatching(/^models.0.prices.2.checked: expected a real date/),
        ]),
      );
    }
  });
});

describe('loadPricingTable', () => {
  it('reads and validates a table file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-pricing-'));
    const good = join(dir, 'openai.json');
    writeFileSync(good, JSON.stringify(bundledTables().openai));
    expect((await loadPricingTable(good)).provider).toBe('openai');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{');
    await expect(loadPricingTable(broken)).rejects.toThrow(/expected JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, '{"provider":"openai"}');
    await expect(loadPricingTable(wrong)).rejects.toBeInstanceOf(InvalidPricingError);
  });
});

describe('edge cases', () => {
  it('falls back to standard rates when a user table has no batch rates', () => {
    const pricing = createPricing({
      overrides: [
        {
          provider: 'openai',
          id: 'plain',
          contextWindow: 10,
          maxOutputTokens: 10,
          prices: [{ standard: { input: '1', output: '2' } }],
        },
      ],
    });
    const cost = pricing.computeCost({
      provider: 'openai',
      model: 'plain',
      usage: { prompt_tokens: 1_000_000, completion_tokens: 0 },
      batch: true,
    });
    expect(cost).toMatchObject({ totalUsd: '1', batch: false });
    expect(
      pricing.estimateCost({
        provider: 'openai',
        model: 'plain',
        inputTokens: 1_000_000,
        maxOutputTokens: 0,
        batch: true,
      }).totalUsd,
    ).toBe('1');
  });

  it('refuses a provider it does not know', () => {
    const pricing = createPricing();
    expect(() => pricing.resolve('cohere' as never, 'x')).toThrow(
      /provider: expected one of openai, anthropic, google, .*, received "cohere"/,
    );
    expect(() => pricing.resolve('toString' as never, 'x')).toThrow(InvalidOptionsError);
    // An object whose toString is not callable once made the key lookup throw a TypeError.
    expect(() => pricing.resolve({ toString: 0 } as never, 'x')).toThrow(InvalidOptionsError);
    expect(pricing.has({ toString: 0 } as never, 'x')).toBe(false);
    expect(() => pricing.models('cohere' as never)).toThrow(InvalidOptionsError);
    expect(pricing.has('cohere' as never, 'x')).toBe(false);
    expect(new UnknownModelError('openai', 'x', []).message).not.toMatch(/Closest/);
  });

  it('names a non-object override by its index', () => {
    expect(() => createPricing({ overrides: [null as never] })).toThrow(/overrides\.0: /);
  });

  it('keeps an existing model names and limits when an override only changes prices', () => {
    const pricing = createPricing({
      overrides: [
        { provider: 'openai', id: 'gpt-4o', prices: [{ standard: { input: '9', output: '9' } }] },
      ],
    });
    expect(pricing.resolve('openai', 'gpt-4o-2024-08-06')).toMatchObject({
      id: 'gpt-4o',
      encoding: 'o200k_base',
      contextWindow: 128000,
    });
    const renamed = createPricing({
      overrides: [
        {
          provider: 'openai',
          id: 'gpt-4o',
          aliases: ['four'],
          snapshots: ['four-2025-01-01'],
          encoding: 'cl100k_base',
        },
      ],
    });
    expect(renamed.resolve('openai', 'four-2025-01-01')).toMatchObject({
      encoding: 'cl100k_base',
      prices: renamed.resolve('openai', 'four').prices,
    });
  });

  it('reports duplicate snapshot ids with numeric paths', () => {
    const entry = { standard: { input: '1', output: '1' }, checked: '2026-01-01', source: 's' };
    const model = (id: string, snapshots: string[]) => ({
      id,
      aliases: [],
      snapshots,
      contextWindow: 1,
      maxOutputTokens: 1,
      prices: [entry],
    });
    const table = {
      provider: 'openai',
      version: '2026-01-01',
      currency: 'USD',
      models: [model('a', []), model('b', ['a'])],
    };
    expect(() => createPricing({ tables: [table] })).toThrow(
      /models\.1\.snapshots\.0: "a" already names model "a"/,
    );
  });
});

describe('override price history', () => {
  const usage = { prompt_tokens: 1_000_000, completion_tokens: 0 };
  const rates = (input: string) => ({ input, output: '1' });
  const override = (prices: unknown[]) =>
    createPricing({
      overrides: [{ provider: 'openai', id: 'my-model', like: 'gpt-4o', prices: prices as never }],
    });

  it('refuses prices out of date order, as the same prices in a table are', () => {
    const prices = [
      { standard: rates('1') },
      { effectiveFrom: '2020-06-01', standard: rates('5') },
      { effectiveFrom: '2019-01-01', standard: rates('100') },
    ];
    expect(() => override(prices)).toThrow(InvalidPricingError);
    expect(() => override(prices)).toThrow(
      /overrides\.0\.prices\.2\.effectiveFrom: price entries must be in ascending date order \(2020-06-01 then 2019-01-01\)/,
    );
  });

  it('refuses two entries from the same date', () => {
    const prices = [
      { standard: rates('1') },
      { effectiveFrom: '2020-01-01', standard: rates('7') },
      { effectiveFrom: '2020-01-01', standard: rates('9') },
    ];
    expect(() => override(prices)).toThrow(
      /overrides\.0\.prices\.2\.effectiveFrom: price entries must be in ascending date order/,
    );
  });

  it('refuses a second undated entry, naming the override it is in', () => {
    try {
      createPricing({
        overrides: [
          { provider: 'openai', id: 'ok', like: 'gpt-4o' },
          {
            provider: 'openai',
            id: 'my-model',
            like: 'gpt-4o',
            prices: [{ standard: rates('1') }, { standard: rates('7') }],
          },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPricingError);
      expect((error as InvalidPricingError).issues).toEqual([
        {
          path: 'overrides.1.prices.1.effectiveFrom',
          message: 'every price entry after the first needs effectiveFrom',
        },
      ]);
    }
  });

  it('still takes a history in ascending date order', () => {
    const pricing = override([
      { standard: rates('1') },
      { effectiveFrom: '2019-01-01', standard: rates('100') },
      { effectiveFrom: '2020-06-01', standard: rates('5') },
    ]);
    const at = (when: string) =>
      pricing.computeCost({ provider: 'openai', model: 'my-model', usage, at: when }).totalUsd;
    expect([at('2018-01-01'), at('2019-06-01'), at('2021-01-01')]).toEqual(['1', '100', '5']);
  });
});

describe('an override of an existing model', () => {
  const usage = { prompt_tokens: 1_000_000, completion_tokens: 0 };
  const prices = [{ standard: { input: '10', output: '40' } }];

  it.each([
    ['without like', undefined],
    ['with like naming the model itself', 'gpt-4o'],
    ['with like naming the model in another case', 'GPT-4o'],
  ])('prices its dated snapshots too (%s): hold and charge agree', (_, like) => {
    const pricing = createPricing({
      overrides: [{ provider: 'openai', id: 'gpt-4o', ...(like ? { like } : {}), prices }],
    });
    const hold = pricing.boundUsd({
      provider: 'openai',
      model: 'gpt-4o',
      inputTokens: 1_000_000,
      maxOutputTokens: 0,
    });
    const price = usagePricer(pricing, 'openai', 'gpt-4o');
    const charged = price(readUsage('openai', usage, { model: 'gpt-4o-2024-08-06' }));
    expect(hold).toBe('10');
    expect(charged).toMatchObject({ costUsd: '10', pricingVersion: '2026-11-28+override' });
    expect(pricing.resolve('openai', 'gpt-4o-2024-08-06').id).toBe('gpt-4o');
  });

  it('keeps its own names when it copies another model, leaving that model its names', () => {
    const pricing = createPricing({
      overrides: [{ provider: 'openai', id: 'gpt-4o', like: 'gpt-4o-mini' }],
    });
    const mini = pricing.resolve('openai', 'gpt-4o-mini');
    expect(pricing.resolve('openai', 'gpt-4o-2024-08-06')).toMatchObject({
      id: 'gpt-4o',
      prices: mini.prices,
      pricingVersion: '2026-11-28+override',
    });
    expect(pricing.resolve('openai', mini.snapshots[0] as string).id).toBe('gpt-4o-mini');
  });

  it('leaves its snapshots at the table price when it lists none', () => {
    const pricing = createPricing({
      overrides: [{ provider: 'openai', id: 'gpt-4o', like: 'gpt-4o', snapshots: [], prices }],
    });
    const cost = (model: string) =>
      pricing.computeCost({ provider: 'openai', model, usage }).totalUsd;
    expect([cost('gpt-4o'), cost('gpt-4o-2024-08-06')]).toEqual(['10', '2.5']);
  });
});

describe('an override of one dated snapshot', () => {
  it('prices that snapshot alone, leaving the model and its other names at the table price', () => {
    const pricing = createPricing({
      overrides: [
        {
          provider: 'openai',
          id: 'gpt-4o-2024-08-06',
          prices: [{ standard: { input: '10', output: '40' } }],
        },
      ],
    });
    const cost = (model: string) =>
      pricing.computeCost({
        provider: 'openai',
        model,
        usage: { prompt_tokens: 1_000_000, completion_tokens: 0 },
      }).totalUsd;
    expect([cost('gpt-4o-2024-08-06'), cost('gpt-4o-2024-11-20'), cost('gpt-4o')]).toEqual([
      '10',
      '2.5',
      '2.5',
    ]);
    expect(pricing.resolve('openai', 'gpt-4o-2024-08-06')).toMatchObject({
      aliases: [],
      snapshots: [],
      contextWindow: 128000,
    });
  });
});
