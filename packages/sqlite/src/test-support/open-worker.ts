/**
 * A worker for the file-permission test: opens a store on the given file, reserves once and
 * prints what happened as one JSON line (`{ ok: true }` or the error's name, code, message).
 * The test runs it as an unprivileged user, so a read-only file stays read-only.
 *
 * Run: node --conditions=@tollgate/source --import tsx open-worker.ts <path>
 */
import { codeOf, createBudget } from '@tollgate/core';
import { sqliteStore } from '../sqlite-store.js';

try {
  const store = sqliteStore({ path: process.argv[2] ?? '' });
  await createBudget({ id: 'read-only', limitUsd: '1', store }).reserve('0.1');
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (error) {
  const { name, message } = error as Error;
  process.stdout.write(`${JSON.stringify({ name, code: codeOf(error), message })}\n`);
}
