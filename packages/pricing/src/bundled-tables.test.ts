import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledTableModulePath,
  bundledTableModuleText,
  pricingFolder,
  tableFiles,
} from '../scripts/bundled-table-module.ts';
import { bundledTable, bundledTables, bundledTableVersion } from './bundled-tables.js';
import { Pricing, type PricingTableSource } from './pricing.js';
import { PROVIDERS, type Provider } from './schema.js';
import { parsePricingTable } from './validate-table.js';

const providers = Object.keys(bundledTables()) as Provider[];

describe('bundled tables', () => {
  it.each(providers)('the %s table passes the schema exactly as shipped', (provider) => {
    const table = bundledTables()[provider];
    // Validation returns the parsed table: equal to the shipped one means no defaults were filled in.
    expect(parsePricingTable(table)).toEqual(table);
    expect(table.provider).toBe(provider);
  });

  it('bundles every pricing/*.json, exactly as written', () => {
    const files = tableFiles(pricingFolder);
    expect(files).toContain('openai.json');
    expect(files).toContain('anthropic.json');
    expect([...providers].sort()).toEqual([...PROVIDERS].sort());
    expect(providers.sort()).toEqual(files.map((name) => name.slice(0, -'.json'.length)));
    for (const name of files) {
      const provider = name.slice(0, -'.json'.length) as Provider;
      const written = JSON.parse(readFileSync(join(pricingFolder, name), 'utf8'));
      expect(bundledTables()[provider]).toEqual(written);
    }
  });

  it('reads a table only when its provider is first priced', () => {
    const read: Provider[] = [];
    const source: PricingTableSource = {
      table: (provider) => {
        read.push(provider);
        return bundledTable(provider);
      },
      version: bundledTableVersion,
    };
    const pricing = new Pricing(source);
    expect(read).toEqual([]);
    expect(pricing.versions.openai).toBe(bundledTables().openai.version);
    expect(pricing.resolve('openai', 'gpt-4o').id).toBe('gpt-4o');
    expect(pricing.resolve('openai', 'gpt-4o-mini').id).toBe('gpt-4o-mini');
    expect(pricing.has('anthropic', 'claude-sonnet-4-5')).toBe(true);
    expect(read).toEqual(['openai', 'anthropic']);
  });

  it('shares each table frozen throughout, so no caller can change the prices of another', () => {
    const table = bundledTable('openai');
    expect(bundledTables().openai).toBe(table);
    const model = table.models[0] as (typeof table.models)[number];
    expect(Object.isFrozen(model.prices[0])).toBe(true);
    expect(() => {
      (model.prices as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('is generated from pricing/ (run `pnpm --filter @tollgate/pricing tables` when stale)', () => {
    expect(readFileSync(bundledTableModulePath, 'utf8')).toBe(bundledTableModuleText());
  });
});

describe('bundledTableModuleText', () => {
  function folderWith(files: Record<string, unknown>): string {
    const folder = mkdtempSync(join(tmpdir(), 'tollgate-tables-'));
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(folder, name), JSON.stringify(content));
    }
    return folder;
  }

  it('picks up a new provider file and skips JSON Schemas and other files', () => {
    const folder = folderWith({
      'zeta.json': { provider: 'zeta', version: '2026-01-01', models: [] },
      'alpha.json': { provider: 'alpha', version: '2026-01-02', models: [] },
      'pricing.schema.json': { type: 'object' },
      'notes.txt': 'not a table',
    });
    try {
      expect(tableFiles(folder)).toEqual(['alpha.json', 'zeta.json']);
      const text = bundledTableModuleText(folder);
      expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
      expect(text).toContain('"alpha": "2026-01-02"');
      expect(text).not.toContain(String.raw`\"type\"`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a table without a version', () => {
    const folder = folderWith({ 'groq.json': { provider: 'groq', models: [] } });
    try {
      expect(() => bundledTableModuleText(folder)).toThrow(
        'pricing/groq.json: expected "version": a string, found undefined',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a file whose provider is not its name', () => {
    const folder = folderWith({ 'groq.json': { provider: 'openai', models: [] } });
    try {
      expect(() => bundledTableModuleText(folder)).toThrow(
        'pricing/groq.json: expected "provider": "groq" (the file name), found "openai"',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
