/**
 * What OpenRouter reports a call cost (usage accounting). `usage.cost` is what OpenRouter
 * bills the account. Under BYOK (`usage.is_byok: true`, the user's own provider key) that
 * is only OpenRouter's fee: the upstream provider bills the user's key
 * `usage.cost_details.upstream_inference_cost` on top, so the call costs the sum. Without
 * BYOK `upstream_inference_cost` is what OpenRouter paid upstream, already inside `cost`.
 */
import { formatUsd, type Money, parseUsd } from '@tollgate/core';
import { isRecord } from '@tollgate/core/internal';
import { describe, type Obj, type Reader } from './usage-reader.js';

/** A reported cost, each part an exact decimal string of USD. */
export interface ReportedCost {
  /** What the call cost the user: OpenRouter's charge, plus the upstream bill under BYOK. */
  readonly totalUsd: string;
  /** Under BYOK: what the upstream provider billed the user's own key (part of `totalUsd`). */
  readonly upstreamUsd?: string;
}

const UPSTREAM = 'cost_details.upstream_inference_cost';

/**
 * The reported cost of an OpenAI-compatible usage, `undefined` when it reports none, or
 * when it is a BYOK call whose upstream bill is not reported (absent or 0): charging OpenRouter's fee
 * alone would undercharge, so the price table (the upstream model's price) prices it.
 * Each JSON number is read as its exact decimal before they are added.
 */
export function readReportedCost(r: Reader, usage: Obj): ReportedCost | undefined {
  const byok = usage.is_byok;
  if (byok !== undefined && byok !== null && typeof byok !== 'boolean')
    r.fail('is_byok', `expected a boolean, received ${describe(byok)}`);
  const charged = amount(r, 'cost', usage.cost);
  if (charged === undefined || byok !== true) return charged && { totalUsd: formatUsd(charged) };
  const details = usage.cost_details;
  const upstream = amount(r, UPSTREAM, isRecord(details) ? details.upstream_inference_cost : null);
  // Zero or absent: the upstream bill is not known, and OpenRouter's fee alone undercharges.
  if (upstream === undefined || upstream.eq(0)) return undefined;
  return { totalUsd: formatUsd(charged.plus(upstream)), upstreamUsd: formatUsd(upstream) };
}

/** A reported amount, exact (`undefined` when absent, or when malformed: the reader says so). */
function amount(r: Reader, path: string, value: unknown): Money | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return parseUsd(value, path);
  } catch {
    r.fail(
      path,
      `expected the reported cost as a non-negative decimal, received ${describe(value)}`,
    );
    return undefined;
  }
}
