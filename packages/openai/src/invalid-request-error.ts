import { TollgateError } from '@tollgate/core';

/** A metered request Tollgate cannot price as sent (no model, for one). Nothing is sent. */
export class InvalidRequestError extends TollgateError {
  /** The code every error of this class carries. */
  static readonly errorCode = 'INVALID_REQUEST';
  declare readonly code: 'INVALID_REQUEST';
  constructor(message: string) {
    super('INVALID_REQUEST', message);
  }
}
