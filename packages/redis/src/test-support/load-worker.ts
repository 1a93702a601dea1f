/**
 * A worker process for the multi-process tests: connects to the shared Redis, makes
 * `calls` reserve/settle (or release) calls on its own leaf under the shared root,
 * `concurrency` at a time, and prints what it was admitted and charged as one JSON line.
 *
 * Run: node --conditions=@tollgate/source --import tsx load-worker.ts '<json config>'
 */
import { createBudget } from '@tollgate/core';
import { type LoadConfig, runLoad } from '@tollgate/core/testing';
import { redisStore } from '../redis-store.js';

const config = JSON.parse(process.argv[2] ?? '{}') as LoadConfig & { url: string };
const store = redisStore({ url: config.url });
const root = createBudget({ id: config.rootId, limitUsd: config.rootLimitUsd, store });
const leaf = root.child({ id: config.leafId, limitUsd: config.leafLimitUsd });
const result = await runLoad(leaf, config);
await store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
