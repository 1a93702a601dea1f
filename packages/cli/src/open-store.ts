import { existsSync } from 'node:fs';
import { type BudgetStore, codeOf } from '@tollgate/core';
import { runtimeError, USAGE_CODES } from './cli-error.js';
import { parseStoreFlags, type StoreFlags, type StoreLocation } from './parse-store-url.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Key prefix of a Redis store. @default 'tollgate:' (the store's own default) */
  redisPrefix?: string;
  /** Create a missing SQLite file (the demo writes one) instead of refusing it. @default false */
  create?: boolean;
}

/**
 * Opens a store. A missing SQLite file is a runtime error rather than a new empty database
 * unless `create` is set: `status` of a typo should not create files. Store packages are loaded
 * on demand so `tollgate --help` and the pricing commands never load native addons.
 */
export async function openStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<BudgetStore> {
  if (location.kind === 'sqlite') {
    if (options.create !== true && location.path !== ':memory:' && !existsSync(location.path)) {
      throw runtimeError(`No SQLite store at ${location.path} (the file does not exist)`);
    }
    const { sqliteStore } = await import('@tollgate/sqlite');
    try {
      return sqliteStore({ path: location.path });
    } catch (error) {
      throw runtimeError(`Cannot open ${location.display}: ${messageOf(error)}`, error);
    }
  }
  const { redisStore } = await import('@tollgate/redis');
  return redisStore(
    options.redisPrefix === undefined
      ? { url: location.url }
      : { url: location.url, prefix: options.redisPrefix },
  );
}

/**
 * Opens the store `flags` name (a bad URL is a usage error), runs `use` with it, and closes
 * it whatever happens.
 */
export async function withStore<T>(
  flags: StoreFlags,
  use: (store: BudgetStore, location: StoreLocation) => Promise<T>,
): Promise<T> {
  const location = parseStoreFlags(flags);
  const store = await openStore(
    location,
    flags.prefix === undefined ? {} : { redisPrefix: flags.prefix },
  );
  try {
    return await use(store, location);
  } finally {
    await store.close();
  }
}

/** Runs a read against a store, turning connection failures into exit-code-1 errors. */
export async function readStore<T>(location: StoreLocation, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    // A store that refuses the command's input (a top-up past the cap) is a usage error,
    // reported as it is: the store was read.
    const code = codeOf(error);
    if (code !== undefined && USAGE_CODES.has(code)) throw error;
    throw runtimeError(`Cannot read ${location.display}: ${messageOf(error)}`, error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
