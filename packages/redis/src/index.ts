export { type RedisConnection, type RedisStoreOptions, redisStore } from './redis-store.js';
