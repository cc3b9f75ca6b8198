import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { apiError } from './api-error';

/** Fastify's router limit on one path segment it binds to a parameter. */
const MAX_PARAM_LENGTH = 100;

/**
 * Fastify answers a few malformed URLs itself, before any route (and so any Nest filter)
 * runs: a bad percent-encoding, a parameter past the router's length limit. They get the
 * contract's error shape too, as the malformed-id `400` they are.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? `has a segment longer than ${MAX_PARAM_LENGTH} characters`
      : 'is not a valid URL';
  void reply
    .code(400)
    .header('content-type', 'application/json; charset=utf-8')
    .send(apiError(400, `path ${problem}`, [{ field: 'path', problem }]));
}
