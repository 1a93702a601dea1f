/**
 * A webhook URL fit for logs and errors: its origin only. Slack, Discord and most alert
 * endpoints carry their secret in the path or the query, and some in the user info.
 */
export function redactUrl(url: URL): string {
  return `${url.protocol}//${url.host}/…`;
}
