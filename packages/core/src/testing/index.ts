export {
  type OptionMisuse,
  optionMisuses,
  overrideMisuses,
  rebindMisuses,
} from './adapter-option-misuses.js';
export { ledgerSpend } from './administration-tests.js';
export { chainLink } from './chain-link.js';
export { type ChargingObserver, chargingObserver } from './charging-observer.js';
export {
  checkEndings,
  type EndingsFindings,
  recordEndings,
  waitForEndings,
} from './check-endings.js';
export { collectGarbage } from './collect-garbage.js';
export {
  type AdapterClient,
  type DescribeAdapterOptionsConfig,
  describeAdapterOptions,
  type FailingCall,
} from './describe-adapter-options.js';
export { type DescribeBudgetStoreOptions, describeBudgetStore } from './describe-budget-store.js';
export { ADAPTER_CORE_VALUES, describeCoreReexports } from './describe-core-reexports.js';
export {
  type DescribeSharedFamilyOptions,
  describeSharedFamily,
} from './describe-shared-family.js';
export { type DescribeSharedStoreOptions, describeSharedStore } from './describe-shared-store.js';
export { failureOf } from './failure-of.js';
export { type FlakyStore, flakyStore } from './flaky-store.js';
export { type HoldConfig, holdReservations } from './hold-reservations.js';
export { type ManualClock, manualClock } from './manual-clock.js';
export {
  type OutlastedCall,
  type OutlastTimeoutOptions,
  outlastTimeout,
} from './outlast-timeout.js';
export {
  type FamilyRaceConfig,
  type FamilyRaceResult,
  raceFamily,
  raceFamilyOf,
} from './race-family.js';
export {
  type AdministrationConfig,
  type AdministrationResult,
  runAdministration,
} from './run-administration.js';
export { type LoadConfig, type LoadResult, runLoad } from './run-load.js';
export { benchLink, lanesRate, storePairRate } from './store-pair-rate.js';
export {
  killWorker,
  runWorker,
  startWorker,
  type WorkerFile,
  workerArgs,
} from './worker-process.js';
