/** The closing report of the shared-budget examples, read back from the shared store. */
import { type Budget, formatUsd, money, sumMoney } from '@tollgate/core';

/**
 * Prints who spent what (by the `worker` metadata of each ledger entry), the ledger total
 * against the budget's figures, and whether the limit held. Returns false when it did not,
 * or when the ledger and the spend disagree.
 */
export async function reportSharedSpend(
  budget: Budget,
  facts: { where: string; workers: number; callsAsked: number; requestsSent: number },
): Promise<boolean> {
  const status = await budget.status();
  const ledger = await budget.ledger({ limit: 1000 });
  const total = formatUsd(sumMoney(ledger.map((entry) => money(entry.actualUsd))));
  console.log(`\nFrom ${facts.where}:`);
  for (let i = 1; i <= facts.workers; i += 1) {
    const mine = ledger.filter((entry) => entry.details.metadata?.worker === `worker-${i}`);
    const spent = formatUsd(sumMoney(mine.map((entry) => money(entry.actualUsd))));
    console.log(`   worker-${i}: ${mine.length} calls charged, $${spent}`);
  }
  console.log(
    `   ledger total $${total} = spent $${status.spentUsd} (${status.calls} calls), held $${status.reservedUsd}, left $${status.remainingUsd}`,
  );
  const held = money(status.spentUsd).lte(money(status.limitUsd));
  console.log(
    `   limit $${status.limitUsd} ${held ? 'held' : 'BROKEN'}: ${facts.callsAsked} calls asked, ${status.calls} admitted, ${facts.requestsSent} requests reached the provider`,
  );
  return held && total === status.spentUsd;
}
