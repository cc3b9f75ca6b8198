import { Transform } from 'class-transformer';
import {
  IsBase64,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const URL_OPTIONS = { require_tld: false, require_protocol: true };

const PUBLIC_LIMIT_RANGE =
  'RATE_LIMIT_PUBLIC_PER_MINUTE must be a whole number from 1 to 100000000';

/**
 * The environment variables of the contract (plus a few operational extras), as read from
 * `process.env`. Validated once at boot; `loadConfig` maps it into `AppConfig`.
 */
export class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number from 1 to 65535' })
  @Min(1, { message: 'PORT must be a whole number from 1 to 65535' })
  @Max(65535, { message: 'PORT must be a whole number from 1 to 65535' })
  PORT?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9.:-]{1,253}$/, {
    message: 'HOST must be an IP address or host name to listen on (e.g. 0.0.0.0 or 127.0.0.1)',
  })
  HOST?: string;

  @IsOptional()
  @IsUrl(
    { ...URL_OPTIONS, protocols: ['http', 'https'] },
    { message: 'APP_URL must be an http(s) URL' },
  )
  APP_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// connection string',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// connection string' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, {
    message: 'REDIS_PREFIX must be 1-64 letters, digits, dots, dashes or underscores',
  })
  REDIS_PREFIX?: string;

  @IsOptional()
  @IsUrl(
    { ...URL_OPTIONS, protocols: ['http', 'https'] },
    { message: 'NOTION_API_BASE_URL must be an http(s) URL without /v1' },
  )
  NOTION_API_BASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'NOTION_CLIENT_ID must not be empty when set' })
  NOTION_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  NOTION_CLIENT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @IsOptional()
  @IsBase64({}, { message: 'ENCRYPTION_KEY must be 32 bytes, base64-encoded' })
  ENCRYPTION_KEY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/=]+(,[A-Za-z0-9+/=]+)*$/, {
    message: 'ENCRYPTION_KEYS_PREVIOUS must be comma-separated base64 keys of 32 bytes',
  })
  ENCRYPTION_KEYS_PREVIOUS?: string;

  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'NOTION_WEBHOOK_SECRET must not be empty when set' })
  NOTION_WEBHOOK_SECRET?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV must be development, production or test',
  })
  NODE_ENV?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'TRUST_PROXY must be the number of proxy hops in front of the API (0-10)' })
  @Min(0, { message: 'TRUST_PROXY must be the number of proxy hops in front of the API (0-10)' })
  @Max(10, { message: 'TRUST_PROXY must be the number of proxy hops in front of the API (0-10)' })
  TRUST_PROXY?: number;

  @IsOptional()
  @IsString()
  @MaxLength(4096)
  SPA_DIST_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SYNC_ATTEMPTS must be a whole number from 1 to 20' })
  @Min(1, { message: 'SYNC_ATTEMPTS must be a whole number from 1 to 20' })
  @Max(20, { message: 'SYNC_ATTEMPTS must be a whole number from 1 to 20' })
  SYNC_ATTEMPTS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SYNC_RETRY_DELAY_MS must be a whole number of milliseconds (0-3600000)' })
  @Min(0, { message: 'SYNC_RETRY_DELAY_MS must be a whole number of milliseconds (0-3600000)' })
  @Max(3_600_000, {
    message: 'SYNC_RETRY_DELAY_MS must be a whole number of milliseconds (0-3600000)',
  })
  SYNC_RETRY_DELAY_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SYNC_MIN_INTERVAL_MS must be a whole number of milliseconds (0-3600000)' })
  @Min(0, { message: 'SYNC_MIN_INTERVAL_MS must be a whole number of milliseconds (0-3600000)' })
  @Max(3_600_000, {
    message: 'SYNC_MIN_INTERVAL_MS must be a whole number of milliseconds (0-3600000)',
  })
  SYNC_MIN_INTERVAL_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SYNC_SHUTDOWN_GRACE_MS must be a whole number of milliseconds (0-60000)' })
  @Min(0, { message: 'SYNC_SHUTDOWN_GRACE_MS must be a whole number of milliseconds (0-60000)' })
  @Max(60_000, {
    message: 'SYNC_SHUTDOWN_GRACE_MS must be a whole number of milliseconds (0-60000)',
  })
  SYNC_SHUTDOWN_GRACE_MS?: number;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'METRICS_PORT must be a whole number from 1 to 65535' })
  @Min(1, { message: 'METRICS_PORT must be a whole number from 1 to 65535' })
  @Max(65535, { message: 'METRICS_PORT must be a whole number from 1 to 65535' })
  METRICS_PORT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_USER_PER_MINUTE must be a whole number from 1 to 1000000' })
  @Min(1, { message: 'RATE_LIMIT_USER_PER_MINUTE must be a whole number from 1 to 1000000' })
  @Max(1_000_000, {
    message: 'RATE_LIMIT_USER_PER_MINUTE must be a whole number from 1 to 1000000',
  })
  RATE_LIMIT_USER_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_IP_PER_MINUTE must be a whole number from 1 to 1000000' })
  @Min(1, { message: 'RATE_LIMIT_IP_PER_MINUTE must be a whole number from 1 to 1000000' })
  @Max(1_000_000, { message: 'RATE_LIMIT_IP_PER_MINUTE must be a whole number from 1 to 1000000' })
  RATE_LIMIT_IP_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: PUBLIC_LIMIT_RANGE })
  @Min(1, { message: PUBLIC_LIMIT_RANGE })
  // Up to 100 million: a load test from one address must be able to switch the limit off.
  @Max(100_000_000, { message: PUBLIC_LIMIT_RANGE })
  RATE_LIMIT_PUBLIC_PER_MINUTE?: number;
}
