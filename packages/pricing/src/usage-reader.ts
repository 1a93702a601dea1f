/** Reads token counts out of a provider's usage object, collecting every problem with its path. */
import type { ValidationIssue } from '@tollgate/core';
import { describeValue, isRecord, isTokenCount } from '@tollgate/core/internal';
import { InvalidUsageError } from './errors.js';

export type Obj = Record<string, unknown>;

/** A token or call count: a non-negative safe integer (core's one rule). */
export const isCount = isTokenCount;

/** Collects counts and problems; `done()` throws them all as one `InvalidUsageError`. */
export class Reader {
  readonly issues: ValidationIssue[] = [];
  /** `where` names the call given the usage in the error, when known. */
  constructor(
    private readonly root: Obj,
    private readonly where?: string,
  ) {}

  /** A count at `path`; `required` counts may not be missing, optional ones default to 0 (null too). */
  count(path: string, required: boolean): number {
    // Most paths are one key: read it without splitting (this runs for every call's usage).
    const value: unknown = path.includes('.') ? this.#at(path) : this.root[path];
    if (value === undefined || value === null) {
      if (required)
        this.issues.push({
          path,
          message: `expected a non-negative integer token count, received ${describeValue(value)}`,
        });
      return 0;
    }
    if (!isCount(value)) {
      this.issues.push({
        path,
        message: `expected a non-negative integer token count, received ${describe(value)}`,
      });
      return 0;
    }
    return value;
  }

  #at(path: string): unknown {
    let value: unknown = this.root;
    for (const part of path.split('.')) value = isRecord(value) ? value[part] : undefined;
    return value;
  }

  has(key: string): boolean {
    const value = this.root[key];
    return value !== undefined && value !== null;
  }

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  done(): void {
    if (this.issues.length > 0) this.reject();
  }

  /** Throws the problems found (the fast path already knows there is at least one). */
  reject(): never {
    throw new InvalidUsageError(this.issues, this.where);
  }
}

export function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}" (string)` : describeValue(value);
}
