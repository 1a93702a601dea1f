// Prints the closing line CI reads, "N passed, N failed", from one or more Vitest JSON reports
// (Node 20 and Node 24 runs); a missing report counts as a failure, and so does each
// `--failed-step <name>` (a CI step that exited non-zero, say coverage under its threshold
// with every test passing), named on a line of its own.
import { readFileSync } from 'node:fs';

const paths = [];
const failedSteps = [];
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index += 1) {
  if (args[index] === '--failed-step') failedSteps.push(args[++index] ?? 'a step');
  else paths.push(args[index]);
}
if (paths.length === 0) paths.push('reports/vitest.json');
let passed = 0;
let failed = failedSteps.length;
let skipped = 0;
for (const step of failedSteps) console.log(`failed step: ${step}`);
for (const path of paths) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`No readable test report at ${path}: ${error.message}`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
// Skipped tests (a condition of theirs unmet: a newer Node, a tool not installed) are counted
// on a line of their own: the last line stays exactly "N passed, N failed".
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
