/**
 * `tollgate` start-up: `tollgate --help` from source (as `pnpm tollgate` runs it), and the
 * time to put one dashboard frame on screen with the hand-rolled ANSI renderer the CLI uses
 * versus ink 6 + React 19 (the candidate it was measured against). Each figure is the median
 * wall time of whole processes, run interleaved so machine noise hits every variant alike.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { formatDuration, median } from './_measure.ts';
import type { BenchSection } from './types.ts';

const RUNS = 7;
const cliDir = fileURLToPath(new URL('../../packages/cli/', import.meta.url));
const source = ['--conditions=@tollgate/source', '--import', 'tsx'];

const state = `{
  title: 'tollgate watch · sqlite:/tmp/budgets.db',
  budgets: [
    { id: 'org', parentId: null, depth: 0, limitUsd: '5', spentUsd: '1.25', reservedUsd: '0.1', remainingUsd: '3.65', calls: 40, window: 'month', resetsAt: '2026-12-01T00:00:00.000Z' },
    { id: 'team-a', parentId: 'org', depth: 1, limitUsd: '2', spentUsd: '1', reservedUsd: '0.1', remainingUsd: '0.9', calls: 30, window: 'none', resetsAt: null },
  ],
  showWindows: true,
  callsTitle: 'Recent ledger entries',
  calls: Array.from({ length: 12 }, (_, i) => ({ label: '#' + i, budgetId: 'team-a', model: 'gpt-4o', inputTokens: 1200, outputTokens: 300, costUsd: '0.006', state: 'settled' })),
}`;

const views = {
  ansi: `
    const { renderDashboard } = await import('./src/render-dashboard.ts');
    const { TerminalScreen } = await import('./src/terminal-screen.ts');
    const screen = new TerminalScreen(process.stdout, false);
    screen.draw(renderDashboard(${state}, 100));
    screen.close();`,
  ink: `
    const { renderDashboard } = await import('./src/render-dashboard.ts');
    const React = (await import('react')).default;
    const { render, Box, Text } = await import('ink');
    const lines = renderDashboard(${state}, 100);
    const app = render(React.createElement(Box, { flexDirection: 'column' }, ...lines.map((line, i) => React.createElement(Text, { key: i }, line))));
    app.unmount();
    await app.waitUntilExit();`,
};

function timeProcess(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: cliDir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return ms;
}

function inkInstalled(): boolean {
  try {
    createRequire(`${cliDir}package.json`).resolve('ink');
    return true;
  } catch {
    return false;
  }
}

export default async function benchCli(): Promise<BenchSection> {
  const withInk = inkInstalled();
  const samples = {
    node: [] as number[],
    help: [] as number[],
    ansi: [] as number[],
    ink: [] as number[],
  };
  for (let run = 0; run < RUNS; run += 1) {
    samples.node.push(timeProcess([...source, '--input-type=module', '-e', '']));
    samples.help.push(timeProcess([...source, 'src/bin.ts', '--help']));
    samples.ansi.push(timeProcess([...source, '--input-type=module', '-e', views.ansi]));
    if (withInk) samples.ink.push(timeProcess([...source, '--input-type=module', '-e', views.ink]));
  }
  const base = median(samples.node);
  const rows: BenchSection['rows'] = [
    {
      name: 'node + tsx, empty script (reference)',
      value: formatDuration(base),
      note: `median of ${RUNS} processes`,
    },
    {
      name: '`tollgate --help` (from source)',
      value: formatDuration(median(samples.help)),
      note: `+${formatDuration(median(samples.help) - base)} over the empty script`,
    },
    {
      name: 'first dashboard frame, hand-rolled ANSI renderer (used)',
      value: formatDuration(median(samples.ansi)),
      note: `+${formatDuration(median(samples.ansi) - base)} over the empty script`,
    },
  ];
  if (withInk) {
    rows.push({
      name: 'first dashboard frame, ink 6 + React 19 (candidate)',
      value: formatDuration(median(samples.ink)),
      note: `+${formatDuration(median(samples.ink) - base)}; ${(median(samples.ink) / median(samples.ansi)).toFixed(2)}x the ANSI renderer`,
    });
  }
  return {
    title: 'CLI start-up',
    rows,
    notes: [
      'Whole processes, started the way `pnpm tollgate` starts them (node with the tsx loader on TypeScript source). Both renderers draw the same `renderDashboard` lines, so the difference is the cost of loading and running the renderer.',
      ...(withInk
        ? []
        : [
            'ink is no longer installed in packages/cli, so its row is not measured; packages/cli/README.md keeps the figures from when it was.',
          ]),
    ],
  };
}
