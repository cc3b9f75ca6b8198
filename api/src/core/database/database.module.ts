import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

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
        migrationsRun: true,
        migrationsTransactionMode: 'each' as const,
        // Fail fast at boot: the start script names PostgreSQL when it is unreachable.
        retryAttempts: 0,
        connectTimeoutMS: 5000,
        extra: { max: 10, application_name: 'notionchartkit' },
      }),
    }),
  ],
})
export class DatabaseModule {}
