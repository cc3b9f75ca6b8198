import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorDetail } from '@notionchartkit/shared';
import { badRequest } from './api-error';

/** Far deeper than any request of the API; deeper bodies would only exhaust the stack. */
const MAX_BODY_DEPTH = 64;

/**
 * The first thing in a parsed JSON body no handler could take: nesting deeper than
 * `MAX_BODY_DEPTH` (validation recurses per level) or a NUL character in a string
 * (PostgreSQL text cannot hold one). Walks iteratively, so no body can overflow the stack.
 */
export function bodyProblem(body: unknown): ErrorDetail | null {
  const pending: { value: unknown; field: string; depth: number }[] = [
    { value: body, field: 'body', depth: 0 },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, field, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { field, problem: 'must not contain NUL characters' };
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_BODY_DEPTH) {
        return { field: 'body', problem: `is nested more than ${MAX_BODY_DEPTH} levels deep` };
      }
      for (const [key, child] of Object.entries(value)) {
        const name = field === 'body' ? key : `${field}.${key}`;
        if (key.includes('\u0000'))
          return { field: name, problem: 'must not contain NUL characters' };
        pending.push({ value: child, field: name, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** Refuses such bodies with `400` before any route sees them. */
export function registerBodyGuard(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', (request, _reply, done) => {
      const problem = bodyProblem(request.body);
      done(problem ? badRequest(`${problem.field} ${problem.problem}`, [problem]) : undefined);
    });
}
