import { formatUsdFixed, money } from '@tollgate/core';

/**
 * A decimal USD string for people: `$0.0123` (half-even at `places`, display only; the
 * exact figure is what `--json` prints).
 */
export function displayUsd(amount: string, places = 4): string {
  return `$${formatUsdFixed(money(amount), places)}`;
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
