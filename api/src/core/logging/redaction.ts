/**
 * Log paths whose values are secrets. pino's `*` matches one level, so the common token
 * field names are listed at the depths where our log calls put them.
 */
const SECRET_FIELDS = [
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'password',
  'secret',
  'clientSecret',
  'client_secret',
  'authorization',
  'cookie',
  'apiKey',
  'key',
  'code',
];

export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];
