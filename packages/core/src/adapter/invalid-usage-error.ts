import { TollgateError, type ValidationIssue } from '../errors.js';

/**
 * A usage a kit helper cannot charge (a reported cost that is no amount). The same code and
 * message shape as `@tollgate/pricing`'s `InvalidUsageError`, so `instanceof` that class (it
 * matches on the code) and `codeOf(error) === 'INVALID_USAGE'` both hold; core cannot
 * import pricing, and a class of its own keeps the kit's public surface unchanged.
 */
export class InvalidUsageError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_USAGE';
  declare readonly code: 'INVALID_USAGE';
  /** Every problem found, with the path of the field. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], where: string) {
    const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    super('INVALID_USAGE', `Invalid usage given to ${where}: ${list}`);
    this.issues = issues;
  }
}
