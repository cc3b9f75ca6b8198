export type Dependency = 'PostgreSQL' | 'Redis';

/** A dependency did not answer; the message names it and where we looked. */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: Dependency,
    readonly where: string,
    cause: unknown,
  ) {
    // Errors from pg and ioredis may come from another realm (Jest), so no instanceof Error.
    const reason =
      cause !== null && typeof cause === 'object' && 'message' in cause
        ? String(cause.message)
        : String(cause);
    super(`${dependency} is not reachable at ${where}: ${reason.replace(/\.+$/, '')}`);
    this.name = 'DependencyUnavailableError';
  }
}

/** The URL with any password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
