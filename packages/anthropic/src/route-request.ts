import { type OutgoingRequest, type Route, reachedPath } from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import { unmeteredFallbacks } from '@tollgate/pricing';
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

const messagesPath = '/v1/messages';
const freeMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/**
 * Classifies a request: `POST /v1/messages` (plain and beta) is metered; the free list
 * passes; every other write is treated as paid and unmetered. Failing closed means a new
 * paid endpoint in a future SDK is refused rather than let through unmetered.
 */
export function routeRequest(request: OutgoingRequest, settings: PlanSettings): Route {
  // Classified as the path the request reaches (dot segments resolved...), not as written:
  // `/v1/organizations/../messages` is a paid Messages call. The SDKs' own paths (1.x's, and
  // 0.x's `?beta=true`) take the kit's fast path: one scan, the query cut.
  const path = request.path === messagesPath ? messagesPath : reachedPath(request.path);
  if (path === undefined) return unmeteredPath(request);
  if (request.method === 'POST' && path === messagesPath) {
    const body = isRecord(request.body) ? request.body : {};
    if (body.speed === 'fast') {
      // Fast mode has its own premium rates, which the price tables do not carry yet.
      return { kind: 'unmetered', endpoint: 'POST /v1/messages (speed: fast)' };
    }
    if (body.fallbacks !== undefined) {
      const feature = unmeteredFallbacks(body.fallbacks);
      if (feature !== undefined)
        return { kind: 'unmetered', endpoint: `POST /v1/messages (${feature})` };
    }
    return { kind: 'metered', plan: () => planMessage(body, settings) };
  }
  if (freeMethods.has(request.method)) return { kind: 'free' };
  const key = `${request.method} ${path}`;
  if (FREE_ENDPOINTS.some((pattern) => pattern.test(key))) return { kind: 'free' };
  const known = UNMETERED_ENDPOINTS.find(({ pattern }) => pattern.test(key));
  return { kind: 'unmetered', endpoint: known?.endpoint ?? key };
}

/**
 * A path that climbs above its root reaches outside the API's paths: free only for the
 * methods that are always free, and otherwise refused as unmetered, named as written.
 */
function unmeteredPath(request: OutgoingRequest): Route {
  if (freeMethods.has(request.method)) return { kind: 'free' };
  return { kind: 'unmetered', endpoint: `${request.method} ${request.path}` };
}
