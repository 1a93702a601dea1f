import { StoreInvalidError } from '@tollgate/core';
import type Database from 'better-sqlite3';

/**
 * Migrations, oldest first. Each runs once, inside the same `BEGIN IMMEDIATE` transaction
 * that records it in `schema_version`, so processes opening one file at the same time
 * never apply a step twice. Append new steps; never edit a released one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE budgets (
    id TEXT PRIMARY KEY,
    parent_id TEXT,
    limit_usd TEXT NOT NULL,
    window TEXT,
    spent_usd TEXT NOT NULL DEFAULT '0',
    reserved_usd TEXT NOT NULL DEFAULT '0',
    calls INTEGER NOT NULL DEFAULT 0,
    window_start INTEGER
  ) WITHOUT ROWID;

  CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    leaf_id TEXT NOT NULL,
    chain TEXT NOT NULL,
    amount_usd TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    metadata TEXT
  ) WITHOUT ROWID;
  CREATE INDEX reservations_expires_at ON reservations (expires_at);

  -- Reservations released (or settled with the ledger off), kept for a day so a settle
  -- after them is a no-op; a settled reservation is recorded by its UNIQUE ledger row.
  -- Expired reservations are not recorded, so a late settle charges.
  CREATE TABLE ended (
    id TEXT PRIMARY KEY,
    outcome TEXT NOT NULL,
    ended_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX ended_ended_at ON ended (ended_at);

  CREATE TABLE ledger (
    seq INTEGER PRIMARY KEY,
    reservation_id TEXT NOT NULL UNIQUE,
    budget_id TEXT NOT NULL,
    chain TEXT NOT NULL,
    reserved_usd TEXT NOT NULL,
    actual_usd TEXT NOT NULL,
    overrun_usd TEXT NOT NULL,
    settled_at INTEGER NOT NULL,
    late INTEGER NOT NULL,
    model TEXT,
    pricing_version TEXT,
    details TEXT NOT NULL
  );
  `,
  // 2: fewer b-trees written per command (a commit costs about as much again per page it
  // writes). The deadline index goes: one row keeps a lower bound of every held deadline,
  // so a command scans for due reservations only once that bound has passed. The ledger
  // loses its UNIQUE index on the reservation id: a settle finds its earlier ledger row
  // only when its reservation is gone (a retry, a settle after release, a late settle).
  `
  DROP INDEX reservations_expires_at;

  CREATE TABLE ledger_v2 (
    seq INTEGER PRIMARY KEY,
    reservation_id TEXT NOT NULL,
    budget_id TEXT NOT NULL,
    chain TEXT NOT NULL,
    reserved_usd TEXT NOT NULL,
    actual_usd TEXT NOT NULL,
    overrun_usd TEXT NOT NULL,
    settled_at INTEGER NOT NULL,
    late INTEGER NOT NULL,
    model TEXT,
    pricing_version TEXT,
    details TEXT NOT NULL
  );
  INSERT INTO ledger_v2 SELECT * FROM ledger;
  DROP TABLE ledger;
  ALTER TABLE ledger_v2 RENAME TO ledger;

  -- At most the earliest deadline of any held reservation; NULL when none is held.
  CREATE TABLE expiry (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    next_due INTEGER
  );
  INSERT INTO expiry (id, next_due) SELECT 1, MIN(expires_at) FROM reservations;
  `,
  // 3: a tombstone keeps its own end. A release of a reservation not held (its reserve
  // failed ambiguously and may still arrive) is remembered until the reservation's
  // deadline, which may be later than the day an ended reservation is kept.
  `
  ALTER TABLE ended ADD COLUMN keep_until INTEGER NOT NULL DEFAULT 0;
  UPDATE ended SET keep_until = ended_at + 86400000;
  DROP INDEX ended_ended_at;
  CREATE INDEX ended_keep_until ON ended (keep_until);
  `,
  // 4: administration. A budget can be closed, and a limit set by an administrative change
  // is kept over the definition's. The ledger holds administrative changes too (kind
  // 'adjustment'; NULL for settlements, so older rows read as before).
  `
  ALTER TABLE budgets ADD COLUMN closed_at INTEGER;
  ALTER TABLE budgets ADD COLUMN limit_set INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE ledger ADD COLUMN kind TEXT;
  `,
];

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * The file's schema version, read without a write lock (0 for a new file). Throws
 * `StoreInvalidError` for a file written by a newer version of this package.
 */
export function schemaVersion(db: Database.Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  const row =
    table === undefined
      ? undefined
      : (db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined);
  return checkedVersion(row?.version ?? 0);
}

function checkedVersion(version: number): number {
  if (version > SCHEMA_VERSION) {
    throw new StoreInvalidError(
      `The SQLite budget file has schema version ${version}, newer than this @tollgate/sqlite understands (${SCHEMA_VERSION}). Upgrade the package.`,
    );
  }
  return version;
}

/**
 * Brings the file's schema up to `SCHEMA_VERSION` in one write transaction (`BEGIN
 * IMMEDIATE`); refuses a file written by a newer version. The version is read again under
 * the lock: another process may have migrated the file since `schemaVersion` read it.
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = db.prepare('SELECT version FROM schema_version').get() as
      | { version: number }
      | undefined;
    const current = checkedVersion(row?.version ?? 0);
    for (let version = current; version < SCHEMA_VERSION; version += 1) {
      db.exec(MIGRATIONS[version] as string);
    }
    if (row === undefined)
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
    else db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION);
  }).immediate();
}
