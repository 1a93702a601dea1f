import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryStore } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { redisStore } from '@tollgate/redis';
import { sqliteStore } from '@tollgate/sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../packages/redis/src/test-support/redis-server.ts';
import { runSoak } from './run-soak.ts';

// A reduced run of `pnpm soak` (scripts/soak/soak.ts): the same faults and checks, fewer calls.
const calls = 160;

describe('fault injection (reduced soak)', () => {
  let redis: RedisServerHandle;
  let directory: string;
  beforeAll(async () => {
    redis = await startRedisServer();
    directory = mkdtempSync(join(tmpdir(), 'tollgate-soak-'));
  });
  afterAll(async () => {
    await redis?.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it.each(['memory', 'sqlite', 'redis'] as const)(
    'keeps every promise on the %s store',
    async (kind) => {
      const provider = await startMockProvider();
      const store =
        kind === 'memory'
          ? memoryStore({ ledgerLimit: Number.POSITIVE_INFINITY })
          : kind === 'sqlite'
            ? sqliteStore({
                path: join(directory, 'soak.sqlite'),
                ledgerLimit: Number.POSITIVE_INFINITY,
              })
            : redisStore({ url: redis.url, ledgerMaxLength: 1_000_000 });
      try {
        const report = await runSoak({
          store,
          storeName: kind,
          provider,
          calls,
          maxConcurrency: 24,
          ttlMs: 1_500,
        });
        expect(report.violations, `seed ${report.seed}`).toEqual([]);
        expect(report.admitted).toBeGreaterThan(0);
        expect(report.admitted + report.refused).toBeGreaterThanOrEqual(calls - report.failed);
      } finally {
        await store.close();
        await provider.close();
      }
    },
    90_000,
  );
});
