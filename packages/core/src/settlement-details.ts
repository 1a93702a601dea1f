import type { ValidationIssue } from './errors.js';
import { expectedIssue, invalidInput, metadataIssue, plainDataIssue } from './plain-data.js';
import type { SettlementDetails } from './store.js';

/**
 * Validates what `reservation.settle` records: a plain object whose known fields have their
 * documented types and whose every value can be stored (see `plainDataIssue`).
 */
export function checkSettlementDetails(value: unknown): SettlementDetails {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('settlement details', [expectedIssue('', 'an object', value)]);
  }
  const details = value as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const add = (problem: ValidationIssue | undefined) => {
    if (problem !== undefined) issues.push(problem);
  };
  for (const key of [
    'provider',
    'model',
    'pricingVersion',
    'requestModel',
    'responseModel',
    'serviceTier',
    'operation',
  ] as const) {
    const field = details[key];
    if (field !== undefined && typeof field !== 'string')
      add(expectedIssue(key, 'a string', field));
  }
  if (details.partial !== undefined && typeof details.partial !== 'boolean') {
    add(expectedIssue('partial', 'a boolean', details.partial));
  }
  if (details.metadata !== undefined) add(metadataIssue(details.metadata, 'metadata'));
  add(tokensIssue(details.tokens));
  if (issues.length === 0) add(plainDataIssue(details, ''));
  if (issues.length > 0) throw invalidInput('settlement details', issues);
  return details as SettlementDetails;
}

function tokensIssue(tokens: unknown): ValidationIssue | undefined {
  if (tokens === undefined) return undefined;
  if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) {
    return expectedIssue('tokens', 'an object of token counts', tokens);
  }
  for (const [kind, count] of Object.entries(tokens)) {
    if (
      count !== undefined &&
      !(typeof count === 'number' && Number.isFinite(count) && count >= 0)
    ) {
      return expectedIssue(`tokens.${kind}`, 'a finite, non-negative number of tokens', count);
    }
  }
  return undefined;
}
