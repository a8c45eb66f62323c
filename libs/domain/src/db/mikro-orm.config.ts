import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { Migration20261123000000_initial } from './migrations/Migration20261123000000_initial';
import { Migration20261123010000_index_visible_only } from './migrations/Migration20261123010000_index_visible_only';

export function ormConfig(databaseUrl: string, options: { poolMax?: number; debug?: boolean } = {}) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.debug ?? false,
    // migrations are listed here, not discovered from disk, so the same list works from dist and from sources
    migrations: {
      migrationsList: [
        { name: 'Migration20261123000000_initial', class: Migration20261123000000_initial },
        { name: 'Migration20261123010000_index_visible_only', class: Migration20261123010000_index_visible_only },
      ],
      transactional: true,
      allOrNothing: true,
      // migrations are written by hand: no schema snapshot files in the working directory
      snapshot: false,
      snapshotOnMigrate: false,
    },
  });
}
