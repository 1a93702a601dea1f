import { callKey, MeteredCall, type RequestOptionsLike } from './metered-call.js';

/** One of the Anthropic SDK's middleware: gets each attempt's request and sends it on with `next`. */
type Middleware = (
  request: MiddlewareRequest,
  next: (request: MiddlewareRequest) => Promise<Response>,
  context: unknown,
) => Promise<Response>;

/** A request in the Anthropic SDK's middleware chain; a metered call's carries its key. */
type MiddlewareRequest = { body?: unknown } & Record<symbol, unknown>;

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
 * and before the backend's, on the SDK's request or on one a middleware built anew (the call
 * is then found from the SDK's options); with none, the client's `fetch` checks each attempt.
 * Either way the common path is one reference comparison of the body and one `then` per
 * attempt. `buildRequest` also holds again, before its attempt goes out, a call its deadline
 * released in a retry wait (see `MeteredCall.holdBeforeAttempt`).
 */
export function checkSentRequests(client: object): void {
  const target = client as BuildingClient;
  const baseBuild = target.buildRequest;
  if (typeof baseBuild === 'function') {
    target.buildRequest = function builtRequest(this: BuildingClient, options, ...rest) {
      const call = callOf(options);
      if (call === undefined) return baseBuild.call(this, options, ...rest);
      // Built at once, inside this method's synchronous start (where the SDK's own request
      // may call the doors `guardTransports` keeps shut to others).
      const built = buildChecked(this, baseBuild, call, options, rest);
      // A call its deadline released in a retry wait holds again before this attempt goes
      // out: a refusal thrown here reaches the caller as it is, unsent and not retried.
      const holding = call.holdBeforeAttempt();
      return holding === undefined ? built : heldThenBuilt(call, holding, built);
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

/** The SDK's own `buildRequest`. */
type BuildRequest = NonNullable<BuildingClient['buildRequest']>;

/**
 * Builds an attempt of a metered call with the SDK's own `buildRequest` and hands the call
 * the body it built (see `checkSentRequests`).
 */
function buildChecked(
  client: BuildingClient,
  baseBuild: BuildRequest,
  call: MeteredCall,
  options: RequestOptionsLike,
  rest: unknown[],
): Promise<{ req: { body?: unknown } }> {
  // Per-request middleware (Anthropic) gets the kit's check last. A metered call's
  // options are the kit's own copy, so this changes nothing of the caller's.
  const own = options.middleware;
  if (Array.isArray(own) && own.length > 0 && own.at(-1) !== checkAttempt) {
    options.middleware = [...own, checkAttempt];
  }
  const building = baseBuild.call(client, options, ...rest);
  return building.then((built) => {
    const sent = built.req.body;
    // Only a `body` in fetch options replaces the body the SDK built (a rare field).
    const replaced = hasBody(client.fetchOptions) || hasBody(options.fetchOptions);
    call.requests?.built(replaced ? client.buildBody?.({ options }).body : sent, sent);
    return built;
  });
}

/**
 * The request built for the attempt of a lapsed call, once the call is held again; the
 * refusal of the hold otherwise. An abort is the SDK's to report, with its own error as
 * without Tollgate: it checks the signal before it sends, and the call holds nothing.
 */
function heldThenBuilt<Built>(
  call: MeteredCall,
  holding: Promise<void>,
  built: Promise<Built>,
): Promise<Built> {
  // Both are awaited at once: neither rejection is left unhandled while the other waits.
  return Promise.all([holding, built]).then(
    ([, request]) => request,
    (error: unknown) => {
      if (call.abortedByCaller) return built;
      throw error;
    },
  );
}

/** The metered call whose options these are, if they are a metered call's. */
function callOf(options: RequestOptionsLike | undefined): MeteredCall | undefined {
  const call = (options?.fetchOptions as Record<symbol, unknown> | undefined)?.[callKey];
  return call instanceof MeteredCall ? call : undefined;
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
const checkAttempt: Middleware = (request, next, context) => {
  if (passing === request) return next(request);
  const call = request[callKey];
  if (call instanceof MeteredCall) return sendChecked(call, request, next);
  // A middleware built a new request, without the key: the SDK's options still name the call.
  const rebuiltFor = callOf((context as { options?: RequestOptionsLike } | undefined)?.options);
  if (rebuiltFor === undefined) return next(request);
  // Sent on with the key, so the client's `fetch` observes its answer as for any attempt,
  // before the SDK parses it. A copy: the middleware's own object stays as it made it.
  return sendChecked(rebuiltFor, { ...request, [callKey]: rebuiltFor }, next);
};

/** Checks one attempt of `call` (`SentRequests.sendsChecked`) and passes it on. */
function sendChecked(
  call: MeteredCall,
  request: MiddlewareRequest,
  next: (request: MiddlewareRequest) => Promise<Response>,
): Promise<Response> {
  const requests = call.requests;
  if (requests === undefined) return next(request);
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
}

function hasBody(fetchOptions: unknown): boolean {
  return (
    typeof fetchOptions === 'object' && fetchOptions !== null && Object.hasOwn(fetchOptions, 'body')
  );
}
