import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSharedFamily } from '@tollgate/core/testing';
import { afterAll } from 'vitest';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-family-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const path = join(directory, 'family.db');

describeSharedFamily('sqlite store', {
  makeStore: () => sqliteStore({ path }),
  connection: { path },
  familyWorker: new URL('./test-support/family-worker.ts', import.meta.url),
});
