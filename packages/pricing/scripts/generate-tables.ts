/**
 * Writes `src/generated/bundled-table-data.ts` from every `pricing/*.json`.
 * Run: `pnpm --filter @tollgate/pricing tables` (the package build runs it first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledTableModulePath, bundledTableModuleText } from './bundled-table-module.ts';

const text = bundledTableModuleText();
let current = '';
try {
  current = readFileSync(bundledTableModulePath, 'utf8');
} catch {
  // First generation: nothing to compare with.
}
if (current !== text) writeFileSync(bundledTableModulePath, text);
console.log(`${current === text ? 'up to date' : 'wrote'} ${bundledTableModulePath}`);
