import type { SignInErrorCode } from '@notionchartkit/shared';

/** A sign-in that cannot complete; the browser lands on the SPA with `code`. */
export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Sign-in failed: ${code}`, options);
    this.name = 'SignInError';
  }
}
