import Database from 'better-sqlite3';
import { migrate } from './schema.js';
import type { SqliteStoreOptions } from './sqlite-options.js';
import { toSqliteStoreError } from './sqlite-store-error.js';

/** Opens the file, sets it up and migrates its schema; closes it again if any step fails. */
export function openDatabase(options: SqliteStoreOptions): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(options.path);
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    useWriteAheadLog(db, busyTimeoutMs);
    db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toSqliteStoreError(error, options.path);
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
