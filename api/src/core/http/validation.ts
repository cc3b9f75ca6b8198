import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from '@notionchartkit/shared';
import { badRequest } from './api-error';

/** Flattens class-validator's tree into one detail per problem, fields named with dots. */
export function validationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      problem:
        rule === 'whitelistValidation'
          ? 'is not a known field'
          : problemOf(message, error.property),
    }));
    return [...own, ...validationDetails(error.children ?? [], field)];
  });
}

/** class-validator messages start with the property name; the detail names the field already. */
function problemOf(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

/**
 * The global pipe: transforms to DTO classes, rejects unknown fields at any depth and
 * answers 400 in the contract's shape.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = validationDetails(errors);
      const first = details[0];
      return badRequest(first ? `${first.field} ${first.problem}` : 'Invalid request', details);
    },
  });
}
