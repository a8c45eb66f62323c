import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database, Sql } from '@app/domain/db/database.service';

/**
 * The request's view of the database: every statement goes through it, so a request can tell how many
 * it ran (the N+1 guard test reads this through the `x-debug-sql-count` header outside production).
 */
export class CountingSql implements Sql {
  statements = 0;

  constructor(private readonly db: Database) {}

  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    this.statements++;
    return this.db.query<T>(sql, params);
  }

  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined> {
    this.statements++;
    return this.db.one<T>(sql, params);
  }

  run(sql: string, params?: unknown[]): Promise<number> {
    this.statements++;
    return this.db.run(sql, params);
  }

  transaction<T>(fn: (tx: Sql, em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction((tx, em) => fn(this.counted(tx), em));
  }

  private counted(tx: Sql): Sql {
    return {
      query: (sql, params) => (this.statements++, tx.query(sql, params)),
      one: (sql, params) => (this.statements++, tx.one(sql, params)),
      run: (sql, params) => (this.statements++, tx.run(sql, params)),
    };
  }
}
