import { createHmac } from 'node:crypto';

/** `X-Notion-Signature`: HMAC-SHA256 of the raw body, keyed by the verification token. */
export function signBody(body: string, verificationToken: string): string {
  return `sha256=${createHmac('sha256', verificationToken).update(body).digest('hex')}`;
}
