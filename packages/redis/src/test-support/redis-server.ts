import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Options of `startRedisServer()`. */
export interface RedisServerOptions {
  /**
   * Keep data across `stop()` / `start()` with an append-only file synced on every write
   * (for restart tests). Off: nothing is written to disk.
   * @default false
   */
  persistent?: boolean;
  /** The `redis-server` binary. @default 'redis-server' */
  binary?: string;
  /** The port to listen on. @default a free loopback port */
  port?: number;
  /** More `redis-server` arguments, e.g. `['--cluster-enabled', 'yes']`. @default none */
  extraArguments?: readonly string[];
}

/** A `redis-server` this test process started on a free loopback port. */
export interface RedisServerHandle {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops the server (SIGTERM, so an append-only file is flushed) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL (no shutdown work, as in a crash) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port (and data directory). */
  start(): Promise<void>;
  /** Stops it for good and deletes its data directory. */
  dispose(): Promise<void>;
}

/** A port nobody listens on right now, found by letting the OS pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a private `redis-server` on a free loopback port (never the default 6379). */
export async function startRedisServer(
  options: RedisServerOptions = {},
): Promise<RedisServerHandle> {
  const port = options.port ?? (await freePort());
  const directory = mkdtempSync(join(tmpdir(), 'tollgate-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--dir',
    directory,
    ...(options.persistent === true
      ? ['--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no']),
    ...(options.extraArguments ?? []),
  ];
  let child: ChildProcess | undefined;
  const start = async () => {
    const spawned = spawn(options.binary ?? 'redis-server', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    spawned.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    spawned.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child = spawned;
    const deadline = Date.now() + 10_000;
    while (!(await ping(port))) {
      if (spawned.exitCode !== null || Date.now() > deadline) {
        spawned.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () => stop(),
    kill: () => stop('SIGKILL'),
    start,
    dispose: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** True when nothing listens on the loopback port now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** True when a Redis answers PING on the port (or asks for a password first). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let answer = '';
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      // A server started with --requirepass answers NOAUTH: it is up all the same.
      if (answer.includes('\r\n'))
        finish(answer.startsWith('+PONG') || answer.startsWith('-NOAUTH'));
    });
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}
