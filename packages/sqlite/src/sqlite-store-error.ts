import { StoreInvalidError, StoreUnavailableError, TollgateError } from '@tollgate/core';

// SQLite result codes (and their extended forms, e.g. SQLITE_READONLY_DBMOVED) that say the
// file cannot be used as it is: waiting will not help.
const unusable = /^SQLITE_(NOTADB|CORRUPT|READONLY|CANTOPEN|PERM|AUTH|FORMAT)/;

/**
 * A Tollgate error for what better-sqlite3 threw on the file at `path`: `StoreInvalidError`
 * when the file cannot be used (missing directory, not a database, corrupt, read-only),
 * `StoreUnavailableError` otherwise (busy past the timeout, an I/O error). Tollgate's own
 * errors pass through. The original error is kept as `cause`.
 */
export function toSqliteStoreError(error: unknown, path: string): TollgateError {
  if (TollgateError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && unusable.test(code)) {
    return new StoreInvalidError(
      `The SQLite budget file ${path} cannot be used (${code}: ${message}). Check the path, the file and its permissions.`,
      { cause: error },
    );
  }
  if (error instanceof TypeError && /directory does not exist/.test(message)) {
    return new StoreInvalidError(
      `The SQLite budget file ${path} cannot be created: its directory does not exist.`,
      { cause: error },
    );
  }
  return new StoreUnavailableError(
    `The SQLite budget store at ${path} could not complete a command: ${message}`,
    { cause: error },
  );
}
