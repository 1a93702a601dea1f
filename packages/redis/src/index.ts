export {
  type RedisConnection,
  type RedisStoreOptions,
  type RedisStoreSettings,
  redisStore,
} from './redis-store.js';
