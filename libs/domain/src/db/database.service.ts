import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';

type Row = Record<string, unknown>;

/** Raw SQL on MikroORM's connection, for the hot paths where one statement beats a unit of work. */
export interface Sql {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  one<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  run(sql: string, params?: unknown[]): Promise<number>;
}

/**
 * A PostgreSQL array literal ('{"a","b"}'). MikroORM inlines parameters and would expand a JS array
 * into a comma list ('a', 'b'), which breaks `any(?::uuid[])` / `unnest(?::int[])`; as one literal
 * string it is quoted safely and cast by the `::type[]` next to the placeholder.
 */
export function pgArrayLiteral(values: readonly unknown[]): string {
  const item = (v: unknown) =>
    v === null || v === undefined
      ? 'NULL'
      : `"${String(v instanceof Date ? v.toISOString() : v)
          .replace(/\\/g, '\\\\')
          .replace(/"/g, '\\"')}"`;
  return `{${values.map(item).join(',')}}`;
}

const bind = (params: unknown[]) => params.map((p) => (Array.isArray(p) ? pgArrayLiteral(p) : p));

function sqlOn(em: EntityManager): Sql {
  const ctx = () => em.getTransactionContext();
  return {
    query: <T>(sql: string, params: unknown[] = []) => em.getConnection().execute<T[]>(sql, bind(params), 'all', ctx()),
    one: async <T>(sql: string, params: unknown[] = []) => (await em.getConnection().execute<T[]>(sql, bind(params), 'all', ctx()))[0],
    run: async (sql: string, params: unknown[] = []) =>
      (await em.getConnection().execute<{ affectedRows: number }>(sql, bind(params), 'run', ctx())).affectedRows,
  };
}

@Injectable()
export class Database implements Sql {
  private readonly sql: Sql;

  constructor(readonly orm: MikroORM) {
    this.sql = sqlOn(orm.em);
  }

  /** A fresh EntityManager, for code that runs outside a request (activities, background loops). */
  fork(): EntityManager {
    return this.orm.em.fork();
  }

  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.sql.query<T>(sql, params);
  }

  one<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined> {
    return this.sql.one<T>(sql, params);
  }

  run(sql: string, params?: unknown[]): Promise<number> {
    return this.sql.run(sql, params);
  }

  transaction<T>(fn: (tx: Sql, em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional((em) => fn(sqlOn(em), em));
  }
}
