export { type DescribeBudgetStoreOptions, describeBudgetStore } from './describe-budget-store.js';
export { type ManualClock, manualClock } from './manual-clock.js';
export { type LoadConfig, type LoadResult, runLoad } from './run-load.js';
export {
  killWorker,
  runWorker,
  startWorker,
  type WorkerFile,
  workerArgs,
} from './worker-process.js';
