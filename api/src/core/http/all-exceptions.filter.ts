import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { ApiError } from '@notionchartkit/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiError, ApiException } from './api-error';
import { type SpaFallback } from './spa-fallback';

/** Fastify rejects bodies before a route runs; Nest hands them on as plain HttpExceptions. */
const BODY_PROBLEMS: [RegExp, string][] = [
  [/not valid JSON/i, 'is not valid JSON'],
  [/cannot be empty/i, 'is empty'],
];

function fromHttpException(exception: HttpException): ApiError {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (exception instanceof ApiException) return body as ApiError;
  if (status === 404) return apiError(404, 'Not found');
  if (status === 413) return apiError(413, 'Request body is larger than 1 MB');
  const message =
    typeof body === 'string'
      ? body
      : typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : exception.message;
  const bodyProblem =
    status === 400 ? BODY_PROBLEMS.find(([pattern]) => pattern.test(message)) : undefined;
  if (bodyProblem)
    return apiError(400, `Request body ${bodyProblem[1]}`, [
      { field: 'body', problem: bodyProblem[1] },
    ]);
  return apiError(status, message);
}

/** The contract's error body for anything thrown while handling a request. */
export function toApiError(exception: unknown): ApiError {
  if (exception instanceof HttpException) return fromHttpException(exception);
  return apiError(500, 'Internal server error');
}

/**
 * Every error leaves in the contract's shape. Unknown errors are logged and answer a bare
 * 500: no stack traces, SQL or tokens in responses.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly spa: SpaFallback | null) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();

    const body = toApiError(exception);

    if (body.statusCode === 404 && this.spa && (await this.spa.serve(request, reply))) return;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, path: request.url.split('?')[0] }, 'Request failed');
    }
    if (exception instanceof ApiException) {
      for (const [name, value] of Object.entries(exception.headers)) void reply.header(name, value);
    }
    if (reply.sent) return;
    await reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }
}
