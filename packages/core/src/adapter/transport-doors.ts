import type { Budget } from '../budget.js';
import { UnmeteredEndpointError } from '../errors.js';

/**
 * A client method that a transport the kit cannot meter calls to open its connection (a
 * WebSocket: the SDK's `ResponsesWS` or Realtime classes, or a framework that builds its
 * socket from the client's URL and credentials). The metered client refuses the call, so
 * the connection is never opened, unless `unmetered: 'allow'` lets it through uncharged.
 */
export interface TransportDoor {
  /** The client method the transport calls before it connects, e.g. `'buildURL'`. */
  method: string;
  /**
   * Methods of the SDK's own HTTP path that call `method` synchronously, before their first
   * `await`: a call made while one of them is starting is the SDK's own request and passes.
   * Empty when only the transport ever calls `method`.
   */
  passesInside: readonly string[];
}

/** What an adapter tells the kit about the transports it cannot meter on one client. */
export interface UnmeteredTransports {
  /** The transport, as the refusal's `endpoint` names it, e.g. `'WebSocket'`. */
  transport: string;
  /** How to proceed instead, appended to the refusal's message. */
  advice: string;
  /** The methods the transport opens its connection with. */
  doors: readonly TransportDoor[];
}

/** A method of a client, looked up by name. */
type AnyMethod = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Guards `client`'s doors in place (it is the metered copy, never the caller's client): a
 * door called while none of its `passesInside` methods is starting throws
 * `UnmeteredEndpointError` while `budget` enforces. The HTTP path pays one counter around
 * the synchronous start of each `passesInside` method and one comparison per door: no
 * stack inspection, no async context. With `unmetered: 'allow'` nothing is installed.
 */
export function guardTransports(
  client: object,
  budget: Budget,
  unmetered: 'refuse' | 'allow',
  transports: UnmeteredTransports | undefined,
): void {
  if (transports === undefined || unmetered === 'allow') return;
  const target = client as Record<string, unknown>;
  // How many SDK request builds are starting on this client right now (they nest: an
  // override calling `super`). Synchronous code cannot interleave, so a count is exact.
  let building = 0;
  const wrapped = new Set<string>();
  for (const door of transports.doors) {
    for (const name of door.passesInside) {
      const base = target[name];
      if (wrapped.has(name) || typeof base !== 'function') continue;
      wrapped.add(name);
      target[name] = function buildsRequest(this: unknown, ...args: unknown[]) {
        building += 1;
        try {
          return (base as AnyMethod).apply(this, args);
        } finally {
          building -= 1;
        }
      };
    }
  }
  for (const door of transports.doors) {
    const base = target[door.method];
    if (typeof base !== 'function') continue;
    target[door.method] = function guardedDoor(this: unknown, ...args: unknown[]) {
      if (building === 0 && budget.enforce) refuseTransport(budget, transports);
      return (base as AnyMethod).apply(this, args);
    };
  }
}

/** Throws the refusal of a transport opened on a metered client. */
function refuseTransport(budget: Budget, transports: UnmeteredTransports): never {
  throw new UnmeteredEndpointError(
    transports.transport,
    `A ${transports.transport} session was opened on a client metered by budget "${budget.id}", so it is refused: Tollgate meters HTTP requests and cannot hold, refuse or charge what a ${transports.transport} session spends. ${transports.advice}`,
  );
}
