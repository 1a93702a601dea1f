/**
 * Dev-only cross-check of the bundled tables against the shared cost vectors
 * (`../shared/reference/vectors/cost-vectors.jsonl`). Skips quietly when the folder is
 * absent; never part of `pnpm test`.
 *
 *   npx tsx --conditions=@tollgate/source scripts/check-vectors.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCost } from '../packages/pricing/src/index.ts';

interface Vector {
  provider: 'openai' | 'anthropic';
  model: string;
  api: string;
  usage: unknown;
  expected_usd: string;
  timestamp: string;
  service_tier?: string;
  source: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(root, '../shared/reference/vectors/cost-vectors.jsonl');
if (!existsSync(file)) {
  console.log(`No vectors at ${file}; nothing to check.`);
  process.exit(0);
}

const vectors = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Vector);

let exact = 0;
const misses: string[] = [];
for (const [i, v] of vectors.entries()) {
  try {
    const cost = computeCost({
      provider: v.provider,
      model: v.model,
      usage: v.usage,
      at: v.timestamp,
      ...(v.service_tier === undefined ? {} : { serviceTier: v.service_tier }),
    });
    // Compare as exact decimals: strip trailing zeros on both sides.
    const norm = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
    if (norm(cost.totalUsd) === norm(v.expected_usd)) exact++;
    else
      misses.push(
        `#${i + 1} ${v.provider} ${v.model}: expected ${v.expected_usd}, got ${cost.totalUsd} (${v.source})`,
      );
  } catch (error) {
    misses.push(`#${i + 1} ${v.provider} ${v.model}: threw ${(error as Error).message}`);
  }
}
for (const miss of misses) console.log(`MISMATCH ${miss}`);
console.log(`${exact}/${vectors.length} vectors match exactly; ${misses.length} mismatches.`);
