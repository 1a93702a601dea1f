import * as ai7 from 'ai';
import { budgetMiddleware, withBudget } from '../index.js';
import type { budgetFor } from './providers.js';

/** Meters a model for `ai` 7 on `budget`. */
export type Meter = (model: unknown, budget: ReturnType<typeof budgetFor>) => unknown;

/** The two ways to meter a model on `ai` 7: `withBudget`, and `budgetMiddleware` closest to it. */
export const AI7_METERS: [string, Meter][] = [
  ['withBudget', (model, budget) => withBudget(model as never, { budget })],
  [
    'budgetMiddleware',
    (model, budget) =>
      ai7.wrapLanguageModel({ model: model as never, middleware: budgetMiddleware({ budget }) }),
  ],
];
