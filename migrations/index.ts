/** The migrations, oldest first. TypeORM runs them in this order. */
export const migrations: Function[] = [];
