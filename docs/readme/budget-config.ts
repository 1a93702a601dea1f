import { loadBudgets, parseBudgetConfig } from '@tollgate/core';

// In an application: readFileSync('budgets.yaml', 'utf8'). JSON files are read the same way.
const text = `
budgets:
  - id: acme
    limitUsd: "50"
    window: month
    children:
      - id: acme/support   # no window: follows acme's month
        limitUsd: "10"
        families:
          users: { limitUsd: "0.5", window: day }
`;
const config = parseBudgetConfig(text, { source: 'budgets.yaml' }); // errors name file:line:column
const { budgets, families } = await loadBudgets(config); // pass { store } to share it
const bob = await families.get('users')?.for('bob'); // acme/support/users:bob
console.log([...budgets.keys()], bob?.id);
