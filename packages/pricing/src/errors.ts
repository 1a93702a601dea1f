import { TollgateError, type ValidationIssue } from '@tollgate/core';

/** A model id that no table (or override) prices. */
export class UnknownModelError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'UNKNOWN_MODEL';
  declare readonly code: 'UNKNOWN_MODEL';
  /** The id as it arrived. */
  readonly model: string;
  /** The provider the model was looked up in. */
  readonly provider: string;
  /** The closest known ids, best first. */
  readonly suggestions: string[];
  constructor(provider: string, model: string, suggestions: string[]) {
    const hint = suggestions.length > 0 ? ` Closest known ids: ${suggestions.join(', ')}.` : '';
    super(
      'UNKNOWN_MODEL',
      `No ${provider} price for model "${model}": expected a priced id, alias or dated snapshot.${hint} Add it with createPricing({ overrides }).`,
    );
    this.model = model;
    this.provider = provider;
    this.suggestions = suggestions;
  }
}

/** A usage with bad counts: core's class, one for every package that reads usage. */
export { InvalidUsageError } from '@tollgate/core';

/** A price table (or override) that does not match the schema. */
export class InvalidPricingError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_PRICING';
  declare readonly code: 'INVALID_PRICING';
  /** Every problem found, with its path. */
  readonly issues: readonly ValidationIssue[];
  /** The file the problems are in, when one was read. */
  readonly file: string | undefined;
  constructor(issues: readonly ValidationIssue[], what = 'pricing table', file?: string) {
    super(
      'INVALID_PRICING',
      `Invalid ${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues.map(formatIssue).join('; ')}`,
    );
    this.issues = issues;
    this.file = file;
  }
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}
