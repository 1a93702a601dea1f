import { isRecord } from './count-input-tokens.js';
import type { UsageOverride } from './script-rule.js';

/** Deep-merges a partial usage override over a derived usage object (returns a copy). */
export function mergeUsage<T extends object>(base: T, override: UsageOverride | undefined): T {
  if (override === undefined) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] = isRecord(value) && isRecord(current) ? mergeUsage(current, value) : value;
  }
  return merged as T;
}

/** Reads a numeric field of an override, if it sets one. */
export function overrideNumber(
  override: UsageOverride | undefined,
  key: string,
): number | undefined {
  const value = override?.[key];
  return typeof value === 'number' ? value : undefined;
}
