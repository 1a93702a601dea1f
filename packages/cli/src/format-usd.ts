import { formatUsdFixed, money } from '@tollgate/core';

/** How `displayUsd` rounds to its places. */
export type DisplayRounding = 'half-even' | 'down';

/**
 * A decimal USD string for people: `$0.0123` (display only; the exact figure is what
 * `--json` prints). Rounded half-even at `places`, or down with `rounding: 'down'` (what is
 * left of a limit: never shown above it). An amount that is not zero but rounds to zero
 * shows as `<$0.0001` (at 4 places), never as a zero it is not.
 */
export function displayUsd(
  amount: string,
  places = 4,
  rounding: DisplayRounding = 'half-even',
): string {
  const value = money(amount);
  const shown = rounding === 'down' ? value.toFixed(places, 0) : formatUsdFixed(value, places);
  if (!value.eq(0) && money(shown).eq(0))
    return `<$${money(1)
      .div(10 ** places)
      .toFixed()}`;
  return `$${shown}`;
}

/** What is left of a limit for people: `displayUsd` rounded down, never above what is left. */
export function displayRemaining(amount: string, places = 4): string {
  return displayUsd(amount, places, 'down');
}

/** A limit for people: `$0.50`, `$12`, `$0.025` (no trailing zeros beyond cents). */
export function displayLimit(amount: string): string {
  const value = money(amount);
  const cents = formatUsdFixed(value, 2);
  return money(cents).eq(value) ? `$${cents}` : `$${value.toFixed()}`;
}

/** Thousands separators for token counts: `12,345`. */
export function displayCount(count: number): string {
  return count.toLocaleString('en-US');
}
