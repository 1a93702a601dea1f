import {
  type BudgetDefinition,
  type ChainLink,
  type ExpiredReservation,
  picoToUsd,
  usdToPico,
} from '@tollgate/core';
import { encodeWindow, freshFigures, rollIntoWindow, roundedPico } from '@tollgate/core/store-kit';
import { load, type ReservationRow, type Working } from './sqlite-rows.js';
import type { Statements } from './sqlite-statements.js';

/**
 * The budget rows and holds a transaction reads and writes: each command loads the working
 * copies of its chain, changes them with the kit's rules and writes each back once.
 */
export class SqliteBudgets {
  readonly #sql: Statements;

  constructor(sql: Statements) {
    this.#sql = sql;
  }

  /** The working copy of a link's budget, recreated from the link if missing, rolled into its window. */
  touch(link: ChainLink): Working {
    const row = this.#sql.getBudget.get(link.id);
    const working = row === undefined ? create(link) : load(row);
    if (rollIntoWindow(working, link.windowStart)) working.changed = true;
    return working;
  }

  /** Inserts a recreated budget, or updates the figures of a changed one. */
  write(working: Working): void {
    if (working.created) {
      this.#sql.insertBudget.run(
        working.id,
        working.parentId,
        picoToUsd(working.limit),
        windowColumn(working),
        picoToUsd(working.spent),
        picoToUsd(working.reserved),
        working.calls,
        working.windowStart,
      );
      working.created = false;
      working.changed = false;
      return;
    }
    if (!working.changed) return;
    this.#sql.updateFigures.run(
      picoToUsd(working.spent),
      picoToUsd(working.reserved),
      working.calls,
      working.windowStart,
      working.id,
    );
    working.changed = false;
  }

  /** Writes a new budget's row. */
  insert(definition: BudgetDefinition): Working {
    const working = create(definition);
    this.write(working);
    return working;
  }

  /** The stored bound at or below every held deadline; `null` when none is held. */
  nextDue(): number | null {
    return this.#sql.nextDue.get()?.next_due ?? null;
  }

  /** Releases the reservations past their deadline at `now`; returns them and the bound after. */
  expireDue(now: number): { expired: ExpiredReservation[]; nextDue: number | null } {
    const bound = this.nextDue();
    if (!isDue(bound, now)) return { expired: [], nextDue: bound };
    const expired: ExpiredReservation[] = [];
    for (const row of this.#sql.due.all(now)) {
      // Not recorded as ended: a late settle of an expired reservation still charges.
      const chain = this.unhold(row);
      expired.push({
        reservationId: row.id,
        budgetId: chain[0] ?? '',
        chain,
        reservedUsd: row.amount_usd,
        expiresAt: row.expires_at,
      });
    }
    // The bound passed: move it up to the earliest deadline still held (none: NULL).
    const nextDue = this.#sql.earliestDeadline.get()?.next_due ?? null;
    this.#sql.setNextDue.run(nextDue);
    return { expired, nextDue };
  }

  /** Gives a held reservation's amount back to every budget of its chain and forgets it. */
  unhold(row: ReservationRow): string[] {
    const chain = JSON.parse(row.chain) as string[];
    const amount = usdToPico(row.amount_usd);
    for (const id of chain) {
      const budget = this.#sql.getBudget.get(id);
      if (budget === undefined) continue;
      this.#sql.updateReserved.run(picoToUsd(usdToPico(budget.reserved_usd) - amount), id);
    }
    this.#sql.deleteReservation.run(row.id);
    return chain;
  }
}

/** True when a held reservation may be past its deadline at `now`, given the stored bound. */
export function isDue(nextDue: number | null, now: number): boolean {
  return nextDue !== null && nextDue <= now;
}

function create(definition: BudgetDefinition): Working {
  const figures = freshFigures(definition, roundedPico(definition.limitUsd, 'down'));
  return { ...figures, created: true, changed: false };
}

/** The window column: its kit encoding, NULL for none (as rows have always stored it). */
function windowColumn(working: Working): string | null {
  return working.window === null ? null : encodeWindow(working.window);
}
