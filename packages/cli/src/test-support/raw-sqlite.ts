import { createRequire } from 'node:module';

/** What the tests use of a better-sqlite3 database: statements run as written. */
export interface RawSqlite {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
}

/**
 * Opens a SQLite file with better-sqlite3 directly, to edit a store by hand as an operator
 * might. Loaded through `require`: the CLI package has the driver but not its types.
 */
export function rawSqlite(path: string): RawSqlite {
  const Database = createRequire(import.meta.url)('better-sqlite3') as new (
    path: string,
  ) => RawSqlite;
  return new Database(path);
}
