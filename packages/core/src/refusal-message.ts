import type { BudgetRefusal } from './errors.js';
import { isoTime } from './iso-time.js';
import { formatUsd, maxMoney, money, ZERO } from './money.js';
import type { ChainLink } from './store.js';

/** A refusal in words: what was asked, what the budget has, and how to get under it. */
export function refusalMessage(refusal: BudgetRefusal, link: ChainLink): string {
  const limit = money(refusal.limitUsd);
  const spent = money(refusal.spentUsd);
  const reserved = money(refusal.reservedUsd);
  const left = formatUsd(maxMoney(limit.minus(spent).minus(reserved), ZERO));
  const figures = `limit $${refusal.limitUsd}, spent $${refusal.spentUsd}, held by calls in flight $${refusal.reservedUsd}, left $${left}`;
  const head = `Budget "${refusal.budgetId}" cannot hold $${refusal.requestedUsd} for this call (${figures})`;
  const waited = refusal.waitedMs === undefined ? '' : ` after waiting ${refusal.waitedMs} ms`;
  if (spent.gte(limit)) {
    const reset =
      link.windowEnd === null
        ? ''
        : `, or wait for the window to reset at ${isoTime(link.windowEnd)}`;
    return `${head}${waited}: its spend has reached the limit. Raise the limit${reset}.`;
  }
  if (refusal.heldOnly) {
    return `${head}${waited}: calls in flight hold the rest. Wait for them (onLimit: 'wait'), lower this call's bound (max_tokens), or raise the limit.`;
  }
  return `${head}${waited}: lower this call's bound (max_tokens or a shorter prompt) to at most $${left}, or raise the limit.`;
}
