import { lazySchema, type OptionsSchema, parseOptions } from '@tollgate/core/internal';

/** Options of `sqliteStore()`. */
export interface SqliteStoreOptions {
  /**
   * The database file (required). Every process that opens the same file shares its
   * budgets. It is created (with its schema) if missing; its directory must exist.
   * `':memory:'` asks for a private, throwaway store that no other process sees.
   */
  path: string;
  /**
   * How long a command waits for another process's write transaction before it fails
   * (and core refuses the call with `STORE_UNAVAILABLE`), in milliseconds.
   * @default 5000
   */
  busyTimeoutMs?: number;
  /**
   * How many ledger entries to keep; older ones are deleted. `Infinity` keeps every entry,
   * `0` keeps none.
   * @default 100000
   */
  ledgerLimit?: number;
  /**
   * SQLite's `synchronous` setting. `'NORMAL'` (with WAL) survives any process crash and
   * may lose the last commits on a power cut; `'FULL'` syncs every commit to disk.
   * @default 'NORMAL'
   */
  synchronous?: 'NORMAL' | 'FULL';
}

const schema: OptionsSchema = (z) =>
  z.strictObject({
    path: z.string().min(1, "expected a file path (or ':memory:' for a private throwaway store)"),
    busyTimeoutMs: z.number().int().nonnegative().max(2_147_483_647).optional(),
    ledgerLimit: z.union([z.number().int().nonnegative(), z.literal(Infinity)]).optional(),
    synchronous: z.enum(['NORMAL', 'FULL']).optional(),
  });

/**
 * Validates `sqliteStore` options: a missing or non-string `path` would make better-sqlite3
 * open a private temporary database, so two stores meant to share a file would each admit
 * the whole limit. Throws `InvalidOptionsError`.
 */
export function parseSqliteOptions(value: unknown): SqliteStoreOptions {
  return parseOptions(lazySchema(schema), value, 'sqliteStore') as SqliteStoreOptions;
}
