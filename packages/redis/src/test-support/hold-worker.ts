/**
 * A worker for the crash test: holds `count` reservations on the shared budget, prints
 * them as one JSON line, then waits to be killed without ever ending them.
 *
 * Run: node --conditions=@tollgate/source --import tsx hold-worker.ts '<json config>'
 */
import { createBudget } from '@tollgate/core';
import { redisStore } from '../redis-store.js';

const config = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  id: string;
  limitUsd: string;
  amountUsd: string;
  count: number;
  ttlMs: number;
};
const store = redisStore({ url: config.url });
const budget = createBudget({
  id: config.id,
  limitUsd: config.limitUsd,
  ttlMs: config.ttlMs,
  store,
});
const held = await Promise.all(
  Array.from({ length: config.count }, () => budget.reserve(config.amountUsd)),
);
process.stdout.write(
  `${JSON.stringify({ expiresAt: Math.max(...held.map((reservation) => reservation.expiresAt)) })}\n`,
);
setInterval(() => {}, 60_000);
