import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBudgetStore } from '@tollgate/core/testing';
import { afterAll } from 'vitest';
import { sqliteStore } from './sqlite-store.js';

const directory = mkdtempSync(join(tmpdir(), 'tollgate-sqlite-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// One file shared by every store the suite opens, as processes on a host would share it.
describeBudgetStore('sqlite', () => sqliteStore({ path: join(directory, 'budgets.db') }));
