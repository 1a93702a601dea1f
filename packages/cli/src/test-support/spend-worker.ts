// Runs `spend()` in its own process: the "other process" a watch test sees spending.
// Usage: spend-worker.ts '<SpendSpec as JSON>'
import { type SpendSpec, spend } from './spend.js';

const spec = JSON.parse(process.argv[2] ?? '{}') as SpendSpec;
await spend(spec);
process.stdout.write('spent\n');
