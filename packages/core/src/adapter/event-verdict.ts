import type { ServerSentEvent } from './sse-events.js';
import type { EventVerdict, ResponseObserver } from './types.js';

/**
 * The observer's verdict on one stream event, checked: `true`, `false`, or an `EventCut`
 * whose `cut` is text the event's data holds. Anything else (`undefined`, `{ cut: 42 }`, a
 * cut of the framing such as `'data'`) is an observer bug, thrown like one, so the watcher
 * passes the caller's stream on untouched and charges the call as for an observer that
 * throws. The cut is looked for from the end of the data, where the adapters' cuts sit.
 */
export function checkedVerdict(observer: ResponseObserver, event: ServerSentEvent): EventVerdict {
  const verdict: unknown = observer.event(event);
  if (typeof verdict === 'boolean') return verdict;
  const cut: unknown = (verdict as { cut?: unknown } | null | undefined)?.cut;
  if (typeof cut === 'string' && cut !== '' && event.data.lastIndexOf(cut) !== -1)
    return verdict as EventVerdict;
  throw new TypeError(
    `Expected an observer's event() to return true, false or { cut } with text of the event's data, received ${describe(verdict)}`,
  );
}

function describe(verdict: unknown): string {
  if (typeof verdict !== 'object' || verdict === null) return String(verdict);
  const cut: unknown = (verdict as { cut?: unknown }).cut;
  return typeof cut === 'string' ? `{ cut: ${JSON.stringify(cut)} }` : `{ cut: ${String(cut)} }`;
}
