import type { ApplyOutcome } from './apply-writes.js';
import type { ApplyPlan, BudgetChange } from './budget-apply-plan.js';

const written: ReadonlySet<BudgetChange['change']> = new Set(['add', 'raise', 'lower']);

/**
 * The plan of an apply a failure stopped part way, each change it writes marked `applied`
 * (whether the store took it). An add is left unmarked when the store could not be read back.
 */
export function withLanded(plan: ApplyPlan, outcome: ApplyOutcome): ApplyPlan {
  const changes = plan.changes.map((change) => {
    if (!written.has(change.change)) return change;
    if (change.change === 'add' && outcome.addsUnknown === true) return change;
    return { ...change, applied: outcome.landed.has(change.id) };
  });
  return { ...plan, changes };
}

/** The lines that end the report of an apply a failure stopped: what landed, what did not. */
export function partialLines(plan: ApplyPlan): string[] {
  const listed = (applied: boolean | undefined) =>
    plan.changes
      .filter((change) => written.has(change.change) && change.applied === applied)
      .map((change) => `${change.change} ${change.id}`)
      .join(', ');
  const landed = listed(true);
  const missed = listed(false);
  const unknown = listed(undefined);
  const lines = [
    landed === '' ? 'Nothing applied: the apply failed.' : `Applied before the failure: ${landed}.`,
  ];
  if (missed !== '') lines.push(`Not applied: ${missed}.`);
  if (unknown !== '') lines.push(`Unknown (the store could not be read back): ${unknown}.`);
  return lines;
}
