/**
 * `pnpm bench`: runs every benchmark in scripts/bench/ (or those named on the command line)
 * one after the other and rewrites docs/benchmarks.md with the machine, Node version and date.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './bench/types.ts';

const folder = fileURLToPath(new URL('./bench/', import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(folder)
  .filter(
    (file) =>
      file.endsWith('.ts') &&
      file !== 'types.ts' &&
      !file.endsWith('.test.ts') &&
      !file.startsWith('_'),
  )
  .map((file) => file.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const sections: BenchSection[] = [];
for (const name of names) {
  process.stdout.write(`bench ${name} ... `);
  const started = Date.now();
  const module = (await import(join(folder, `${name}.ts`))) as {
    default: () => Promise<BenchSection>;
  };
  const section = await module.default();
  sections.push(section);
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const row of section.rows)
    console.log(`  ${row.name}: ${row.value}${row.target ? ` (target ${row.target})` : ''}`);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
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
