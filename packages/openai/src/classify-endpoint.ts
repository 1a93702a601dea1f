/**
 * Which OpenAI endpoints cost money. Three are metered; every read (GET, DELETE) and the
 * listed free writes pass; everything else that sends work to OpenAI is treated as paid
 * and unmetered, so an endpoint we do not know is refused rather than let through free.
 * The README lists both sets.
 */
import { reachedPath } from '@tollgate/core/adapter';
import type { MeteredEndpoint } from './plan-settings.js';

/** How an endpoint is treated. */
export type EndpointClass =
  | {
      /** Held, priced and settled. */
      kind: 'metered';
      /** Which observer reads the response. */
      endpoint: MeteredEndpoint;
    }
  | {
      /** Costs nothing: sent as is. */
      kind: 'free';
    }
  | {
      /** Paid, but Tollgate cannot price it. */
      kind: 'unmetered';
      /** How the endpoint is named in `UnmeteredEndpointError`. */
      endpoint: string;
    };

/** The answers that do not change, made once: every call is classified. */
const CHAT: EndpointClass = Object.freeze({ kind: 'metered', endpoint: 'chat' });
const RESPONSES: EndpointClass = Object.freeze({ kind: 'metered', endpoint: 'responses' });
const EMBEDDINGS: EndpointClass = Object.freeze({ kind: 'metered', endpoint: 'embeddings' });
const FREE: EndpointClass = Object.freeze({ kind: 'free' });

/** The metered endpoint of a `POST` to `path`, compared as literals (no keyed lookup). */
function meteredAt(path: string): EndpointClass | undefined {
  if (path === '/chat/completions') return CHAT;
  if (path === '/responses') return RESPONSES;
  return path === '/embeddings' ? EMBEDDINGS : undefined;
}

const ID = '[^/]+';

/** Paid writes whose paths the free patterns below would otherwise match. */
const PAID_WRITES: readonly RegExp[] = [/^\/threads\/runs$/];

/** Writes that cost nothing: they store, update, cancel or count, and generate nothing. */
export const FREE_WRITES: readonly RegExp[] = [
  /^\/moderations$/,
  /^\/files$/,
  /^\/uploads(\/.*)?$/,
  new RegExp(`^/chat/completions/${ID}$`),
  new RegExp(`^/responses/${ID}/cancel$`),
  /^\/responses\/input_tokens$/,
  /^\/conversations(\/.*)?$/,
  /^\/assistants(\/.*)?$/,
  /^\/threads$/,
  new RegExp(`^/threads/${ID}$`),
  new RegExp(`^/threads/${ID}/messages(/${ID})?$`),
  new RegExp(`^/threads/${ID}/runs/${ID}/cancel$`),
  new RegExp(`^/batches/${ID}/cancel$`),
  new RegExp(`^/fine_tuning/jobs/${ID}/(cancel|pause|resume)$`),
  /^\/fine_tuning\/checkpoints\/.*$/,
  /^\/evals$/,
  new RegExp(`^/evals/${ID}$`),
  new RegExp(`^/evals/${ID}/runs/${ID}/cancel$`),
  new RegExp(`^/vector_stores/${ID}$`),
  new RegExp(`^/vector_stores/${ID}/files/${ID}$`),
  new RegExp(`^/vector_stores/${ID}/file_batches/${ID}/cancel$`),
  new RegExp(`^/containers/${ID}/files$`),
  new RegExp(`^/realtime/calls/${ID}/(hangup|reject)$`),
  /^\/organization(\/.*)?$/,
  /^\/projects(\/.*)?$/,
  /^\/webhook_endpoints(\/.*)?$/,
  /^\/skills(\/.*)?$/,
  /^\/vaults(\/.*)?$/,
];

/** Classifies a request by method and path (the path below the base URL, query ignored). */
export function classifyEndpoint(method: string, path: string, body: unknown): EndpointClass {
  // The usual call, named exactly as the SDK writes it: no path to resolve.
  if (path === '/chat/completions' && method === 'POST') return CHAT;
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE') return FREE;
  const bare = reachedPath(path);
  // A path that leaves the base URL, or hides a separator in an escape, is nothing we know.
  if (bare === undefined) return { kind: 'unmetered', endpoint: `${method} ${path}` };
  const metered = method === 'POST' ? meteredAt(bare) : undefined;
  if (metered !== undefined) {
    // A background response is billed after the call returns, where no usage can be seen.
    const background =
      metered === RESPONSES &&
      typeof body === 'object' &&
      body !== null &&
      (body as Record<string, unknown>).background === true;
    if (!background) return metered;
    return { kind: 'unmetered', endpoint: `${method} ${bare} (background)` };
  }
  const paid = PAID_WRITES.some((pattern) => pattern.test(bare));
  if (!paid && FREE_WRITES.some((pattern) => pattern.test(bare))) return FREE;
  return { kind: 'unmetered', endpoint: `${method} ${bare}` };
}
