import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError, ErrorDetail } from '@notionchartkit/shared';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}

export function apiError(status: number, message: string, details?: ErrorDetail[]): ApiError {
  return {
    statusCode: status,
    error: reasonPhrase(status),
    message,
    ...(details && details.length > 0 ? { details } : {}),
  };
}

/** An error with the contract's shape; throw it from anywhere in a request. */
export class ApiException extends HttpException {
  constructor(
    status: number,
    message: string,
    details?: ErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(apiError(status, message, details), status);
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) =>
  new ApiException(HttpStatus.BAD_REQUEST, message, details);
export const notFound = (what: string) =>
  new ApiException(HttpStatus.NOT_FOUND, `${what} not found`);
export const conflict = (message: string) => new ApiException(HttpStatus.CONFLICT, message);
export const unprocessable = (message: string, details?: ErrorDetail[]) =>
  new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, message, details);
export const serviceUnavailable = (dependency: string) =>
  new ApiException(HttpStatus.SERVICE_UNAVAILABLE, `${dependency} is unavailable`, [
    { field: 'dependency', problem: `${dependency} is not answering` },
  ]);
