/**
 * Aborts a call as soon as its response headers are in, while its body is still arriving,
 * to test what a client does then. Pass `fetch` to the SDK client, then `register` the
 * controller of the call to abort with a text its request body contains (`''` for any).
 */
export class AbortsAfterHeaders {
  readonly #controllers = new Map<string, AbortController>();

  /** Aborts `controller` after the headers of the next request whose body contains `marker`. */
  register(marker: string, controller: AbortController): void {
    this.#controllers.set(marker, controller);
  }

  /** A `fetch` that resolves with the response, then aborts the call registered for it. */
  readonly fetch: typeof fetch = async (url, init) => {
    const response = await fetch(url, init);
    const body = typeof init?.body === 'string' ? init.body : '';
    for (const [marker, controller] of this.#controllers) {
      if (!body.includes(marker)) continue;
      this.#controllers.delete(marker);
      controller.abort();
    }
    return response;
  };
}
