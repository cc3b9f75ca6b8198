import { Param, ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from './api-error';

/**
 * A UUID path parameter. A malformed id answers 400 naming the parameter, before any lookup
 * (so it can never be told apart from someone else's id by timing or status).
 */
export const IdParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        badRequest(`${name} must be a UUID`, [{ field: name, problem: 'must be a UUID' }]),
    }),
  );
