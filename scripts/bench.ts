/**
 * `pnpm bench`: runs every benchmark in scripts/bench/ (or those named on the command line)
 * one after the other and rewrites docs/benchmarks.md with the machine, Node version and date.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './bench/types.ts';

const folder = fileURLToPath(new URL('./bench/', import.meta.url));
const args = process.argv.slice(2);

// `--section NAME`: run one section in this process and print it as JSON (used below).
if (args[0] === '--section' && args[1] !== undefined) {
  const module = (await import(join(folder, `${args[1]}.ts`))) as {
    default: () => Promise<BenchSection>;
  };
  console.log(`\n${JSON.stringify(await module.default())}`);
  process.exit(0);
}

const wanted = args;
const names = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'types.ts' && !file.startsWith('_'))
  .map((file) => file.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

// Each section runs in a fresh process, so what one leaves behind (servers, heap, JIT
// state) cannot colour another's figures.
const sections: BenchSection[] = [];
for (const name of names) {
  process.stdout.write(`bench ${name} ... `);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--section', name],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(`bench ${name} failed (exit ${String(run.status)})`);
  const section = JSON.parse(last) as BenchSection;
  sections.push(section);
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const row of section.rows)
    console.log(`  ${row.name}: ${row.value}${row.target ? ` (target ${row.target})` : ''}`);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
// `pnpm bench` builds first and runs without the `@tollgate/source` condition, so our packages
// are measured as users install them. Run from source, tsx's transform wraps every function
// our code creates in esbuild's keepNames helper, which alone adds about 24 µs to a wrapped call.
const measured = import.meta.resolve('@tollgate/core').includes('/dist/')
  ? 'the built packages (dist), as installed'
  : 'the TypeScript source through tsx (slower than what users run: see scripts/bench.ts)';
const lines = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (scripts/bench.ts); do not edit by hand. Figures are medians or ratios of',
  'runs made side by side in one process or one run, never single timings. The machine is shared and',
  'noisy: compare the ratios, not the absolute numbers, across machines.',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpus().length} x ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
  `- Node: ${process.version} on ${process.platform}/${process.arch}`,
  `- Tollgate code measured: ${measured}`,
  wanted.length === 0 ? '' : `- Sections run: ${names.join(', ')}`,
  '',
];
for (const section of sections) {
  lines.push(
    `## ${section.title}`,
    '',
    '| measure | value | target | meets | how |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const row of section.rows) {
    const meets = row.meets === undefined ? '' : row.meets ? 'yes' : '**no**';
    lines.push(
      `| ${row.name} | ${row.value} | ${row.target ?? ''} | ${meets} | ${row.note ?? ''} |`,
    );
  }
  lines.push('');
  for (const note of section.notes ?? []) lines.push(note, '');
}
writeFileSync(
  new URL('../docs/benchmarks.md', import.meta.url),
  `${lines.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n')}\n`,
);
console.log('wrote docs/benchmarks.md');
