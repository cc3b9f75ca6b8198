import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';

interface Key {
  id: string;
  key: Buffer;
}

/** A short, stable, non-secret id of a key: which key sealed a token. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export class TokenDecryptionError extends Error {
  constructor(reason: string) {
    super(`Stored token cannot be decrypted: ${reason}`);
    this.name = 'TokenDecryptionError';
  }
}

/**
 * Seals Notion tokens at rest with AES-256-GCM. The sealed string names its key id, so old
 * keys keep working during a rotation, and the associated data binds it to its owner and
 * connection: a token copied to another row does not decrypt.
 * Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
@Injectable()
export class TokenCipher {
  private readonly current: Key;
  private readonly byId: Map<string, Key>;

  constructor(config: AppConfig) {
    const keys = [config.secrets.encryptionKey, ...config.secrets.previousEncryptionKeys].map(
      (key) => ({
        id: keyIdOf(key),
        key,
      }),
    );
    this.current = keys[0];
    this.byId = new Map(keys.map((entry) => [entry.id, entry]));
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  seal(plaintext: string, associatedData: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.current.key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.current.id, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(sealed: string, associatedData: string): string {
    const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined) {
      throw new TokenDecryptionError('unknown format');
    }
    const entry = this.byId.get(keyId);
    if (!entry) throw new TokenDecryptionError(`key ${keyId} is not configured`);
    try {
      const decipher = createDecipheriv(ALGORITHM, entry.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new TokenDecryptionError('authentication failed (wrong key or associated data)');
    }
  }

  /** True when the token was sealed with an older key and should be re-sealed. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.current.id;
  }
}
