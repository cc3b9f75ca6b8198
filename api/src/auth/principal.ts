import type { User } from '../users/user.entity';

/** Who is calling an authenticated route, and with what. */
export type Principal =
  | { via: 'session'; user: User; sessionId: string }
  | { via: 'api-key'; user: User; apiKeyId: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication guard on every authenticated route. */
    principal?: Principal;
  }
}
