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

/** The generated module's text for the tables in `folder`, keyed by each table's provider. */
export function bundledTableModuleText(folder: string = pricingFolder): string {
  const entries = tableFiles(folder).map((name) => {
    const table = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { provider?: unknown };
    const provider = name.slice(0, -'.json'.length);
    if (table.provider !== provider) {
      throw new Error(
        `pricing/${name}: expected "provider": "${provider}" (the file name), found ${JSON.stringify(table.provider)}`,
      );
    }
    return `  ${JSON.stringify(provider)}: ${JSON.stringify(table, null, 2).replaceAll('\n', '\n  ')},`;
  });
  return [
    '// Generated from pricing/*.json by `pnpm --filter @tollgate/pricing tables` (and by every build).',
    '// Do not edit: change the JSON and regenerate; a test fails when this file is stale.',
    '',
    '/** Every bundled price table as shipped in `pricing/`, keyed by provider id. */',
    'export const bundledTableData: Readonly<Record<string, unknown>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}
