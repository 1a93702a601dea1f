import { InvalidOptionsError, type ValidationIssue } from '@tollgate/core';
import {
  describeValue,
  lazySchema,
  type OptionsSchema,
  parseOptions,
} from '@tollgate/core/internal';
import type { Cluster, Redis } from 'ioredis';
import { redisUrlProblems } from './redis-url-problems.js';

/** How to reach Redis: a URL (the store owns the connection) or a client you own. */
export type RedisConnection =
  | {
      /**
       * A Redis URL (`redis://` or `rediss://`); the store opens the connection and closes it.
       * Its path is empty, `/` or the database index (`/2`); its username and password are
       * percent-encoded (`%25` for `%`).
       */
      url: string;
      /** Give `url` or `client`, not both. */
      client?: never;
    }
  | {
      /** An ioredis client or cluster you own: the store uses it and never closes it. */
      client: Redis | Cluster;
      /** Give `url` or `client`, not both. */
      url?: never;
    };

/** How the store keeps budgets in Redis, beyond the connection. */
export interface RedisStoreSettings {
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

/**
 * Options of `redisStore()`: one object with the connection (`url` or `client`) and the
 * settings, e.g. `redisStore({ url: 'redis://127.0.0.1:6379', prefix: 'myapp:' })`.
 */
export type RedisStoreOptions = RedisConnection & RedisStoreSettings;

/** Validated options: the connection apart from the settings. */
export interface ParsedRedisOptions {
  /** Where Redis is. */
  connection: RedisConnection;
  /** Everything else. */
  settings: RedisStoreSettings;
}

const settingsSchema: OptionsSchema = (z) =>
  z.strictObject({
    prefix: z
      .string()
      .refine((prefix) => !/[{}]/.test(prefix), 'must not contain { or }')
      .optional(),
    ledgerMaxLength: z.number().int().nonnegative().optional(),
    commandTimeoutMs: z.number().int().positive().max(2_147_483_647).optional(),
    tombstoneTtlMs: z.number().int().positive().optional(),
  });

/**
 * Validates `redisStore` options: `url` (a Redis URL) or `client` (an ioredis client), and
 * the settings. Throws `InvalidOptionsError` listing the problem, with a "did you mean" for
 * a mistyped key. The URL is never repeated in a message: it may hold a password.
 */
export function parseRedisOptions(value: unknown): ParsedRedisOptions {
  const problems = connectionProblems(value);
  if (problems.length > 0) {
    const list = problems.map((problem) => `${problem.path || '(options)'}: ${problem.message}`);
    throw new InvalidOptionsError(`Invalid redisStore options: ${list.join('; ')}`, problems);
  }
  const { url, client, ...rest } = value as { url?: string; client?: Redis | Cluster };
  const connection = (url === undefined ? { client } : { url }) as RedisConnection;
  const settings = parseOptions(lazySchema(settingsSchema), rest, 'redisStore');
  return { connection, settings: settings as RedisStoreSettings };
}

const expected = 'expected { url: "redis://...", ...settings } or { client, ...settings }';

function connectionProblems(value: unknown): ValidationIssue[] {
  const problem = connectionProblem(value);
  if (problem !== undefined) return [problem];
  const { url } = value as { url?: string };
  return url === undefined ? [] : redisUrlProblems(url);
}

/** The one problem of the connection's shape: neither or both, or one of the wrong kind. */
function connectionProblem(value: unknown): ValidationIssue | undefined {
  if (typeof value !== 'object' || value === null) {
    const received = typeof value === 'string' ? 'a string' : describeValue(value);
    return { path: '', message: `${expected}, received ${received}` };
  }
  const hasUrl = 'url' in value && value.url !== undefined;
  const hasClient = 'client' in value && value.client !== undefined;
  if (hasUrl === hasClient) {
    const keys = Object.keys(value);
    const which = hasUrl ? 'both url and client' : `keys ${keys.join(', ') || '(none)'}`;
    return { path: '', message: `${expected}, received an object with ${which}` };
  }
  if (hasClient) {
    const client = (value as { client: unknown }).client;
    if (typeof (client as { defineCommand?: unknown } | null)?.defineCommand === 'function')
      return undefined;
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
