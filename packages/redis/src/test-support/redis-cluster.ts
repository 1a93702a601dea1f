import { Redis } from 'ioredis';
import { isPortFree, type RedisServerHandle, startRedisServer } from './redis-server.js';

/** A Redis Cluster of private `redis-server` processes on loopback ports. */
export interface RedisClusterHandle {
  /** Where each master listens, for `new Cluster(nodes)`. */
  readonly nodes: readonly { host: string; port: number }[];
  /** Stops every node and deletes its data. */
  dispose(): Promise<void>;
}

const slotCount = 16_384;

/** A port whose cluster bus port (port + 10000) is free as well. */
async function freeClusterPort(taken: readonly number[]): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if (taken.includes(port) || taken.includes(port + 10_000)) continue;
    if ((await isPortFree(port)) && (await isPortFree(port + 10_000))) return port;
  }
  throw new Error('No free pair of loopback ports for a cluster node');
}

/**
 * Starts `size` masters (no replicas), splits the slots between them and joins them with
 * `CLUSTER MEET`; resolves once every node reports `cluster_state:ok`.
 */
export async function startRedisCluster(size = 3): Promise<RedisClusterHandle> {
  const servers: RedisServerHandle[] = [];
  const admins: Redis[] = [];
  const dispose = async () => {
    for (const admin of admins) admin.disconnect();
    await Promise.all(servers.map((server) => server.dispose()));
  };
  try {
    for (let index = 0; index < size; index += 1) {
      const port = await freeClusterPort(servers.map((server) => server.port));
      servers.push(
        await startRedisServer({
          port,
          extraArguments: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf'],
        }),
      );
    }
    for (const server of servers) admins.push(new Redis(server.url));
    const share = Math.ceil(slotCount / size);
    await Promise.all(
      admins.map((admin, index) =>
        admin.call(
          'CLUSTER',
          'ADDSLOTSRANGE',
          String(index * share),
          String(Math.min(slotCount, (index + 1) * share) - 1),
        ),
      ),
    );
    const [first] = admins;
    for (const server of servers.slice(1)) {
      await first?.call('CLUSTER', 'MEET', '127.0.0.1', String(server.port));
    }
    const deadline = Date.now() + 15_000;
    for (const admin of admins) {
      while (!String(await admin.call('CLUSTER', 'INFO')).includes('cluster_state:ok')) {
        if (Date.now() > deadline) throw new Error('The Redis cluster did not form in 15 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return {
      nodes: servers.map((server) => ({ host: '127.0.0.1', port: server.port })),
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
