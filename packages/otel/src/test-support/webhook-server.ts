import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with one request: answer with a status, or never answer. */
export type Behaviour = number | 'hang';

/** A loopback webhook endpoint scripted request by request (then 200), recording what it got. */
export interface WebhookServer {
  /** The URL to post to, with a secret in its path and query like a real webhook. */
  url: string;
  /** The secret part of the URL, to check it never leaks. */
  secret: string;
  /** The JSON bodies received, in order (every attempt). */
  bodies: unknown[];
  /** Behaviours for the next requests, in order. */
  script(...behaviours: Behaviour[]): void;
  /** Resolves once `count` requests have arrived (a bounded wait on a condition, never a timer). */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookServer(): Promise<WebhookServer> {
  const bodies: unknown[] = [];
  const queue: Behaviour[] = [];
  const hanging: ServerResponse[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    bodies.push(JSON.parse(text));
    for (const waiter of waiters.filter((candidate) => bodies.length >= candidate.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    const behaviour = queue.shift() ?? 200;
    if (behaviour === 'hang') {
      hanging.push(response);
      return;
    }
    response.writeHead(behaviour, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const secret = 'T000/B000/s3cr3t-token';
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/${secret}?key=${secret}`,
    secret,
    bodies,
    script: (...behaviours) => queue.push(...behaviours),
    received: (count) =>
      bodies.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
