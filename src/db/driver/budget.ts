/** What a statement budget (src/db/transaction.ts) means to a read about to start. */
import type { StatementBudget } from '../transaction';

/** A read of an operation that has already been answered OPERATION_TIMEOUT: it is not started. */
export class BudgetSpentError extends Error {
  constructor() {
    super('the operation ran past its time limit (QUERY_TIMEOUT_SECONDS): this read was not started');
    this.name = 'BudgetSpentError';
  }
}

export function spent(budget: StatementBudget | null): boolean {
  return budget !== null && Date.now() >= budget.deadline;
}

/** Empties the driver's row array once `read` has taken what it needs (src/db/read-rows.ts says why). */
export function readAll<Raw, R>(rows: Raw[], read: (rows: Raw[]) => R): R {
  try {
    return read(rows);
  } finally {
    rows.length = 0;
  }
}
