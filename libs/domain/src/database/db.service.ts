import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { CompiledQuery, Kysely, Transaction } from 'kysely';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { DB } from './schema';
import { runPrepared } from './prepared-statements';
import { StatementCounter } from './statement-counter';

/**
 * Typed SQL through MikroORM's Kysely integration: `kysely` for single statements on the pool,
 * `transaction` for several in one unit. MikroORM's EntityManager stays available (`orm.em`) where a
 * unit of work fits.
 */
@Injectable()
export class Db {
  private readonly counting: boolean;

  constructor(
    readonly orm: MikroORM,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.counting = config.debugSqlCount;
  }

  get kysely(): Kysely<DB> {
    const k = this.orm.em.getKysely<DB>();
    return this.counting ? k.withPlugin(new StatementCounter()) : k;
  }

  /** A lookup by key, planned once per connection: see prepared-statements.ts for which statements qualify. */
  prepared<R>(compiled: CompiledQuery<R>): Promise<R[]> {
    return runPrepared(this.kysely as Kysely<unknown>, compiled);
  }

  transaction<T>(fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.kysely.transaction().execute(fn);
  }
}
