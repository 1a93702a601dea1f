import { compareMoney, money } from '../money.js';
import { checkBuiltDetails } from '../settlement-details.js';
import type { Charge } from './types.js';

/**
 * A partial charge (what a call consumed before it ended early) capped at `holdUsd`, the
 * call's hold: the hold bounded everything the call could bill (input, output, tier, tool
 * calls), so what was consumed of it cannot cost more, whatever the observer counted (bytes
 * over-count tokens), the response named (a dearer tier) or the table says now (a price that
 * took effect while the call ran). The tokens stay as observed (what the provider reported,
 * what arrived): counts scaled to fit the cost would match neither. The entry says plainly
 * that its cost is not their price: `capped`, with `uncappedUsd`, what they price to.
 *
 * Only for partial charges: a call that completed is charged its exact cost, above its hold
 * or not (the provider billed it, and the ledger must show an overrun).
 * One rule for every adapter, the kit's own and those that settle outside it (the AI SDK).
 */
export function atMostTheHold(charge: Charge, holdUsd: string): Charge {
  if (compareMoney(money(charge.costUsd), money(holdUsd)) <= 0) return charge;
  const details = { ...charge.details, capped: true, uncappedUsd: charge.costUsd };
  return { costUsd: holdUsd, details: checkBuiltDetails(details) };
}
