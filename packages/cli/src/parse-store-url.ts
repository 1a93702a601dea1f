import { usageError } from './cli-error.js';

/** A store the CLI can open. */
export type StoreLocation =
  | {
      /** A SQLite file. */
      kind: 'sqlite';
      /** The file's path. */
      path: string;
      /** How messages name the store. */
      display: string;
    }
  | {
      /** A Redis server. */
      kind: 'redis';
      /** The `redis://` URL. */
      url: string;
      /** How messages name the store (the URL without its password). */
      display: string;
    };

const accepted =
  'expected sqlite:PATH (or sqlite://PATH) for a SQLite file, or redis://HOST:PORT[/DB] for Redis';

/**
 * Reads a `--store` value: `sqlite:PATH`, `sqlite://PATH` or `redis://HOST:PORT[/DB]`
 * (also `rediss://` for TLS). Anything else is a usage error naming the accepted forms.
 */
export function parseStoreUrl(text: string): StoreLocation {
  const value = text.trim();
  // Never echo a password back to the terminal, in an error either.
  const shown = withoutPassword(text);
  if (value.startsWith('sqlite:')) {
    const path = value.startsWith('sqlite://')
      ? value.slice('sqlite://'.length)
      : value.slice('sqlite:'.length);
    if (path === '') throw usageError(`--store "${text}": the SQLite path is empty; ${accepted}`);
    return { kind: 'sqlite', path, display: `sqlite:${path}` };
  }
  if (value.startsWith('redis://') || value.startsWith('rediss://')) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw usageError(`--store "${shown}" is not a valid URL; ${accepted}`);
    }
    if (url.hostname === '') throw usageError(`--store "${shown}" has no host; ${accepted}`);
    const db = url.pathname.replace(/^\//, '');
    if (db !== '' && !/^\d+$/.test(db)) {
      throw usageError(`--store "${shown}": the database must be a number (/0, /1 …); ${accepted}`);
    }
    const undecodable = badEscape(url);
    if (undecodable !== undefined) {
      throw usageError(
        `--store "${shown}": the ${undecodable} has a malformed % escape; write each % of it as %25 (a % must be followed by two hex digits)`,
      );
    }
    const display = `${url.protocol}//${url.hostname}${url.port === '' ? '' : `:${url.port}`}${db === '' ? '' : `/${db}`}`;
    return { kind: 'redis', url: value, display };
  }
  throw usageError(`--store "${shown}" is not a store URL: ${accepted}`);
}

/** `text` with the password of a `scheme://user:password@` prefix shown as `***`. */
function withoutPassword(text: string): string {
  return text.replace(/^(\s*[a-z][a-z0-9+.-]*:\/\/[^:@/?#]*):[^/?#]*@/i, '$1:***@');
}

/** Which credential of `url` does not percent-decode (ioredis would throw a bare URIError). */
function badEscape(url: URL): 'username' | 'password' | undefined {
  for (const part of ['username', 'password'] as const) {
    try {
      decodeURIComponent(url[part]);
    } catch {
      return part;
    }
  }
  return undefined;
}

/** Where a command's store is: `--store URL` and, for Redis, `--prefix`. */
export interface StoreFlags {
  store: string;
  prefix?: string;
}

/**
 * Reads `--store` and `--prefix` together: `--prefix` names keys of a Redis store, so with a
 * SQLite store it is a usage error rather than a flag silently ignored.
 */
export function parseStoreFlags(flags: StoreFlags): StoreLocation {
  const location = parseStoreUrl(flags.store);
  if (location.kind === 'sqlite' && flags.prefix !== undefined) {
    throw usageError(
      `--prefix is the key prefix of a Redis store; ${location.display} is a SQLite file, which has none`,
    );
  }
  return location;
}
