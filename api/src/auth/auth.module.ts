import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '../connections/connections.module';
import { RateLimitModule } from '../core/rate-limit/rate-limit.module';
import { UsersModule } from '../users/users.module';
import { ApiKey } from './api-key.entity';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AuthCookies } from './auth-cookies';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { NotionOAuthStrategy } from './notion-oauth.strategy';
import { NotionTokenExchange } from './notion-token-exchange';
import { OAuthStateStore } from './oauth-state.store';
import { RateLimitGuard } from './rate-limit.guard';
import { SessionService } from './session.service';

/**
 * Sign-in with Notion, sessions, API keys, and the two global guards every route passes:
 * authentication first, then the rate limit (which needs to know who is calling).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ApiKey]), UsersModule, ConnectionsModule, RateLimitModule],
  controllers: [AuthController, ApiKeysController],
  providers: [
    AuthCookies,
    SessionService,
    ApiKeysService,
    OAuthStateStore,
    NotionTokenExchange,
    NotionOAuthStrategy,
    AuthService,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class AuthModule {}
