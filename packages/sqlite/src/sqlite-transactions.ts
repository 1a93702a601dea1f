import type {
  AdjustCommand,
  BudgetDefinition,
  ChainLink,
  ExpiredReservation,
  PurgeQuery,
  ReleaseCommand,
  ReserveCommand,
  SettleCommand,
} from '@tollgate/core';
import type { PendingCommand } from '@tollgate/core/store-kit';
import type Database from 'better-sqlite3';
import type { SqliteCommands } from './sqlite-commands.js';
import type { Statements } from './sqlite-statements.js';

/** A command the store queues with the others of its tick. */
export type Work =
  | { kind: 'reserve'; command: ReserveCommand }
  | { kind: 'settle'; command: SettleCommand }
  | { kind: 'release'; command: ReleaseCommand };

/** A queued command and its promise. */
export type Queued = PendingCommand<Work, unknown>;

/** What one command of a shared transaction came to. */
export type Applied = { ok: true; value: unknown } | { ok: false; error: unknown };

type Step<Input extends unknown[], Output> = Database.Transaction<(...input: Input) => Output>;

/** The store's transactions: each runs as a nested savepoint or in its own `BEGIN IMMEDIATE`. */
export interface Transactions {
  define: Step<[BudgetDefinition], ReturnType<SqliteCommands['define']>>;
  reserve: Step<[ReserveCommand], ReturnType<SqliteCommands['reserve']>>;
  settle: Step<[SettleCommand], ReturnType<SqliteCommands['settle']>>;
  release: Step<[ReleaseCommand], ReturnType<SqliteCommands['release']>>;
  batch: Step<[readonly Queued[]], Applied[]>;
  status: Step<[ChainLink, number], ReturnType<Statements['getBudget']['get']>>;
  expire: Step<[number], ExpiredReservation[]>;
  adjust: Step<[AdjustCommand], ReturnType<SqliteCommands['adjust']>>;
  purge: Step<[PurgeQuery], string[]>;
}

/** The store's transactions; `apply` runs one queued command nested in a batch. */
export function transactions(
  db: Database.Database,
  sql: Statements,
  commands: SqliteCommands,
  apply: (work: Work) => unknown,
): Transactions {
  return {
    define: db.transaction((definition: BudgetDefinition) => commands.define(definition)),
    reserve: db.transaction((command: ReserveCommand) => commands.reserve(command)),
    settle: db.transaction((command: SettleCommand) => commands.settle(command)),
    release: db.transaction((command: ReleaseCommand) => commands.release(command)),
    // Inside it each command runs as a nested transaction, i.e. a savepoint: a command
    // that throws is rolled back alone and the others still commit.
    batch: db.transaction((queued: readonly Queued[]) =>
      queued.map((each): Applied => {
        try {
          return { ok: true, value: apply(each.work) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    ),
    status: db.transaction((link: ChainLink, now: number) => {
      commands.budgets.expireDue(now);
      return sql.getBudget.get(link.id);
    }),
    expire: db.transaction((now: number) => commands.budgets.expireDue(now).expired),
    adjust: db.transaction((command: AdjustCommand) => commands.adjust(command)),
    purge: db.transaction((query: PurgeQuery) => commands.purge(query)),
  };
}
