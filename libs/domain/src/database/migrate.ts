// `node dist/libs/domain/src/db/migrate.js`: applies pending migrations to DATABASE_URL and exits.
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config';

export async function migrate(databaseUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { poolMax: 1 }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('migrate: DATABASE_URL is not set\n');
    process.exit(2);
  }
  migrate(url).then(
    (names) => {
      process.stdout.write(names.length ? `migrations applied: ${names.join(', ')}\n` : 'migrations: up to date\n');
    },
    (err: unknown) => {
      process.stderr.write(`migrate failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
