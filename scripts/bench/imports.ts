/**
 * Import cost of each package: fresh Node processes import the package's built `dist`
 * (what users load), against a process that imports nothing; medians of several runs.
 * The adapters are measured over their SDK (the SDK is the user's cost either way).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './_measure.ts';
import type { BenchRow, BenchSection } from './types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The examples package depends on every @tollgate package, so it resolves them all.
const from = fileURLToPath(new URL('../../examples/', import.meta.url));
const runs = 11;

const packages: { name: string; before?: string; target?: number }[] = [
  { name: '@tollgate/core' },
  { name: '@tollgate/pricing' },
  { name: '@tollgate/openai', before: 'openai', target: 30 },
  { name: '@tollgate/anthropic', before: '@anthropic-ai/sdk' },
  { name: '@tollgate/sqlite', before: 'better-sqlite3' },
  { name: '@tollgate/redis', before: 'ioredis' },
  { name: '@tollgate/mock-provider' },
];

function importMs(name: string, before: string | undefined): number {
  const script = `const t=()=>process.hrtime.bigint();${before ? `await import(${JSON.stringify(before)});` : ''}const s=t();await import(${JSON.stringify(name)});console.log(Number(t()-s)/1e6);`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: from,
    encoding: 'utf8',
  });
  return Number(output.trim());
}

/** Import cost of every package. */
export default async function benchImports(): Promise<BenchSection> {
  if (
    !packages.every(({ name }) => existsSync(`${root}packages/${name.split('/')[1]}/dist/index.js`))
  ) {
    const built = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'ignore' });
    if (built.status !== 0)
      throw new Error('pnpm build failed; the import bench measures the built packages');
  }
  const rows: BenchRow[] = [];
  for (const { name, before, target } of packages) {
    importMs(name, before);
    const samples = Array.from({ length: runs }, () => importMs(name, before));
    const value = median(samples);
    rows.push({
      name: before ? `import ${name} (after ${before})` : `import ${name}`,
      value: `${value.toFixed(1)} ms`,
      ...(target === undefined ? {} : { target: `<= ${target} ms`, meets: value <= target }),
      note: `median of ${runs} fresh processes, built dist`,
    });
  }
  return {
    title: 'Import cost (built packages)',
    rows,
    notes: [
      'zod (option and table validation), p-queue (wait mode, maxConcurrency) and the tokenizer load on first use, not at import.',
    ],
  };
}
