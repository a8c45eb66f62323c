// In-process ("medium") tests of the domain: the real DomainModule on a fresh copy of the migrated
// template database and the shared Temporal and Meilisearch of the test stack — no HTTP, no worker.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Module, type INestApplicationContext, type Provider, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { sql } from 'kysely';
import { Db, DomainModule, WorkspacesService } from '@app/domain';
import { createTestDatabase, readStack } from './stack';

function mediumModule(providers: Provider[]) {
  @Module({ imports: [DomainModule], providers })
  class MediumModule {}
  return MediumModule;
}

export interface MediumOptions {
  /** Environment on top of the stack's (the file's own process). */
  env?: Record<string, string>;
  /** What the apps add to the DomainModule and the test needs (OutboxRelay, SearchSyncService…). Not started. */
  providers?: Provider[];
}

export interface Medium {
  app: INestApplicationContext;
  get<T>(type: Type<T> | symbol): T;
  db: Db;
  /** A raw statement against the test database (for checks the domain has no reader for). */
  query<T = Record<string, unknown>>(text: string): Promise<T[]>;
  /** A new workspace of its own: tests never share data. */
  workspace(name?: string): Promise<{ id: string; apiToken: string }>;
  close(): Promise<void>;
}

/** One per test file (node --test runs each file in its own process, so the environment is the file's). */
export async function medium({ env = {}, providers = [] }: MediumOptions = {}): Promise<Medium> {
  const stack = readStack();
  const database = await createTestDatabase();
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    MEILI_INDEX: `medium_${randomBytes(4).toString('hex')}`,
    REVIEW_DELAY: '1h',
    ...env,
  });
  const app = await NestFactory.createApplicationContext(mediumModule(providers), {
    logger: process.env.TEST_VERBOSE === '1' ? undefined : ['error'],
  });
  const db = app.get(Db);
  let n = 0;
  return {
    app,
    get: <T>(type: Type<T> | symbol) => app.get<T>(type),
    db,
    query: async <T>(text: string) => (await sql.raw<T>(text).execute(db.kysely)).rows,
    workspace: async (name = `ws-${++n}`) => {
      const created = await app.get(WorkspacesService).create(`${name}-${randomBytes(3).toString('hex')}`, null);
      return { id: created.workspace.id, apiToken: created.apiToken };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
