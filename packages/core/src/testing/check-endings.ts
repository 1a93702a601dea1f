/**
 * The invariants every run of calls must leave behind, whatever their endings: each admitted
 * call ended exactly once (one settlement or one release), nothing is held, each budget's
 * spend equals its ledger and stays within its limit. For adapter tests, the soak and the
 * endings property test.
 */
import type { Budget } from '../budget.js';
import type { BudgetEvent } from '../events.js';
import { isSettlement } from '../ledger-kind.js';
import { formatUsd, money, sumMoney } from '../money.js';
import type { BudgetStore } from '../store.js';

/** What a run's calls came to, and every invariant found broken. */
export interface EndingsFindings {
  /** Reservations admitted. */
  admitted: number;
  /** Reservations that ended settled. */
  settled: number;
  /** Reservations that ended released. */
  released: number;
  /** Settlements of partial calls (ended early, or charged their hold). */
  partial: number;
  /** Settled spend of the root budgets, summed. */
  spentUsd: string;
  /** Every broken invariant, one sentence each; empty when all held. */
  violations: string[];
}

/** Listens to every reservation's start, end and refusal on these roots (events bubble up from leaves). */
export function recordEndings(roots: readonly Budget[]): BudgetEvent[] {
  const events: BudgetEvent[] = [];
  for (const root of roots)
    for (const name of ['reserved', 'settled', 'released', 'refused'] as const)
      root.on(name, (event) => events.push(event));
  return events;
}

/**
 * Waits until every admitted reservation has ended, or `timeoutMs` passed. A call nobody
 * finished (a stream never read) ends at its reservation's deadline, so wait past the TTL.
 */
export async function waitForEndings(
  events: readonly BudgetEvent[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (unended(events).size > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 25));
}

/** Checks the invariants on every budget of the run. */
export async function checkEndings(
  events: readonly BudgetEvent[],
  budgets: readonly Budget[],
  store: BudgetStore,
): Promise<EndingsFindings> {
  const violations: string[] = [];
  const ends = endsById(events);
  const reserved = new Set(reservedIds(events));
  let settled = 0;
  let released = 0;
  for (const id of reserved) {
    const kinds = new Set((ends.get(id) ?? []).map((end) => end.split('@')[0]));
    if (kinds.size !== 1)
      violations.push(
        `reservation ${id} ended ${kinds.size === 0 ? 'never' : 'both settled and released'}`,
      );
    if (kinds.has('settled')) settled += 1;
    if (kinds.has('released')) released += 1;
  }
  for (const id of ends.keys())
    if (!reserved.has(id)) violations.push(`reservation ${id} ended without being reserved`);
  let total = money(0);
  let partial = 0;
  for (const budget of budgets) {
    const status = await budget.status();
    const entries = (
      await store.ledger({ budgetId: budget.id, limit: 1_000_000, kind: 'settlement' })
    ).filter(isSettlement);
    const sum = formatUsd(sumMoney(entries.map((entry) => money(entry.actualUsd))));
    if (status.reservedUsd !== '0')
      violations.push(`${budget.id} still holds ${status.reservedUsd}`);
    if (status.spentUsd !== sum)
      violations.push(`${budget.id} spent ${status.spentUsd} but its ledger sums to ${sum}`);
    if (status.calls !== entries.length)
      violations.push(
        `${budget.id} counts ${status.calls} calls but its ledger has ${entries.length}`,
      );
    if (money(status.spentUsd).gt(money(status.limitUsd)))
      violations.push(`${budget.id} spent ${status.spentUsd} over its limit ${status.limitUsd}`);
    if (budget.parent !== undefined) continue;
    total = total.plus(money(status.spentUsd));
    partial += entries.filter((entry) => entry.details.partial === true).length;
  }
  return {
    admitted: reserved.size,
    settled,
    released,
    partial,
    spentUsd: formatUsd(total),
    violations,
  };
}

function reservedIds(events: readonly BudgetEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'reserved' ? [event.reservationId] : []));
}

/** Each reservation's ends, as `kind@budget` (events bubble to every ancestor: each counted once). */
function endsById(events: readonly BudgetEvent[]): Map<string, string[]> {
  const ends = new Map<string, string[]>();
  for (const event of events) {
    if (event.type !== 'settled' && event.type !== 'released') continue;
    const id = event.type === 'settled' ? event.entry.reservationId : event.reservationId;
    const list = ends.get(id) ?? [];
    if (!list.includes(`${event.type}@${event.budgetId}`))
      list.push(`${event.type}@${event.budgetId}`);
    ends.set(id, list);
  }
  return ends;
}

function unended(events: readonly BudgetEvent[]): Set<string> {
  const open = new Set(reservedIds(events));
  for (const id of endsById(events).keys()) open.delete(id);
  return open;
}
