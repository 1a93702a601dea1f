import type { OutgoingRequest, Route } from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import { type PlanSettings, planMessage } from './plan-message.js';

/**
 * Paid endpoints Tollgate cannot meter: refused with `UNMETERED_ENDPOINT` while the budget
 * enforces, unless `unmetered: 'allow'`. Matched on `METHOD path` (query removed).
 */
export const UNMETERED_ENDPOINTS: readonly {
  /** Matches `METHOD /path` of a request. */
  pattern: RegExp;
  /** How the endpoint is named in `UnmeteredEndpointError`. */
  endpoint: string;
}[] = [
  // Message Batches: paid per request inside the batch, priced only when results arrive.
  { pattern: /^POST \/v1\/messages\/batches$/, endpoint: 'POST /v1/messages/batches' },
  // Legacy Text Completions.
  { pattern: /^POST \/v1\/complete$/, endpoint: 'POST /v1/complete' },
];

/**
 * Endpoints that cost nothing: token counting (documented as free), cancelling a batch,
 * uploading files (file operations are free; tokens are billed when a message uses them),
 * uploading skills, and the Admin API (`/v1/organizations/...`). Every GET, HEAD and DELETE
 * (reading, listing, downloading results, deleting) is free too.
 */
export const FREE_ENDPOINTS: readonly RegExp[] = [
  /^POST \/v1\/messages\/count_tokens$/,
  /^POST \/v1\/messages\/batches\/[^/]+\/cancel$/,
  /^POST \/v1\/files$/,
  /^POST \/v1\/skills(\/[^/]+\/versions)?$/,
  /^(POST|PUT|PATCH) \/v1\/organizations(\/.*)?$/,
];

const freeMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/**
 * Classifies a request: `POST /v1/messages` (plain and beta) is metered; the free list
 * passes; every other write is treated as paid and unmetered. Failing closed means a new
 * paid endpoint in a future SDK is refused rather than let through unmetered.
 */
export function routeRequest(request: OutgoingRequest, settings: PlanSettings): Route {
  // Every call passes here: the query is cut without an array, and the key built only for
  // the endpoints that are not messages.
  const query = request.path.indexOf('?');
  const path = query === -1 ? request.path : request.path.slice(0, query);
  if (request.method === 'POST' && path === '/v1/messages') {
    const body = isRecord(request.body) ? request.body : {};
    if (body.speed === 'fast') {
      // Fast mode has its own premium rates, which the price tables do not carry yet.
      return { kind: 'unmetered', endpoint: 'POST /v1/messages (speed: fast)' };
    }
    return { kind: 'metered', plan: () => planMessage(body, settings) };
  }
  if (freeMethods.has(request.method)) return { kind: 'free' };
  const key = `${request.method} ${path}`;
  if (FREE_ENDPOINTS.some((pattern) => pattern.test(key))) return { kind: 'free' };
  const known = UNMETERED_ENDPOINTS.find(({ pattern }) => pattern.test(key));
  return { kind: 'unmetered', endpoint: known?.endpoint ?? key };
}
