import { describeBudgetStore } from './testing/index.js';
import { memoryStore } from './memory-store.js';

describeBudgetStore('memory', () => memoryStore());
