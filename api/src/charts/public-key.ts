import { randomBytes } from 'node:crypto';

/** 144 random bits as 24 URL-safe characters: the contract asks for at least 128. */
export const newPublicKey = (): string => randomBytes(18).toString('base64url');

/** What a key we issued looks like; anything else is unknown without a lookup. */
export const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
