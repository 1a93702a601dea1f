import type { Budget } from '../budget.js';
import { describeValue, UnmeteredEndpointError } from '../errors.js';

/**
 * Refuses a request of a metered call that is not the one its hold was planned from (a body
 * rewritten after the plan, a second request of one call): typed `UnmeteredEndpointError`,
 * thrown before the request is sent. Returns when `unmetered: 'allow'` lets it through or
 * the budget does not enforce. `why` says what happened; the message adds why it is refused.
 * It never names a lapse of time: the SDKs treat an error whose text matches `/timed? ?out/`
 * as a network failure to retry instead of passing it to the caller.
 */
export function refuseUnplannedRequest(
  budget: Budget,
  unmetered: 'refuse' | 'allow',
  endpoint: string,
  why: string,
): void {
  if (unmetered === 'allow' || !budget.enforce) return;
  throw new UnmeteredEndpointError(
    endpoint,
    `${why} Tollgate holds a call for the request it planned before sending it, so this request cannot be held or charged: it is refused before it is sent while budget "${budget.id}" enforces. Pass unmetered: 'allow' to withBudget to let it through unmetered.`,
  );
}

/**
 * What differs between the body planned and the body about to be sent, or `undefined` when
 * they are the same text. Called only when the two are not the same reference (the SDK's own
 * path passes one string from `buildRequest` to `fetch`), so the common case costs nothing.
 * JSON objects are compared member by member to name what changed (`model`, `max_tokens`...).
 */
export function bodyChange(planned: unknown, sent: unknown): string | undefined {
  const before = bodyText(planned);
  const after = bodyText(sent);
  if (before === undefined || after === undefined) {
    return `the body sent is ${describeBody(sent)}, not the body planned`;
  }
  if (before === after) return undefined;
  const plannedObject = jsonObject(before);
  const sentObject = jsonObject(after);
  if (plannedObject === undefined || sentObject === undefined) {
    return `the body sent (${after.length} characters) is not the body planned (${before.length} characters)`;
  }
  const changed = [...new Set([...Object.keys(plannedObject), ...Object.keys(sentObject)])].filter(
    (key) => JSON.stringify(plannedObject[key]) !== JSON.stringify(sentObject[key]),
  );
  if (changed.length === 0) return undefined;
  const shown = changed
    .slice(0, maxShownMembers)
    .map((key) => `${key}: ${shortJson(plannedObject[key])} -> ${shortJson(sentObject[key])}`);
  if (changed.length > maxShownMembers)
    shown.push(`${changed.length - maxShownMembers} more member(s)`);
  return shown.join(', ');
}

/** A body's text: a string as it is, bytes decoded as UTF-8, no body as ''; else undefined. */
function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body === undefined || body === null) return '';
  if (ArrayBuffer.isView(body))
    return new TextDecoder().decode(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  return undefined;
}

function describeBody(body: unknown): string {
  if (typeof body === 'object' && body !== null) {
    const name = (body as { constructor?: { name?: unknown } }).constructor?.name;
    return `${typeof name === 'string' ? `a ${name}` : 'an object'} Tollgate cannot read before it is sent`;
  }
  return describeValue(body);
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function shortJson(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > maxShownLength ? `${text.slice(0, maxShownLength)}...` : text;
}

/** How many changed members a refusal names, and how much of each value it shows. */
const maxShownMembers = 4;
const maxShownLength = 40;
