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
import { bundledTables } from './bundled-tables.js';
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
      'zeta.json': { provider: 'zeta', models: [] },
      'alpha.json': { provider: 'alpha', models: [] },
      'pricing.schema.json': { type: 'object' },
      'notes.txt': 'not a table',
    });
    try {
      expect(tableFiles(folder)).toEqual(['alpha.json', 'zeta.json']);
      const text = bundledTableModuleText(folder);
      expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
      expect(text).not.toContain('"type": "object"');
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
