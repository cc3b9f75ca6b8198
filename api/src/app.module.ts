import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig } from './core/config/app-config';
import { CoreModule } from './core/core.module';
import { HealthModule } from './core/health/health.module';

/** Root module of the HTTP process. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [CoreModule.forRoot(config), HealthModule] };
  }
}
