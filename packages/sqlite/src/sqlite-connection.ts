import { StoreUnavailableError } from '@tollgate/core';
import Database from 'better-sqlite3';
import { migrate, SCHEMA_VERSION, schemaVersion } from './schema.js';
import type { SqliteStoreOptions } from './sqlite-options.js';
import { toSqliteStoreError } from './sqlite-store-error.js';

/** An open file, and whether its schema is current (so its statements can be prepared). */
export interface OpenedDatabase {
  db: Database.Database;
  /** False while a migration is still to run: another process held the write lock. */
  current: boolean;
}

/**
 * Opens the file and sets it up. A file whose schema is current is not written to (no write
 * lock taken), so a store opens while another process holds the lock. A file that needs a
 * migration is migrated now if the lock can be had; if not, `current` is false and the store
 * migrates on its first command (`ensureSchema`), which meets the busy lock as any command
 * does: `STORE_UNAVAILABLE`, handled by `onStoreError`. A file that cannot be used throws
 * (`STORE_INVALID`), and is closed again.
 */
export function openDatabase(options: SqliteStoreOptions): OpenedDatabase {
  let db: Database.Database | undefined;
  try {
    db = new Database(options.path);
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    useWriteAheadLog(db, busyTimeoutMs);
    db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    if (schemaVersion(db) === SCHEMA_VERSION) return { db, current: true };
    const failure = migrationFailure(db, options.path);
    if (failure === undefined) return { db, current: true };
    if (failure instanceof StoreUnavailableError) return { db, current: false };
    throw failure;
  } catch (error) {
    db?.close();
    throw toSqliteStoreError(error, options.path);
  }
}

/** Migrates the file of a store opened before it could (see `openDatabase`); throws a store error. */
export function ensureSchema(db: Database.Database, path: string): void {
  const failure = migrationFailure(db, path);
  if (failure !== undefined) throw failure;
}

function migrationFailure(db: Database.Database, path: string): Error | undefined {
  try {
    migrate(db);
    return undefined;
  } catch (error) {
    return toSqliteStoreError(error, path);
  }
}

/**
 * Puts the file in WAL mode (kept in the file, so usually already set). Switching modes can
 * answer SQLITE_BUSY at once, without the busy handler, while other processes open the same
 * new file: try again until the busy timeout has passed.
 */
function useWriteAheadLog(db: Database.Database, busyTimeoutMs: number): void {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline)
        throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
