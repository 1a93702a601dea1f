import type { OutgoingRequest } from './types.js';

/** The SDK's request options, as far as metering reads and writes them. */
export interface RequestOptionsLike {
  method?: string | undefined;
  path?: string | undefined;
  body?: unknown;
  stream?: boolean | undefined;
  fetchOptions?: object | undefined;
  /** Per-request middleware (Anthropic): the kit adds its check of each attempt last. */
  middleware?: unknown;
  signal?: AbortSignal | null | undefined;
}

/** The request an adapter's route and plan see, read from the SDK's request options. */
export function outgoingRequest(options: RequestOptionsLike): OutgoingRequest {
  return {
    method: upperCaseMethod(options.method),
    path: pathOf(options.path),
    body: options.body,
    stream: options.stream === true,
  };
}

/**
 * The request's method in upper case. The SDKs pass lower-case `post` and `get`: those are
 * looked up, since `toUpperCase` goes through the runtime's locale-aware path on every call.
 */
function upperCaseMethod(method: unknown): string {
  if (method === undefined || method === 'post') return 'POST';
  if (method === 'get') return 'GET';
  if (typeof method === 'string' && method !== '') return method.toUpperCase();
  // A caller's `{ method }` that is empty or no string: the SDK sends an empty one as GET,
  // and fails any other with its own error before sending, held as a POST meanwhile.
  return method ? 'POST' : 'GET';
}

/**
 * The request's path as the SDK builds its URL from it: a caller's `{ path }` that is no
 * string (`42`, `null`) is joined to the base URL as its string form, and routed as such.
 */
function pathOf(path: unknown): string {
  if (typeof path === 'string') return path;
  return path === undefined ? '' : String(path);
}
