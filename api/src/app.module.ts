import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { ChartsModule } from './charts/charts.module';
import { ConnectionsModule } from './connections/connections.module';
import { type AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { HealthModule } from './core/health/health.module';
import { MetricsHttpModule } from './core/metrics/metrics-http.module';
import { DatasetsModule } from './datasets/datasets.module';
import { PublicModule } from './public/public.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/** Root module of the HTTP process. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        HealthModule,
        MetricsHttpModule,
        AuthModule,
        ConnectionsModule,
        DatasetsModule,
        ChartsModule,
        PublicModule,
        WebhooksModule,
      ],
    };
  }
}
