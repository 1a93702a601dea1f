/**
 * The path a request reaches, for classifying it. The SDKs join the path to their base URL
 * with `new URL`, which resolves dot segments (`/organization/../chat/completions` reaches
 * `/chat/completions`), `%2e` spelled dots and backslashes, drops tabs and newlines, and cuts
 * the fragment. Classifying the path as written would let a paid call pass as a free one, so
 * adapters classify it as it is sent.
 */

/**
 * What can make the path reached differ from the path written: dot segments (`.`, `%2e`),
 * escapes a server decodes, backslashes (read as `/`), tabs and newlines (dropped), a fragment
 * (not sent), repeated slashes and a trailing one (which servers commonly ignore). A path
 * without any of them is sent as written, so most calls skip the parser.
 */
const reshaped = /[.%\\#\t\n\r]|\/\/|\/(\?|$)/;

/** A URL with a scheme, which the SDKs request as it is. */
const absoluteUrl = /^[a-z][a-z\d+\-.]*:\/\//i;

/** Where the path is resolved below, as an SDK appends the path to its base URL. */
const base = 'http://base.invalid/base';

/**
 * The path below the base URL that `path` reaches, without query or fragment: escapes
 * decoded (`%6D` is `m`, and a server may read `%2F` as a separator), then resolved as the URL
 * parser does, repeated slashes read as one and a trailing slash dropped. `undefined` when it
 * climbs above the base URL or is an absolute URL of its own: no endpoint an adapter knows is reached that way, so it must be
 * treated as unknown (unmetered), never as free.
 */
export function reachedPath(path: string): string | undefined {
  if (path.startsWith('/') && !reshaped.test(path)) {
    const query = path.indexOf('?');
    return query === -1 ? path : path.slice(0, query);
  }
  // An absolute URL is where the SDKs send the request instead of below their base URL.
  if (absoluteUrl.test(path)) return undefined;
  let text = path;
  try {
    text = decodeURIComponent(path);
  } catch {
    // A malformed escape is sent as written (and refused by the server).
  }
  // Never throws: the base fixes scheme and host, and any text parses as a path after it. A
  // path written without its leading slash is read as if it had one.
  const resolved = new URL(base + (text.startsWith('/') ? '' : '/') + text).pathname;
  if (!resolved.startsWith('/base/')) return undefined;
  const reached = resolved.slice('/base'.length).replace(/\/{2,}/g, '/');
  return reached.length > 1 && reached.endsWith('/') ? reached.slice(0, -1) : reached;
}
