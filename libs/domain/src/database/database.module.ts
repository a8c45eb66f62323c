import { Global, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ormConfig } from './mikro-orm.config';
import { Db } from './db.service';

@Global()
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      driver: PostgreSqlDriver,
      useFactory: (config: AppConfig) => ({ ...ormConfig(config.databaseUrl), registerRequestContext: false, allowGlobalContext: true }),
    }),
  ],
  providers: [Db],
  exports: [Db],
})
export class DatabaseModule {}
