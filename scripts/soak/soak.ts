/**
 * `pnpm soak [calls]`: the full fault-injection run on the memory, SQLite and Redis stores.
 * Prints each store's report and rewrites the figures block of docs/reliability.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BudgetStore, memoryStore } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { redisStore } from '@tollgate/redis';
import { sqliteStore } from '@tollgate/sqlite';
import { startRedisServer } from '../../packages/redis/src/test-support/redis-server.ts';
import { runSoak, type SoakReport } from './run-soak.ts';

const calls = Number(process.argv[2] ?? 3000);
const redis = await startRedisServer();
const directory = mkdtempSync(join(tmpdir(), 'tollgate-soak-'));
const reports: SoakReport[] = [];
try {
  const stores: [string, () => BudgetStore][] = [
    ['memory', () => memoryStore({ ledgerLimit: Number.POSITIVE_INFINITY })],
    [
      'sqlite',
      () =>
        sqliteStore({
          path: join(directory, 'soak.sqlite'),
          ledgerLimit: Number.POSITIVE_INFINITY,
        }),
    ],
    ['redis', () => redisStore({ url: redis.url, ledgerMaxLength: 10_000_000 })],
  ];
  for (const [name, make] of stores) {
    const provider = await startMockProvider();
    const store = make();
    try {
      const report = await runSoak({ store, storeName: name, provider, calls });
      reports.push(report);
      console.log(JSON.stringify(report));
    } finally {
      await store.close();
      await provider.close();
    }
  }
} finally {
  await redis.dispose();
  rmSync(directory, { recursive: true, force: true });
}

const rows = reports.map(
  (report) =>
    `| ${report.store} | ${report.calls} | ${report.admitted} | ${report.refused} | ${report.failed} | ${report.settled} | ${report.released} | ${report.partial} | ${report.spentUsd} | ${(report.durationMs / 1000).toFixed(1)} s | ${report.violations.length === 0 ? 'none' : report.violations.length} | ${report.seed} |`,
);
const faultLine =
  reports[0] === undefined
    ? ''
    : Object.entries(reports[0].faults)
        .map(([fault, count]) => `${fault} ${count}`)
        .join(', ');
const block = [
  '<!-- soak:start -->',
  `Last run: ${new Date().toISOString()}, Node ${process.version}, \`pnpm soak ${calls}\`.`,
  '',
  '| store | calls | admitted | refused | failed | settled | released | partial | spent (USD) | time | violations | seed |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Faults drawn on the memory run: ${faultLine}.`,
  '<!-- soak:end -->',
].join('\n');
const path = new URL('../../docs/reliability.md', import.meta.url);
const current = readFileSync(path, 'utf8');
writeFileSync(path, current.replace(/<!-- soak:start -->[\s\S]*<!-- soak:end -->/, block));
const broken = reports.flatMap((report) =>
  report.violations.map((violation) => `${report.store}: ${violation}`),
);
if (broken.length > 0) {
  console.error(broken.join('\n'));
  process.exitCode = 1;
}
