/**
 * A worker for the administration tests: changes the shared root budget over and over
 * (limits, top-ups, credits, resets, a few calls of its own). With `changes: 0` it prints
 * one line after its twentieth change and goes on until killed; otherwise it prints its
 * `AdministrationResult` as one JSON line when done.
 *
 * Run: node --conditions=@tollgate/source --import tsx admin-worker.ts '<json config>'
 */
import { createBudget } from '@tollgate/core';
import { type AdministrationConfig, runAdministration } from '@tollgate/core/testing';
import { sqliteStore } from '../sqlite-store.js';

const config = JSON.parse(process.argv[2] ?? '{}') as AdministrationConfig & { path: string };
const store = sqliteStore({ path: config.path });
const root = createBudget({ id: config.rootId, limitUsd: config.rootLimitUsd, store });
const result = await runAdministration(root, config, (count) => {
  if (config.changes === 0 && count === 20) process.stdout.write('changing\n');
});
await store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
