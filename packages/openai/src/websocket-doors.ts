import type { TransportDoor, UnmeteredTransports } from '@tollgate/core/adapter';

/**
 * The WebSocket transports a wrapped `openai` client cannot meter, and the client methods
 * they open their socket with. Metering swaps the client's `fetch`; a WebSocket session
 * (`ResponsesWS` from `openai/resources/responses/ws`, the Realtime and Live classes, the
 * OpenAI Agents SDK's Responses WebSocket model) opens its own socket and spends without
 * an HTTP request, so the metered client refuses to open one.
 *
 * - openai 7 builds every WebSocket's headers with `_buildWebSocketHeaders`, which its HTTP
 *   path never calls.
 * - openai 6's `ResponsesWS` builds its URL with `buildURL` (HTTP calls it at the start of
 *   `buildRequest`); its Realtime `create()` and `azure()` resolve the key with
 *   `_callApiKey` (HTTP: at the start of `prepareOptions`).
 * - The Agents SDK asks the client for `authHeaders` (HTTP: at the start of `buildRequest`)
 *   after `_callApiKey`. openai 7's X.509 workload identity calls `authHeaders` outside
 *   `buildRequest` too, so that door stays open on a client configured with one.
 */
export function websocketTransports(client: object): UnmeteredTransports {
  const doors: TransportDoor[] = [];
  if (typeof Reflect.get(client, '_buildWebSocketHeaders') === 'function') {
    doors.push({ method: '_buildWebSocketHeaders', passesInside: [] });
  } else {
    doors.push(
      { method: 'buildURL', passesInside: ['buildRequest'] },
      { method: '_callApiKey', passesInside: ['prepareOptions'] },
    );
  }
  if (!usesWorkloadIdentity(client)) {
    doors.push({ method: 'authHeaders', passesInside: ['buildRequest'] });
  }
  return { transport: 'WebSocket', advice, doors };
}

/** How to proceed, in the refusal's message. */
const advice =
  "Use the HTTP transport instead (responses.create({ stream: true }); for the OpenAI Agents SDK, leave useResponsesWebSocket off and setOpenAIResponsesTransport at 'http'), or pass unmetered: 'allow' to withBudget to let WebSocket sessions through unmetered.";

/** True when an openai 7 client authenticates with a workload identity instead of a key. */
function usesWorkloadIdentity(client: object): boolean {
  const options = Reflect.get(client, '_options') as { workloadIdentity?: unknown } | undefined;
  return options?.workloadIdentity != null;
}
