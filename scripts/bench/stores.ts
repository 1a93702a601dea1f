/**
 * Store figures: reserve+settle pairs per second for `@tollgate/sqlite` (one process, and
 * four processes on one file) and `@tollgate/redis` (50 pairs in flight), each beside a
 * raw baseline measured in the same run: a trivial SQLite write transaction, a trivial
 * `EVALSHA`. Medians of interleaved rounds; the target is at least half the baseline's rate.
 * Starts its own redis-server on a free loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorker } from '@tollgate/core/testing';
import {
  rawEvalshaRate,
  redisPairRate,
  serverCpuMicros,
  startRedisServer,
} from '../../packages/redis/src/test-support/bench-support.ts';
import {
  minimalPairRate,
  rawWriteRate,
  sqlitePairRate,
  storeSqlPairRate,
} from '../../packages/sqlite/src/test-support/bench-support.ts';
import { formatCount, median } from './_measure.ts';
import type { BenchRow, BenchSection } from './types.ts';

const ROUNDS = 5;
const PROCESSES = 4;
const IN_FLIGHT = 50;

/** Runs `mode` on `PROCESSES` worker processes started together; returns total operations per second. */
async function processesRate(
  mode: 'raw' | 'pairs',
  path: string,
  round: number,
  perProcess: number,
  inFlight = 1,
): Promise<number> {
  // Workers warm up, then all start at the same moment (tsx start-up is not measured).
  const startAt = Date.now() + 4000;
  const outputs = await Promise.all(
    Array.from({ length: PROCESSES }, (_, worker) =>
      runWorker(
        new URL('../../packages/sqlite/src/test-support/bench-worker.ts', import.meta.url),
        [
          mode,
          path,
          `bench-mp-${round}-${inFlight}-${worker}`,
          String(perProcess),
          String(startAt),
          String(inFlight),
        ],
      ),
    ),
  );
  const runs = outputs.map(
    (output) => JSON.parse(output) as { startedAt: number; endedAt: number; count: number },
  );
  const total = runs.reduce((sum, run) => sum + run.count, 0);
  const span =
    Math.max(...runs.map((run) => run.endedAt)) - Math.min(...runs.map((run) => run.startedAt));
  return total / (span / 1000);
}

function compare(
  name: string,
  pairs: number[],
  baseline: number[],
  note: string,
  baselineName: string,
): BenchRow[] {
  const pairRate = median(pairs);
  const baseRate = median(baseline);
  const ratio = pairRate / baseRate;
  return [
    { name: `${name}: reserve+settle pairs/s`, value: formatCount(pairRate), note },
    {
      name: `${name}: ${baselineName}/s (baseline)`,
      value: formatCount(baseRate),
      note: 'same run, interleaved rounds',
    },
    {
      name: `${name}: pairs / baseline`,
      value: ratio.toFixed(2),
      target: '>= 0.50',
      meets: ratio >= 0.5,
      note: 'a pair is two store commands',
    },
  ];
}

/** Rows for SQLite floors: pairs per second of stripped-down work, beside the same baseline. */
function floors(rows: [string, number[]][], baseline: number[]): BenchRow[] {
  const baseRate = median(baseline);
  return rows.map(([name, rates]) => ({
    name: `SQLite floor, ${name}: pairs / baseline`,
    value: `${(median(rates) / baseRate).toFixed(2)} (${formatCount(median(rates))} pairs/s)`,
    note: 'same run, interleaved rounds',
  }));
}

export default async function benchStores(): Promise<BenchSection> {
  const directory = mkdtempSync(join(tmpdir(), 'tollgate-bench-stores-'));
  const server = await startRedisServer();
  try {
    const sequentialPairs: number[] = [];
    const sequentialRaw: number[] = [];
    const multiPairs: number[] = [];
    const multiRaw: number[] = [];
    const redisPairs: number[] = [];
    const redisRaw: number[] = [];
    const storeSql: number[] = [];
    const concurrentPairs: number[] = [];
    const multiConcurrentPairs: number[] = [];
    const minimal: number[] = [];
    const redisPairCpu: number[] = [];
    const redisRawCpu: number[] = [];
    /** Runs `measure` and returns its rate and the Redis server's CPU microseconds per operation. */
    const withServerCpu = async (measure: () => Promise<number>, operations: number) => {
      const before = await serverCpuMicros(server.url);
      const rate = await measure();
      return { rate, cpu: ((await serverCpuMicros(server.url)) - before) / operations };
    };
    const path = join(directory, 'bench.db');
    // Warm-up round, not recorded.
    rawWriteRate(path, 500);
    await sqlitePairRate(path, 'bench-warm', 300);
    storeSqlPairRate(path, 'bench-sql-warm', 300);
    minimalPairRate(path, 300);
    await rawEvalshaRate(server.url, 2000, IN_FLIGHT);
    await redisPairRate(server.url, 'bench-warm', 1000, IN_FLIGHT);
    for (let round = 0; round < ROUNDS; round += 1) {
      sequentialRaw.push(rawWriteRate(path, 6000));
      sequentialPairs.push(await sqlitePairRate(path, `bench-seq-${round}`, 3000));
      storeSql.push(storeSqlPairRate(path, `bench-sql-${round}`, 3000));
      concurrentPairs.push(await sqlitePairRate(path, `bench-conc-${round}`, 6000, IN_FLIGHT));
      minimal.push(minimalPairRate(path, 3000));
      const raw = await withServerCpu(() => rawEvalshaRate(server.url, 20_000, IN_FLIGHT), 20_000);
      redisRaw.push(raw.rate);
      redisRawCpu.push(raw.cpu);
      const pairs = await withServerCpu(
        () => redisPairRate(server.url, `bench-redis-${round}`, 10_000, IN_FLIGHT),
        10_000,
      );
      redisPairs.push(pairs.rate);
      redisPairCpu.push(pairs.cpu);
    }
    for (let round = 0; round < 3; round += 1) {
      multiRaw.push(await processesRate('raw', path, round, 4000));
      multiPairs.push(await processesRate('pairs', path, round, 1500));
      multiConcurrentPairs.push(await processesRate('pairs', path, round, 4000, IN_FLIGHT));
    }
    return {
      title: 'Budget stores',
      rows: [
        ...compare(
          'SQLite, 1 process',
          sequentialPairs,
          sequentialRaw,
          `store contract, depth-1 chain, median of ${ROUNDS}`,
          'write transactions',
        ),
        {
          name: `SQLite, 1 process, ${IN_FLIGHT} in flight: reserve+settle pairs/s`,
          value: formatCount(median(concurrentPairs)),
          note: `commands issued together commit in one transaction; ${(median(concurrentPairs) / median(sequentialRaw)).toFixed(2)}x the baseline's rate`,
        },
        ...floors(
          [
            ["the store's own SQL, run directly (same statements, no TypeScript)", storeSql],
            [
              'the least any durable store writes (a budget row and a hold; then the budget, the hold and a ledger row; primary keys only)',
              minimal,
            ],
          ],
          sequentialRaw,
        ),
        ...compare(
          `SQLite, ${PROCESSES} processes`,
          multiPairs,
          multiRaw,
          `one file, WAL, BEGIN IMMEDIATE, each process one pair at a time, median of 3`,
          'write transactions',
        ),
        ...compare(
          `SQLite, ${PROCESSES} processes, ${IN_FLIGHT} in flight each`,
          multiConcurrentPairs,
          multiRaw,
          `one file; each process commits the commands issued together in one transaction; median of 3`,
          'write transactions',
        ).filter((row) => !row.name.endsWith('(baseline)')),
        ...compare(
          `Redis, ${IN_FLIGHT} in flight`,
          redisPairs,
          redisRaw,
          `one connection; commands issued together go up to 8 per EVALSHA; median of ${ROUNDS}`,
          'EVALSHA calls',
        ),
        {
          name: 'Redis server CPU per reserve+settle pair',
          value: `${median(redisPairCpu).toFixed(1)} µs`,
          note: `INFO cpu over each run, ${IN_FLIGHT} in flight, median of ${ROUNDS}`,
        },
        {
          name: 'Redis server CPU per trivial EVALSHA (baseline)',
          value: `${median(redisRawCpu).toFixed(1)} µs`,
          note: 'same run',
        },
      ],
      notes: [
        'SQLite runs WAL with synchronous=NORMAL in both the store and the baseline (a trivial `BEGIN IMMEDIATE; UPDATE one row; COMMIT`). ' +
          'A pair is a reserve transaction and a settle transaction (which also writes the ledger row), so 0.5 means each store command costs about as much as the trivial transaction.',
        'Redis runs on a private loopback redis-server started by the bench; the baseline is `EVALSHA` of `return 1` through ioredis with the same number in flight.',
        'Why 0.5 is out of reach. In SQLite every table and index is its own b-tree, and a WAL commit costs a fixed part plus a part per page it writes (about as much again per page, measured on this machine). The baseline writes one page; a reserve must write at least a budget row and a hold, and a settle the budget, the hold and a ledger row. The floor rows show it: the store runs within a few percent of its own SQL, and even the least a durable store can write, with no index beyond the primary keys, stays well under half the baseline.',
        'With calls in flight, a SQLite process commits the commands issued in the same tick in one transaction, each in its own savepoint, so one commit serves many commands; one call at a time, every command pays its own commit, which is what the sequential rows measure.',
        'In Redis a pair is two scripts that read and write the budget, the hold and its deadline, a tombstone and a ledger entry: about a dozen Redis calls and the money arithmetic in Lua. The server CPU rows compare that with the trivial script. Commands issued together are sent as one batch script (up to 8), which spares round trips and client CPU but not the work inside.',
        'Before and after the store kit (issue 17), measured on 2026-11-30 with this section, the previous commit and the store kit alternately, 3 runs each, medians: SQLite 1 process 12,224 -> 12,500 pairs/s (+2.3%); SQLite 50 in flight 29,308 -> 33,426 (+14.1%); SQLite 4 processes 7,255 -> 7,186 (-1.0%); SQLite 4 x 50 in flight 15,952 -> 19,632 (+23.1%); Redis 50 in flight 13,878 -> 13,485 (-2.8%); Redis server CPU per pair 40.0 -> 39.2 us. No row regressed by more than 5%. In one process against one Redis, client CPU per pair was level (41.3 vs 41.2 us over 200,000 pairs) and SQLite client CPU per pair 6-11% lower.',
      ],
    };
  } finally {
    await server.dispose();
    rmSync(directory, { recursive: true, force: true });
  }
}
