/**
 * The path a request reaches, for classifying it: the SDK joins the path to its base URL
 * with `new URL`, which resolves dot segments (`/v1/organizations/../messages` reaches
 * `/v1/messages`), `%2e` spelled dots and backslashes; a server may also decode escapes
 * and merge repeated slashes. Classifying the path as written would let a paid call pass as
 * a free one, so it is classified as it arrives.
 *
 * (A copy of the same rule may live in `@tollgate/openai`; kept local here until one shared
 * helper serves both adapters.)
 */

/** Characters that can make the path reached differ from the path written. */
const reshaping = /[.%\\]|\/\//;

/**
 * The path below the base URL that a request path reaches: query and fragment cut, escapes
 * decoded, dot segments resolved, backslashes and repeated slashes read as one `/`. Returns
 * `undefined` for a path that climbs above its root: it reaches something outside the API's
 * paths (the base URL's own prefix), which no free rule may match.
 */
export function requestPath(path: string): string | undefined {
  // Every call passes here: a path with nothing to reshape (the SDK's own paths) is
  // returned as it is, after one scan.
  const end = endOfPath(path);
  const written = end === path.length ? path : path.slice(0, end);
  return reshaping.test(written) ? reachedPath(written) : written;
}

/** Where the path ends: at the query or the fragment, whichever comes first. */
function endOfPath(path: string): number {
  const query = path.indexOf('?');
  const fragment = path.indexOf('#');
  if (query === -1) return fragment === -1 ? path.length : fragment;
  return fragment === -1 ? query : Math.min(query, fragment);
}

function reachedPath(written: string): string | undefined {
  let decoded = written;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    // A malformed escape is sent as written (and refused by the server).
  }
  const segments: string[] = [];
  // A path written without its leading slash is read as if it had one.
  for (const part of decoded.split(/[/\\]/)) {
    if (part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else if (part !== '' || segments.length > 0) segments.push(part);
  }
  return `/${segments.filter((segment) => segment !== '').join('/')}`;
}
