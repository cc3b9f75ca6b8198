import type { FastifyRequest } from 'fastify';
import passport from 'passport';

/** How a passport strategy ended on one request. */
export type PassportOutcome<TUser> =
  | { kind: 'success'; user: TUser }
  | { kind: 'fail'; challenge: unknown }
  | { kind: 'redirect'; url: string }
  | { kind: 'error'; error: unknown };

type Middleware = (request: unknown, response: unknown, next: (error?: unknown) => void) => void;
// passport's types allow only string states; passport-oauth2 also takes an object and hands
// it to its state store, which is how the sign-in binds a state to the browser.
type Authenticate = (
  strategy: string,
  options: object,
  callback: (error: unknown, user: unknown, challenge: unknown) => void,
) => Middleware;
const authenticate = passport.authenticate.bind(passport) as Authenticate;

/**
 * Runs a registered passport strategy on a Fastify request and reports how it ended, instead
 * of letting passport answer. Passport writes to Express responses (`res.setHeader`,
 * `res.end`); here its redirect is collected and the controller sends it, so the request
 * goes on through Nest as usual.
 */
export function runStrategy<TUser>(
  strategy: string,
  request: FastifyRequest,
  options: object = {},
): Promise<PassportOutcome<TUser>> {
  return new Promise((resolve) => {
    let location = '';
    const response = {
      statusCode: 302,
      setHeader(name: string, value: string): void {
        if (name.toLowerCase() === 'location') location = value;
      },
      end(): void {
        resolve({ kind: 'redirect', url: location });
      },
    };
    const middleware = authenticate(
      strategy,
      { ...options, session: false },
      (error, user, challenge) => {
        if (error) resolve({ kind: 'error', error });
        else if (user) resolve({ kind: 'success', user: user as TUser });
        else resolve({ kind: 'fail', challenge });
      },
    );
    middleware(request, response, (error) =>
      resolve({
        kind: 'error',
        error: error ?? new Error(`${strategy} passed without a decision`),
      }),
    );
  });
}
