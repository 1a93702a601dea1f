import { TollgateError, type ValidationIssue } from './errors.js';

/**
 * A usage object with negative, fractional, missing or inconsistent token counts, or a
 * reported cost that is no amount. One class for every package that reads usage (the
 * pricing tables, the adapter kit's reported-cost pricer), so `instanceof` and the code agree
 * wherever it is thrown.
 */
export class InvalidUsageError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_USAGE';
  declare readonly code: 'INVALID_USAGE';
  /** Every problem found, with the path of the field. */
  readonly issues: readonly ValidationIssue[];
  /**
   * @param where The call that was given the usage (`pricing.priceUsage`), named in the
   * message when known.
   */
  constructor(issues: readonly ValidationIssue[], where?: string) {
    const given = where === undefined ? '' : ` given to ${where}`;
    super('INVALID_USAGE', `Invalid usage${given}: ${issues.map(formatIssue).join('; ')}`);
    this.issues = issues;
  }
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}
