import { type AppConfig } from '../config/app-config';
import { keyIdOf, TokenCipher, TokenDecryptionError } from './token-cipher';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);

function cipherWith(current: Buffer, previous: Buffer[] = []): TokenCipher {
  return new TokenCipher({
    secrets: { encryptionKey: current, previousEncryptionKeys: previous },
  } as unknown as AppConfig);
}

describe('TokenCipher', () => {
  it('round-trips a token and never shows the plaintext in the sealed form', () => {
    const cipher = cipherWith(keyA);
    const sealed = cipher.seal('ntn_secret_token', 'owner-1:conn-1');
    expect(sealed).not.toContain('ntn_secret_token');
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed.split('.')[1]).toBe(keyIdOf(keyA));
    expect(cipher.open(sealed, 'owner-1:conn-1')).toBe('ntn_secret_token');
  });

  it('uses a fresh IV each time', () => {
    const cipher = cipherWith(keyA);
    expect(cipher.seal('same', 'aad')).not.toBe(cipher.seal('same', 'aad'));
  });

  it('refuses a token moved to another owner or connection', () => {
    const cipher = cipherWith(keyA);
    const sealed = cipher.seal('ntn_secret_token', 'owner-1:conn-1');
    expect(() => cipher.open(sealed, 'owner-2:conn-1')).toThrow(TokenDecryptionError);
  });

  it('opens tokens sealed with a previous key and flags them stale', () => {
    const sealedWithA = cipherWith(keyA).seal('t', 'aad');
    const rotated = cipherWith(keyB, [keyA]);
    expect(rotated.open(sealedWithA, 'aad')).toBe('t');
    expect(rotated.isStale(sealedWithA)).toBe(true);
    expect(rotated.isStale(rotated.seal('t', 'aad'))).toBe(false);
  });

  it('says which key is missing when an old key is gone', () => {
    const sealedWithA = cipherWith(keyA).seal('t', 'aad');
    expect(() => cipherWith(keyB).open(sealedWithA, 'aad')).toThrow(
      `key ${keyIdOf(keyA)} is not configured`,
    );
  });
});
