import {
  type AdjustCommand,
  type AdjustOutcome,
  type BudgetDefinition,
  type BudgetSnapshot,
  type ChainLink,
  type LedgerEntry,
  type PurgeQuery,
  picoToUsd,
  type ReleaseCommand,
  type ReserveCommand,
  type ReserveOutcome,
  type SettleCommand,
  type SettleOutcome,
  usdToPico,
} from '@tollgate/core';
import {
  admitChain,
  applyAdjustment,
  assertAttachable,
  budgetSnapshot,
  chainIds,
  endedRefusal,
  holdingBudgets,
  outlivesPurge,
  purgeableBudgets,
  roundedPico,
  settlementAmounts,
  settlementEntry,
} from '@tollgate/core/store-kit';
import { SqliteBudgets } from './sqlite-budgets.js';
import { adjustmentDetails, ledgerEntry, load, type Working } from './sqlite-rows.js';
import type { Statements } from './sqlite-statements.js';

// How long an ended reservation is remembered so a retried settle or release is a no-op
// (core retries a failed settlement with backoff capped at 30 s; a day is ample), and a
// release of an id not held when its command carries no deadline.
export const endedRetentionMs = 86_400_000;

/**
 * The store's commands, each run inside a transaction the store opens: the kit's rules
 * applied to the rows of one file.
 */
export class SqliteCommands {
  readonly #sql: Statements;
  readonly #ledgerLimit: number;
  readonly budgets: SqliteBudgets;
  /** One bound function, so admission allocates no closure per reserve. */
  readonly #touch: SqliteBudgets['touch'];

  constructor(sql: Statements, ledgerLimit: number) {
    this.#sql = sql;
    this.#ledgerLimit = ledgerLimit;
    this.budgets = new SqliteBudgets(sql);
    this.#touch = (link) => this.budgets.touch(link);
  }

  define(definition: BudgetDefinition): BudgetSnapshot {
    const row = this.#sql.getBudget.get(definition.id);
    if (row === undefined) return budgetSnapshot(this.budgets.insert(definition));
    const stored = load(row);
    assertAttachable(stored, definition);
    // The newest definition wins (a restarted process with a new limit applies it), unless
    // an administrative change set the limit.
    if (stored.limitSet) return budgetSnapshot(stored);
    const limit = roundedPico(definition.limitUsd, 'down');
    if (limit !== stored.limit) this.#sql.updateLimit.run(picoToUsd(limit), definition.id);
    stored.limit = limit;
    return budgetSnapshot(stored);
  }

  reserve(command: ReserveCommand): ReserveOutcome {
    const { nextDue } = this.budgets.expireDue(command.now);
    // A reserve sent again holds nothing more; one whose release came first holds nothing.
    if (this.#sql.getReservation.get(command.reservationId) !== undefined)
      return { admitted: true, wouldRefuse: [] };
    const ended = this.#sql.getEnded.get(command.reservationId);
    if (ended !== undefined && ended.keep_until > command.now) {
      const leaf = this.budgets.touch(command.chain[0] as ChainLink);
      this.budgets.write(leaf);
      return {
        admitted: false,
        ended: true,
        refusal: endedRefusal(leaf.id, leaf, command.amountUsd),
      };
    }
    const amount = roundedPico(command.amountUsd, 'up');
    const touched: Working[] = [];
    const outcome = admitChain(command.chain, this.budgets, amount, command.amountUsd, touched);
    // Window rolls and recreated records persist even when the call is refused.
    for (const working of touched) {
      if (outcome.admitted) working.changed = true;
      this.budgets.write(working);
    }
    if (!outcome.admitted) return outcome;
    const ids = chainIds(command.chain);
    this.#sql.insertReservation.run(
      command.reservationId,
      ids[0],
      JSON.stringify(ids),
      picoToUsd(amount),
      command.expiresAt,
      command.metadata === undefined ? null : JSON.stringify(command.metadata),
    );
    // Keep the bound at or below every held deadline; with one time-to-live for all calls
    // a new deadline is later than the bound, so this rarely writes.
    if (nextDue === null || command.expiresAt < nextDue)
      this.#sql.setNextDue.run(command.expiresAt);
    return outcome;
  }

  settle(command: SettleCommand): SettleOutcome {
    const held = this.#sql.getReservation.get(command.reservationId);
    const actual = roundedPico(command.actualUsd, 'up');
    const reserved =
      held === undefined ? roundedPico(command.reservedUsd, 'up') : usdToPico(held.amount_usd);
    const entry = settlementEntry(command, settlementAmounts(reserved, actual), {
      late: held === undefined,
    });
    const touched = command.chain.map(this.#touch);
    const wanted = command.snapshots !== false;
    const before = wanted ? touched.map(budgetSnapshot) : [];
    if (held === undefined) {
      // A retry of a settlement that landed (its ledger row) or a settle after a release
      // changes nothing; only an expired reservation is charged late.
      const recorded = this.#sql.ledgerByReservation.get(command.reservationId);
      if (recorded !== undefined || this.#sql.getEnded.get(command.reservationId) !== undefined) {
        for (const working of touched) this.budgets.write(working);
        return {
          applied: false,
          entry: recorded === undefined ? entry : ledgerEntry(recorded),
          before,
          after: before,
        };
      }
    }
    const heldAmount = held === undefined ? 0n : reserved;
    for (const working of touched) {
      working.reserved -= heldAmount;
      working.spent += actual;
      working.calls += 1;
      working.changed = true;
      this.budgets.write(working);
    }
    if (held !== undefined) this.#sql.deleteReservation.run(command.reservationId);
    this.#record(command, entry);
    return { applied: true, entry, before, after: wanted ? touched.map(budgetSnapshot) : [] };
  }

  /**
   * The ledger row is the settlement's record of having landed; without a ledger, the
   * `ended` table keeps it for a day instead.
   */
  #record(command: SettleCommand, entry: LedgerEntry): void {
    if (this.#ledgerLimit <= 0) {
      const until = command.now + endedRetentionMs;
      this.#sql.insertEnded.run(command.reservationId, 'settled', command.now, until);
      return;
    }
    this.#sql.insertLedger.run(
      entry.reservationId,
      entry.budgetId,
      JSON.stringify(entry.chain),
      entry.reservedUsd,
      entry.actualUsd,
      entry.overrunUsd,
      entry.settledAt,
      entry.late ? 1 : 0,
      command.details.model ?? null,
      command.details.pricingVersion ?? null,
      JSON.stringify(command.details),
    );
  }

  release(command: ReleaseCommand): boolean {
    const held = this.#sql.getReservation.get(command.reservationId);
    if (held !== undefined) this.budgets.unhold(held);
    // Not held: its reserve may still arrive (an ambiguous failure); remember the release
    // until the reservation's deadline so that reserve holds nothing.
    const until =
      held === undefined && command.expiresAt !== undefined
        ? command.expiresAt
        : command.now + endedRetentionMs;
    this.#sql.insertEnded.run(command.reservationId, 'released', command.now, until);
    return held !== undefined;
  }

  adjust(command: AdjustCommand): AdjustOutcome {
    const working = this.budgets.touch(command.link);
    this.budgets.write(working);
    const before = budgetSnapshot(working);
    const entry = applyAdjustment(working, command);
    this.#sql.updateAdministered.run(
      picoToUsd(working.limit),
      picoToUsd(working.spent),
      working.calls,
      working.closedAt,
      working.limitSet ? 1 : 0,
      working.id,
    );
    if (this.#ledgerLimit > 0) {
      this.#sql.insertAdjustment.run(
        entry.adjustmentId,
        entry.budgetId,
        JSON.stringify(entry.chain),
        entry.amountUsd,
        entry.at,
        adjustmentDetails(entry),
      );
    }
    return { entry, before, after: budgetSnapshot(working) };
  }

  purge(query: PurgeQuery): string[] {
    const holding = holdingBudgets(
      this.#sql.heldChains.all().map((row) => JSON.parse(row.chain) as string[]),
    );
    const budgets = this.#sql.allBudgets.all();
    const purged = purgeableBudgets(
      budgets.map((row) => ({
        id: row.id,
        parentId: row.parent_id,
        closedAt: row.closed_at,
        holds: holding.has(row.id),
      })),
      query.closedBefore,
    );
    if (purged.size === 0) return [];
    for (const id of purged) this.#sql.deleteBudget.run(id);
    const remaining = new Set(budgets.map((row) => row.id).filter((id) => !purged.has(id)));
    for (const row of this.#sql.ledgerChainsTouching.all(JSON.stringify([...purged]))) {
      const chain = JSON.parse(row.chain) as string[];
      if (!outlivesPurge(chain, remaining)) this.#sql.deleteLedgerEntry.run(row.seq);
    }
    return [...purged].sort();
  }
}
