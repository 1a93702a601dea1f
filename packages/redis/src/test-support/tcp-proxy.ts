import { createServer, type Server, Socket } from 'node:net';

/** A loopback TCP proxy that can hold traffic in either direction, to make replies or requests arrive late. */
export interface TcpProxy {
  readonly port: number;
  /** `redis://127.0.0.1:<proxy port>` */
  readonly url: string;
  /** Keeps what clients send from reaching the server until `deliverRequests()`. */
  holdRequests(): void;
  /** Sends every held request on, in order, and stops holding. */
  deliverRequests(): void;
  /** Keeps the server's replies from reaching clients (they are dropped if the server dies). */
  holdReplies(): void;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port in front of `targetPort`. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let requestsHeld = false;
  let repliesHeld = false;
  const pending: { upstream: Socket; chunk: Buffer }[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    sockets.add(client);
    sockets.add(upstream);
    upstream.connect(targetPort, '127.0.0.1');
    client.on('data', (chunk: Buffer) => {
      if (requestsHeld) pending.push({ upstream, chunk });
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!repliesHeld) client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    holdRequests: () => {
      requestsHeld = true;
    },
    deliverRequests: () => {
      requestsHeld = false;
      for (const { upstream, chunk } of pending.splice(0)) upstream.write(chunk);
    },
    holdReplies: () => {
      repliesHeld = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
