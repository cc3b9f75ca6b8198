import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { runMigrationsLocked } from './run-migrations';

/**
 * PostgreSQL through TypeORM. Migrations run at start; `synchronize` is never on. Entities
 * register themselves with `TypeOrmModule.forFeature` in their domain module.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.database.url,
        autoLoadEntities: true,
        synchronize: false,
        migrations: MIGRATIONS,
        // Run below, under a lock: processes starting together must not migrate at once.
        migrationsRun: false,
        // Fail fast at boot: the start script names PostgreSQL when it is unreachable.
        retryAttempts: 0,
        connectTimeoutMS: 5000,
        extra: { max: 10, application_name: 'notionchartkit' },
      }),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('TypeORM options are missing');
        const dataSource = await new DataSource(options).initialize();
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
