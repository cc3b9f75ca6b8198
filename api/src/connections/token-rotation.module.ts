import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig } from '../core/config/app-config';
import { ConfigModule } from '../core/config/config.module';
import { CryptoModule } from '../core/crypto/crypto.module';
import { DatabaseModule } from '../core/database/database.module';
import { User } from '../users/user.entity';
import { Connection } from './connection.entity';
import { TokenRotationService } from './token-rotation.service';

/** Just what re-sealing tokens needs: configuration, the cipher and PostgreSQL. */
@Module({})
export class TokenRotationModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TokenRotationModule,
      imports: [
        ConfigModule.forRoot(config),
        CryptoModule,
        DatabaseModule,
        TypeOrmModule.forFeature([Connection, User]),
      ],
      providers: [TokenRotationService],
    };
  }
}
