import { memoryStore } from './memory-store.js';
import { describeBudgetStore } from './testing/index.js';

describeBudgetStore('memory', () => memoryStore());
