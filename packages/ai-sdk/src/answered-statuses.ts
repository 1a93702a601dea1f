/**
 * The real HTTP status each request of one provider call was answered with, seen on the
 * provider's own `fetch`. An `APICallError` cannot tell a real error status from one a
 * provider made up: `@ai-sdk/openai` 3 and 4 (and `@ai-sdk/anthropic` 2 and 4) throw an
 * error event read from a 200 event stream as an `APICallError` with a `statusCode` made up
 * from the event (500 by default) and the stream's `text/event-stream` headers, which a real
 * 500, 502 or 503 answered with that content type (an overloaded proxy, a gateway's error
 * page) also carries. The status the `fetch` received is the fact that tells them apart.
 */
import { isRecord } from '@tollgate/core/internal';

/** The status of the last response to each URL one call fetched. */
export type AnsweredStatuses = ReadonlyMap<string, number>;

/** A model with the statuses its `fetch` receives recorded, for one call. */
export interface WatchedModel<Model> {
  /** False when the model is called as it is, with nothing recorded. */
  readonly watching: boolean;
  /** Filled as the call's requests are answered. */
  readonly statuses: AnsweredStatuses;
  /**
   * Calls `invoke` on the view whose `fetch` records each status before handing the response
   * back; on the model itself when it is not watched, or refuses the view before anything
   * was fetched (see `refusesView`).
   */
  call<Result>(invoke: (model: Model) => PromiseLike<Result>): PromiseLike<Result>;
}

type Fetch = (input: unknown, init?: unknown) => Promise<{ readonly status: number }>;

/**
 * For one call of an AI SDK provider's model (every `@ai-sdk/*` model keeps the `fetch` it
 * sends with in `config.fetch`: the user's own, or `undefined` for the global one, read on
 * each call), a view of `model` whose `config.fetch` records the status of each response
 * it receives, then hands it on untouched. The view inherits everything else from `model`
 * and `model` itself is never changed, so calls side by side each record their own. A
 * model with no such `config` (a custom model, `wrapLanguageModel`'s) is called as it is,
 * with nothing recorded; so is one whose class refuses the view as `this` (private members),
 * from the first call it does so on (see `call`).
 */
export function watchStatuses<Model extends object>(model: Model): WatchedModel<Model> {
  const statuses = new Map<string, number>();
  const config = (model as { config?: unknown }).config;
  if (!isRecord(config) || !('fetch' in config) || refusingViews.has(model))
    return unwatched(model, statuses);
  const own = config.fetch;
  if (own !== undefined && typeof own !== 'function') return unwatched(model, statuses);
  let fetched = false;
  const fetch: Fetch = async (input, init) => {
    fetched = true;
    // The global `fetch` is read at each call, as the provider itself does when it has none.
    const response = await ((own as Fetch | undefined) ?? (globalThis.fetch as Fetch))(input, init);
    const url = urlOf(input);
    if (url !== undefined && typeof response?.status === 'number')
      statuses.set(url, response.status);
    return response;
  };
  const view = Object.create(model, { config: { value: { ...config, fetch } } }) as Model;
  return {
    watching: true,
    statuses,
    // A model whose class keeps state in private members (`#field`) refuses a view of itself
    // as `this`: it is called as it is then, with nothing recorded. Only when the view made
    // no request, so the call is never sent twice.
    call<Result>(invoke: (model: Model) => PromiseLike<Result>): PromiseLike<Result> {
      const refused = (error: unknown): PromiseLike<Result> => {
        if (!refusesView(error)) throw error;
        // Its later calls go to it directly: one that refused after its request (a private
        // method reading the answer) has that error passed on, as it cannot be sent again.
        refusingViews.add(model);
        if (!fetched) return invoke(model);
        // Sent and answered with a 2xx, then unread: served, charged as such (never free).
        if ([...statuses.values()].some(isSuccess)) servedUnread.add(error as TypeError);
        throw error;
      };
      let result: PromiseLike<Result>;
      try {
        result = invoke(view);
      } catch (error) {
        return Promise.resolve().then(() => refused(error));
      }
      // One step more than the model's own promise (`doGenerate` returns a native one, kept
      // as it is by `Promise.resolve`), not a promise resolved with a promise (two more).
      return Promise.resolve(result).then(undefined, refused);
    },
  };
}

/** Models whose class refused a view of themselves (see `watchStatuses`): called as they are. */
const refusingViews = new WeakSet<object>();

/**
 * Errors of calls the provider answered with a 2xx whose answer the model then failed to
 * read (a view refused after its request): the call was served, its usage never seen.
 */
const servedUnread = new WeakSet<object>();

/** True for an error `watchStatuses` knows was thrown after a served request (see `servedUnread`). */
export function thrownAfterServed(error: object): boolean {
  return servedUnread.has(error);
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/** A model called as it is, with nothing recorded. */
function unwatched<Model>(model: Model, statuses: AnsweredStatuses): WatchedModel<Model> {
  return { watching: false, statuses, call: (invoke) => invoke(model) };
}

/**
 * True for the `TypeError` a class with private members (`#field`, `#method()`) throws when
 * one of its methods runs on an object it did not construct, such as the view.
 */
function refusesView(error: unknown): boolean {
  return (
    error instanceof TypeError && /private member|must be an instance of class/i.test(error.message)
  );
}

/** The URL a `fetch` was asked for: the providers pass a string; a `URL` or `Request` too. */
function urlOf(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return isRecord(input) && typeof input.url === 'string' ? input.url : undefined;
}

/**
 * True when the request an `APICallError` names (its `url`) was answered, on this call,
 * with a status that is no 2xx: a real error status, never served whatever its content type.
 */
export function answeredWithError(url: unknown, statuses: AnsweredStatuses | undefined): boolean {
  if (statuses === undefined || typeof url !== 'string') return false;
  const status = statuses.get(url);
  return status !== undefined && !isSuccess(status);
}
