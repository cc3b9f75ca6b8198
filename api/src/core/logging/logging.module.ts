import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { REDACTED_LOG_PATHS } from './redaction';
import { requestIdFor } from './request-id';

/** pino-http takes an `[options, stream]` pair to write somewhere other than stdout. */
function withDestination(
  config: AppConfig,
  options: Options,
): Options | [Options, DestinationStream] {
  const { destination } = config.log;
  return destination ? [options, destination] : options;
}

/** Structured JSON logs (pino); every line logged during a request carries its id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        // The public chart data is the hot path: a log line per hit would cost it a large
        // share of its throughput. Its traffic shows in the metrics, its errors still log.
        exclude: [{ path: 'api/public/charts/:publicKey', method: RequestMethod.GET }],
        pinoHttp: withDestination(config, {
          level: config.log.level,
          genReqId: requestIdFor,
          redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
          customLogLevel: (_req, res, err) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              // Query strings can carry OAuth codes and states.
              url: req.url.split('?')[0],
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req) => req.url === '/health' },
          quietReqLogger: true,
        }),
      }),
    }),
  ],
})
export class LoggingModule {}
