/**
 * A worker process for the family race: opens the shared file, asks for the same family
 * members as the other workers at the same moment, and prints their ids as one JSON line.
 *
 * Run: node --conditions=@tollgate/source --import tsx family-worker.ts '<json config>'
 */
import { type FamilyRaceConfig, raceFamily } from '@tollgate/core/testing';
import { sqliteStore } from '../sqlite-store.js';

const config = JSON.parse(process.argv[2] ?? '{}') as FamilyRaceConfig & { path: string };
const store = sqliteStore({ path: config.path });
const result = await raceFamily(store, config);
await store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
