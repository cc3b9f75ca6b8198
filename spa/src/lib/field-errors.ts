import type { ErrorDetail } from '@notionchartkit/shared';
import { ApiRequestError } from './api-client';

/** Problems keyed by the contract's dotted field names (`config.y.0.property`). */
export type FieldErrors = Readonly<Record<string, string>>;

export const NO_FIELD_ERRORS: FieldErrors = {};

export function fieldErrorsFrom(details: readonly ErrorDetail[]): FieldErrors {
  const errors: Record<string, string> = {};
  // The first problem per field is the one to fix first.
  for (const { field, problem } of details) errors[field] ??= problem;
  return errors;
}

/** The field problems an API error carries, or none. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiRequestError ? fieldErrorsFrom(error.details) : NO_FIELD_ERRORS;
}
