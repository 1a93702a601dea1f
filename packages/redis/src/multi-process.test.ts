import { describeSharedFamily, describeSharedStore } from '@tollgate/core/testing';
import { afterAll, beforeAll } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

let server: RedisServerHandle;
const connection = { url: '' };
beforeAll(async () => {
  server = await startRedisServer();
  connection.url = server.url;
});
afterAll(async () => {
  await server?.dispose();
});

describeSharedStore('redis store', {
  makeStore: () => redisStore({ url: connection.url }),
  connection,
  loadWorker: new URL('./test-support/load-worker.ts', import.meta.url),
  holdWorker: new URL('./test-support/hold-worker.ts', import.meta.url),
  adminWorker: new URL('./test-support/admin-worker.ts', import.meta.url),
});

describeSharedFamily('redis store', {
  makeStore: () => redisStore({ url: connection.url }),
  connection: connection,
  familyWorker: new URL('./test-support/family-worker.ts', import.meta.url),
});
