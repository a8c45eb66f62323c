import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { types as pgTypes } from 'pg';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PreparingClient } from './prepared-statements';

export function ormConfig(databaseUrl: string, options: { poolMax?: number; debug?: boolean } = {}) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: [...ENTITIES],
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.debug ?? false,
    // pg's own parsers (timestamptz → Date, json → objects) for the Kysely queries, whose types say so;
    // MikroORM would otherwise hand timestamps over as strings.
    // PreparingClient: the statements marked prepared are planned once per connection (prepared-statements.ts).
    driverOptions: { types: pgTypes, Client: PreparingClient },
    // Migrations are listed, not discovered from disk, so the same list works from dist and from sources;
    // they are written by hand (no schema snapshot files).
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, snapshotOnMigrate: false },
  });
}
