/**
 * A worker process for the family race: connects to the shared Redis, asks for the same
 * family members as the other workers at the same moment, and prints their ids as one
 * JSON line.
 *
 * Run: node --conditions=@tollgate/source --import tsx family-worker.ts '<json config>'
 */
import { type FamilyRaceConfig, raceFamily } from '@tollgate/core/testing';
import { redisStore } from '../redis-store.js';

const config = JSON.parse(process.argv[2] ?? '{}') as FamilyRaceConfig & { url: string };
const store = redisStore({ url: config.url });
const result = await raceFamily(store, config);
await store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
