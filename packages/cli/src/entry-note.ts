import { isUsd, type LedgerEntry } from '@tollgate/core';
import { displayUsd } from './format-usd.js';

/**
 * What a ledger entry's row must say beside its figures, or `undefined`: a cost capped at
 * the hold (its tokens, kept as observed, price to more than the cost shown) and a charge
 * that came after the hold expired.
 */
export function entryNote(entry: LedgerEntry): string | undefined {
  const notes: string[] = [];
  if (entry.details.capped === true) {
    const uncapped = entry.details.uncappedUsd;
    // A store may hold entries this version did not write: show the figure only if it is one.
    notes.push(
      typeof uncapped === 'string' && isUsd(uncapped)
        ? `cost capped at its hold; its tokens price to ${displayUsd(uncapped, 6)}`
        : 'cost capped at its hold',
    );
  }
  if (entry.late) notes.push('late (charged after its hold expired)');
  return notes.length === 0 ? undefined : notes.join('; ');
}
