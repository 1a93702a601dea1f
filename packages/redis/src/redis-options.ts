import { InvalidOptionsError, type ValidationIssue } from '@tollgate/core';
import {
  describeValue,
  lazySchema,
  type OptionsSchema,
  parseOptions,
} from '@tollgate/core/internal';
import type { Cluster, Redis } from 'ioredis';

/** How to reach Redis: a URL (the store owns the connection) or a client you own. */
export type RedisConnection =
  | {
      /** A Redis URL (`redis://` or `rediss://`); the store opens the connection and closes it. */
      url: string;
    }
  | {
      /** An ioredis client or cluster you own: the store uses it and never closes it. */
      client: Redis | Cluster;
    };

/** Options of `redisStore()`. */
export interface RedisStoreOptions {
  /**
   * Prefix of every key the store writes, so several applications can share a Redis.
   * Must not contain `{` or `}` (the store uses hash tags).
   * @default 'tollgate:'
   */
  prefix?: string;
  /**
   * Approximate number of ledger entries kept per budget tree (`XADD ... MAXLEN ~`).
   * `0` writes no ledger.
   * @default 10000
   */
  ledgerMaxLength?: number;
  /**
   * How long a command may take before it fails, in milliseconds. When Redis cannot be
   * reached calls fail within this time (and core refuses them with `STORE_UNAVAILABLE`)
   * instead of hanging. Also the longest the first command waits for the connection.
   * @default 2000
   */
  commandTimeoutMs?: number;
  /**
   * How long an ended reservation is remembered, in milliseconds, so that a settle or
   * release retried after an ambiguous network failure is applied once, and how long a
   * release of a reservation not held is remembered when its command gives no deadline.
   * @default 86400000 (a day)
   */
  tombstoneTtlMs?: number;
}

const optionsSchema: OptionsSchema = (z) =>
  z.strictObject({
    prefix: z
      .string()
      .refine((prefix) => !/[{}]/.test(prefix), 'must not contain { or }')
      .optional(),
    ledgerMaxLength: z.number().int().nonnegative().optional(),
    commandTimeoutMs: z.number().int().positive().max(2_147_483_647).optional(),
    tombstoneTtlMs: z.number().int().positive().optional(),
  });

/** Validates `redisStore` options; throws `InvalidOptionsError` listing every problem. */
export function parseRedisOptions(value: unknown): RedisStoreOptions {
  return parseOptions(lazySchema(optionsSchema), value ?? {}, 'redisStore') as RedisStoreOptions;
}

/**
 * Validates the connection: `{ url }` with a Redis URL, or `{ client }` with an ioredis
 * client. The URL is never repeated in a message: it may hold a password.
 */
export function parseRedisConnection(value: unknown): RedisConnection {
  const problem = connectionProblem(value);
  if (problem === undefined) return value as RedisConnection;
  throw new InvalidOptionsError(
    `Invalid redisStore connection: ${problem.path || '(connection)'}: ${problem.message}`,
    [problem],
  );
}

function connectionProblem(value: unknown): ValidationIssue | undefined {
  const expected = 'expected { url: "redis://..." } or { client } with an ioredis client';
  if (typeof value !== 'object' || value === null) {
    const received = typeof value === 'string' ? 'a string' : describeValue(value);
    return { path: '', message: `${expected}, received ${received}` };
  }
  const keys = Object.keys(value);
  const [key] = keys;
  if (keys.length !== 1 || (key !== 'url' && key !== 'client')) {
    return {
      path: '',
      message: `${expected}, received an object with keys ${keys.join(', ') || '(none)'}`,
    };
  }
  if (key === 'client') {
    const client = (value as { client: unknown }).client;
    if (typeof (client as { evalsha?: unknown } | null)?.evalsha === 'function') return undefined;
    return {
      path: 'client',
      message: `expected an ioredis Redis or Cluster client, received ${describeValue(client)}`,
    };
  }
  const url = (value as { url: unknown }).url;
  if (typeof url === 'string' && /^rediss?:\/\//.test(url)) return undefined;
  const received = typeof url === 'string' ? 'a string that is not one' : describeValue(url);
  return { path: 'url', message: `expected a redis:// or rediss:// URL, received ${received}` };
}
