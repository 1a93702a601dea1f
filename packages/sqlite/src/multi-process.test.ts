import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSharedFamily, describeSharedStore } from '@tollgate/core/testing';
import { afterAll } from 'vitest';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-mp-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const path = join(directory, 'shared.db');

describeSharedStore('sqlite store', {
  makeStore: () => sqliteStore({ path }),
  connection: { path },
  loadWorker: new URL('./test-support/load-worker.ts', import.meta.url),
  holdWorker: new URL('./test-support/hold-worker.ts', import.meta.url),
  adminWorker: new URL('./test-support/admin-worker.ts', import.meta.url),
});

describeSharedFamily('sqlite store', {
  makeStore: () => sqliteStore({ path }),
  connection: { path },
  familyWorker: new URL('./test-support/family-worker.ts', import.meta.url),
});
