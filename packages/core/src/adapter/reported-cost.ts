/**
 * Some providers report what a call is billed (OpenRouter's `usage.cost`). A pricer that
 * settles on that reported cost when the usage carries one, and says when the price table
 * has drifted from it: shared by every adapter whose provider reports a cost.
 */
import { type Budget, isBudget } from '../budget.js';
import type { ValidationIssue } from '../errors.js';
import { InvalidUsageError } from '../invalid-usage-error.js';
import { isUsd, money } from '../money.js';
import { expectedIssue, invalidInput } from '../plain-data.js';
import { budgetImpostorIssue } from './budget-choice.js';
import type { UsagePrice, UsagePricer } from './types.js';

/** Where a drift is reported, and from what share of the table's cost on. */
export interface DriftWatch {
  /** Where a `price-drift` is reported. */
  readonly budget: Budget;
  /** The price table the call is priced from (its provider id, e.g. `'openrouter'`). */
  readonly provider: string;
  /** Report differences above this share of the table's cost: a number from 0, or `Infinity` (never). */
  readonly priceDriftShare: number;
}

/**
 * A pricer that settles on the cost the provider reports (`CallUsage.reportedCostUsd`:
 * what the account is billed) when the usage carries one, else on the table's price.
 *
 * @throws InvalidOptionsError when `tablePrice` is not a function or `watch` is not a
 * `DriftWatch` (its `budget` a Budget, `provider` a non-empty string, `priceDriftShare` a
 * number from 0 or `Infinity`), naming each bad field and what arrived: once, here, rather
 * than as a `TypeError` on every call that reports a cost. The pricer it returns throws
 * `InvalidUsageError` (`INVALID_USAGE`) for a reported cost that is not a non-negative
 * decimal string.
 */
export function reportedCostPricer(tablePrice: UsagePricer, watch: DriftWatch): UsagePricer {
  const issues = pricerIssues(tablePrice, watch);
  if (issues.length > 0) throw invalidInput('reportedCostPricer arguments', issues);
  return (usage) => {
    const priced = tablePrice(usage);
    const reported = usage.reportedCostUsd;
    if (reported === undefined) return priced;
    const upstream = usage.reportedUpstreamCostUsd;
    return { ...priced, costUsd: chargedUsd(priced, reported, watch, upstream) };
  };
}

function pricerIssues(tablePrice: unknown, watch: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof tablePrice !== 'function') {
    issues.push(
      expectedIssue('tablePrice', 'a UsagePricer function (usagePricer(...))', tablePrice),
    );
  }
  if (typeof watch !== 'object' || watch === null) {
    issues.push(
      expectedIssue('watch', 'a DriftWatch ({ budget, provider, priceDriftShare })', watch),
    );
    return issues;
  }
  const { budget, provider, priceDriftShare } = watch as Partial<Record<keyof DriftWatch, unknown>>;
  if (!isBudget(budget)) {
    issues.push(
      budgetImpostorIssue(budget, 'watch.budget') ??
        expectedIssue('watch.budget', 'a Budget (createBudget(...))', budget),
    );
  }
  if (typeof provider !== 'string' || provider === '') {
    issues.push(expectedIssue('watch.provider', "a provider id (e.g. 'openrouter')", provider));
  }
  if (typeof priceDriftShare !== 'number' || !(priceDriftShare >= 0)) {
    issues.push(
      expectedIssue('watch.priceDriftShare', 'a number from 0, or Infinity', priceDriftShare),
    );
  }
  return issues;
}

/**
 * The amount to charge for a priced call: the provider's reported cost when it gave one
 * (`reportedUsd`: what the call cost the user), else the table's. A reported cost that
 * differs from the table's by more than the watch's share emits `price-drift` on the budget.
 * Under OpenRouter BYOK (`upstreamUsd`: the upstream provider's part of `reportedUsd`) the
 * table prices the upstream model, so it is compared with that part, not with the sum that
 * includes OpenRouter's fee. A reported cost that is not a non-negative decimal string gets
 * `InvalidUsageError`: charging it would pass a provider's junk on as the call's cost.
 */
export function chargedUsd(
  cost: UsagePrice,
  reportedUsd: string | undefined,
  watch: DriftWatch,
  upstreamUsd?: string,
): string {
  if (reportedUsd === undefined) return cost.costUsd;
  if (!isReportedUsd(reportedUsd) || (upstreamUsd !== undefined && !isReportedUsd(upstreamUsd))) {
    throw badReportedCost(reportedUsd, upstreamUsd);
  }
  const table = money(cost.costUsd);
  const difference = money(upstreamUsd ?? reportedUsd)
    .minus(table)
    .abs();
  const limit = watch.priceDriftShare;
  if (Number.isFinite(limit) && difference.gt(table.times(limit))) {
    watch.budget.emit({
      type: 'price-drift',
      budgetId: watch.budget.id,
      model: cost.model,
      provider: watch.provider,
      tableUsd: cost.costUsd,
      reportedUsd,
      ...(upstreamUsd === undefined ? {} : { upstreamUsd }),
      // A ratio for the event, not money: a number is what listeners compare.
      share: table.eq(0) ? Number.POSITIVE_INFINITY : Number(difference.div(table).toFixed(6)),
    });
  }
  return reportedUsd;
}

/** A reported cost as `@tollgate/pricing`'s `readUsage` keeps one: a non-negative decimal string. */
function isReportedUsd(value: unknown): value is string {
  return typeof value === 'string' && isUsd(value);
}

function badReportedCost(reportedUsd: unknown, upstreamUsd: unknown): InvalidUsageError {
  const expected = 'the reported cost as a non-negative decimal string';
  const issues: ValidationIssue[] = [];
  if (!isReportedUsd(reportedUsd))
    issues.push(expectedIssue('reportedCostUsd', expected, reportedUsd));
  if (upstreamUsd !== undefined && !isReportedUsd(upstreamUsd)) {
    issues.push(expectedIssue('reportedUpstreamCostUsd', expected, upstreamUsd));
  }
  return new InvalidUsageError(issues, 'reportedCostPricer');
}
