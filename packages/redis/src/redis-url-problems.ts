import type { ValidationIssue } from '@tollgate/core';

/** What a database index in a URL must be, as every refusal of one says it. */
const DATABASE_RULE =
  'expected the database as the path /0, /1 … (a whole number) or no path, as in redis://host:6379/2';

/**
 * What is wrong with a `redis://` or `rediss://` URL before ioredis reads it, each as an issue
 * on `url`: ioredis `parseInt`s the path (`/1.5` and `/3x` silently pick databases 1 and 3,
 * `/abc` sends `SELECT NaN`, whose refusal no command catches) and `decodeURIComponent`s the
 * credentials (a bad `%` escape throws a bare `URIError`). No message repeats the URL, the
 * username or the password.
 */
export function redisUrlProblems(url: string): ValidationIssue[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [issue('expected a redis:// or rediss:// URL, received a string that is not a URL')];
  }
  const problems: ValidationIssue[] = [];
  const { pathname } = parsed;
  if (pathname !== '' && pathname !== '/') {
    const database = databaseProblem(pathname.slice(1), `the path ${JSON.stringify(pathname)}`);
    if (database !== undefined) problems.push(issue(database));
  }
  // ioredis reads ?db= when the path has none: the same rule.
  const query = parsed.searchParams.get('db');
  if (query !== null) {
    const queried = databaseProblem(query, `?db=${JSON.stringify(query)}`);
    if (queried !== undefined) problems.push(issue(queried));
  }
  for (const [part, text] of [
    ['username', parsed.username],
    ['password', parsed.password],
  ] as const) {
    if (!decodes(text)) {
      problems.push(
        issue(
          `expected the ${part} percent-encoded (% followed by two hex digits of UTF-8, %25 for % itself), received a ${part} with a malformed % escape (not shown)`,
        ),
      );
    }
  }
  return problems;
}

/** Why `index` is not a database index (digits, a safe integer), or undefined when it is one. */
function databaseProblem(index: string, received: string): string | undefined {
  if (!/^[0-9]+$/.test(index)) return `${DATABASE_RULE}, received ${received}`;
  if (!Number.isSafeInteger(Number(index))) {
    return `expected a database index of at most ${Number.MAX_SAFE_INTEGER}, received ${received}`;
  }
  return undefined;
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function issue(message: string): ValidationIssue {
  return { path: 'url', message };
}
