/**
 * A worker for the crash test: holds `count` reservations on the shared budget, prints
 * them as one JSON line, then waits to be killed without ever ending them.
 *
 * Run: node --conditions=@tollgate/source --import tsx hold-worker.ts '<json config>'
 */
import { type HoldConfig, holdReservations } from '@tollgate/core/testing';
import { sqliteStore } from '../sqlite-store.js';

const config = JSON.parse(process.argv[2] ?? '{}') as HoldConfig & { path: string };
const held = await holdReservations(sqliteStore({ path: config.path }), config);
process.stdout.write(`${JSON.stringify(held)}\n`);
// Stay alive, holding, until the test kills this process.
setInterval(() => {}, 60_000);
