import { describeBudgetStore } from '@tollgate/core/testing';
import { afterAll, beforeAll } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

let server: RedisServerHandle;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.dispose();
});

describeBudgetStore('redis', () => redisStore({ url: server.url }));
