/**
 * Errors from ioredis can carry secrets: a `ReplyError` keeps the command it answered,
 * and an `AUTH` command's arguments are the password; Redis itself repeats the password in
 * some replies ("AUTH <password> called without any password configured"). Before such an
 * error becomes the `cause` of a Tollgate error (which users log, and `console.error`
 * prints in full), it is rebuilt with only what helps: its name, its message and stack
 * with every secret replaced, a string `code`, and its cause treated the same way.
 */
export function redactError(error: unknown, secrets: readonly string[], depth = 0): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const redacted = new Error(redactText(source.message, secrets));
  redacted.name = source.name;
  if (source.stack !== undefined) redacted.stack = redactText(source.stack, secrets);
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(redacted, { code });
  // A cause chain is short; a cycle or a very deep one is cut rather than followed.
  if (source.cause !== undefined && depth < 5)
    redacted.cause = redactError(source.cause, secrets, depth + 1);
  return redacted;
}

/** `text` with every secret, and the credentials of any URL in it, replaced by `***`. */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1***@');
  for (const secret of secrets) {
    if (secret !== '') result = result.split(secret).join('***');
  }
  return result;
}

/** The secrets a Redis URL holds: its password (as written and decoded) and any `password` parameter. */
export function secretsOfUrl(url: string): string[] {
  try {
    const parsed = new URL(url);
    return [
      parsed.password,
      safeDecode(parsed.password),
      parsed.searchParams.get('password') ?? '',
    ].filter((secret) => secret !== '');
  } catch {
    return [];
  }
}

/** The password an ioredis client was configured with (a Cluster's node options too). */
export function secretsOfClient(options: unknown): string[] {
  const direct = (options as { password?: unknown } | undefined)?.password;
  const nested = (options as { redisOptions?: { password?: unknown } } | undefined)?.redisOptions
    ?.password;
  return [direct, nested].filter(
    (secret): secret is string => typeof secret === 'string' && secret !== '',
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
