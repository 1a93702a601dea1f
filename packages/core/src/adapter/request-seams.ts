import { callKey, MeteredCall, type RequestOptionsLike } from './metered-call.js';

/** One of the Anthropic SDK's middleware: gets each attempt's request and sends it on with `next`. */
type Middleware = (
  request: { body?: unknown } & Record<symbol, unknown>,
  next: (request: { body?: unknown }) => Promise<Response>,
  context: unknown,
) => Promise<Response>;

/** The request-building seams of a Stainless-generated client that metering checks. */
interface BuildingClient {
  /** Client-level fetch options: the SDK spreads them over the request it built. */
  fetchOptions?: unknown;
  buildRequest?: (
    options: RequestOptionsLike,
    ...rest: unknown[]
  ) => Promise<{ req: { body?: unknown } }>;
  buildBody?: (input: { options: RequestOptionsLike }) => { body?: unknown };
  backendMiddleware?: () => Middleware[];
  /** Client-level middleware (Anthropic): the SDK runs it around every attempt's `fetch`. */
  middleware?: unknown[];
}

/**
 * Makes the metered copy `client` check, in place, that what it sends is what was planned:
 * `buildRequest` hands each metered call the body it built, and a body replaced by the
 * client's or the request's `fetchOptions` is refused there (before any attempt, so the
 * error reaches the caller as it is, never wrapped or retried by the SDK). Where the SDK runs
 * middleware (Anthropic: the user's, client-level or per request, and Bedrock's or Vertex's
 * backend, which rewrites every request), the kit's check runs after the user's middleware
 * and before the backend's; with none, the client's `fetch` checks each attempt. Either way
 * the common path is one reference comparison of the body and one `then` per attempt.
 */
export function checkSentRequests(client: object): void {
  const target = client as BuildingClient;
  const baseBuild = target.buildRequest;
  if (typeof baseBuild === 'function') {
    target.buildRequest = function builtRequest(this: BuildingClient, options, ...rest) {
      const call = (options?.fetchOptions as Record<symbol, unknown> | undefined)?.[callKey];
      if (!(call instanceof MeteredCall)) return baseBuild.call(this, options, ...rest);
      // Per-request middleware (Anthropic) gets the kit's check last. A metered call's
      // options are the kit's own copy, so this changes nothing of the caller's.
      const own = options.middleware;
      if (Array.isArray(own) && own.length > 0 && own.at(-1) !== checkAttempt) {
        options.middleware = [...own, checkAttempt];
      }
      const building = baseBuild.call(this, options, ...rest);
      return building.then((built) => {
        const sent = built.req.body;
        // Only a `body` in fetch options replaces the body the SDK built (a rare field).
        const replaced = hasBody(this.fetchOptions) || hasBody(options.fetchOptions);
        call.requests?.built(replaced ? this.buildBody?.({ options }).body : sent, sent);
        return built;
      });
    };
  }
  const baseBackend = target.backendMiddleware;
  if (typeof baseBackend === 'function') {
    target.backendMiddleware = function checkedBackend(this: BuildingClient) {
      const middleware = baseBackend.call(this);
      // No middleware at all (the common case): nothing is added, the SDK calls `fetch` directly.
      if (middleware.length === 0 && !(this.middleware !== undefined && this.middleware.length > 0))
        return middleware;
      return [checkAttempt, ...middleware];
    };
  }
}

/**
 * The request the kit's middleware is passing on right now. The check may sit twice in one
 * chain (last of the request's middleware, first of the backend's: adjacent, so the inner
 * one runs synchronously inside the outer one's `next`); the inner one passes it on. A
 * middleware replaying the request later reaches the check again and is checked.
 */
let passing: object | undefined;

/**
 * The kit's middleware, after the user's and before the SDK's backend: checks each attempt
 * (`SentRequests.sendsChecked`) where a refusal reaches the caller as it is. An error thrown by
 * `fetch` itself would be taken by the SDK for a network failure, retried and wrapped.
 */
const checkAttempt: Middleware = (request, next) => {
  const call = request[callKey];
  const requests = call instanceof MeteredCall ? call.requests : undefined;
  if (requests === undefined || passing === request) return next(request);
  requests.sendsChecked(request.body);
  passing = request;
  let sent: Promise<Response>;
  try {
    sent = next(request);
  } finally {
    passing = undefined;
  }
  return sent.catch((error: unknown) => {
    requests.uncheckAttempt();
    throw error;
  });
};

function hasBody(fetchOptions: unknown): boolean {
  return (
    typeof fetchOptions === 'object' && fetchOptions !== null && Object.hasOwn(fetchOptions, 'body')
  );
}
