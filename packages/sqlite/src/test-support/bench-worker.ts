/**
 * A bench worker: waits for every worker to be ready (a start time in the future), then
 * runs `count` reserve+settle pairs (mode `pairs`) or trivial write transactions (mode
 * `raw`) on the shared file and prints its start and end times as one JSON line.
 *
 * Pairs run `inFlight` at a time (default 1: one after the other).
 *
 * Run: node --conditions=@tollgate/source --import tsx bench-worker.ts <mode> <path> <budgetId> <count> <startAt> [inFlight]
 */
import { rawWriteRate, sqlitePairRate } from './bench-support.js';

const [
  mode = 'pairs',
  path = '',
  budgetId = 'bench',
  countText = '1000',
  startAtText = '0',
  inFlightText = '1',
] = process.argv.slice(2);
const count = Number(countText);
const inFlight = Number(inFlightText);
// Warm up the code paths before the common start, so start-up cost is not measured.
if (mode === 'raw') rawWriteRate(path, 200);
else await sqlitePairRate(path, budgetId, 100, inFlight);
const wait = Number(startAtText) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const startedAt = Date.now();
if (mode === 'raw') rawWriteRate(path, count);
else await sqlitePairRate(path, budgetId, count, inFlight);
process.stdout.write(`${JSON.stringify({ startedAt, endedAt: Date.now(), count })}\n`);
