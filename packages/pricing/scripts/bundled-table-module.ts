/**
 * The text of `src/generated/bundled-table-data.ts`: every price table in the repository's
 * `pricing/` folder, inlined as a module so `@tollgate/pricing` ships its data inside the
 * package (no import reaches outside it) and a new `pricing/<provider>.json` is picked up
 * without editing any source file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `pricing/` folder. */
export const pricingFolder = fileURLToPath(new URL('../../../pricing/', import.meta.url));

/** The generated module, next to the source that imports it. */
export const bundledTableModulePath = fileURLToPath(
  new URL('../src/generated/bundled-table-data.ts', import.meta.url),
);

/** The table files of a folder: every `*.json` except JSON Schemas, in name order. */
export function tableFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort();
}

/**
 * The generated module's text for the tables in `folder`, keyed by each table's provider:
 * each table as compact JSON text, parsed when its provider is first priced (see
 * `bundled-tables.ts`), and each table's version, which a `Pricing` reports without it.
 */
export function bundledTableModuleText(folder: string = pricingFolder): string {
  const tables = tableFiles(folder).map((name) => {
    const table = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
      provider?: unknown;
      version?: unknown;
    };
    const provider = name.slice(0, -'.json'.length);
    if (table.provider !== provider) {
      throw new Error(
        `pricing/${name}: expected "provider": "${provider}" (the file name), found ${JSON.stringify(table.provider)}`,
      );
    }
    if (typeof table.version !== 'string') {
      throw new Error(
        `pricing/${name}: expected "version": a string, found ${JSON.stringify(table.version) ?? 'undefined'}`,
      );
    }
    return { provider: JSON.stringify(provider), table };
  });
  return [
    '// Generated from pricing/*.json by `pnpm --filter @tollgate/pricing tables` (and by every build).',
    '// Do not edit: change the JSON and regenerate; a test fails when this file is stale.',
    '',
    '/** The version of every bundled price table, keyed by provider id. */',
    'export const bundledTableVersions: Readonly<Record<string, string>> = {',
    ...tables.map(({ provider, table }) => `  ${provider}: ${JSON.stringify(table.version)},`),
    '};',
    '',
    '/**',
    ' * Every bundled price table as shipped in `pricing/`, as compact JSON text keyed by provider',
    ' * id. Text, not object literals: a string loads in a fraction of the time the same data',
    ' * takes as code, and only the tables of the providers a process prices are ever parsed.',
    ' */',
    'export const bundledTableJson: Readonly<Record<string, string>> = {',
    ...tables.map(
      ({ provider, table }) => `  ${provider}: ${JSON.stringify(JSON.stringify(table))},`,
    ),
    '};',
    '',
  ].join('\n');
}
