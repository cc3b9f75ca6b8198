import { DataSource } from 'typeorm';
import { tokenBinding } from '../../src/connections/connection.entity';
import { TokenCipher } from '../../src/core/crypto/token-cipher';
import type { TestApp } from './test-app';

export interface StoredConnectionTokens {
  id: string;
  ownerId: string;
  sealedAccessToken: string;
  sealedRefreshToken: string | null;
  accessToken: string;
  refreshToken: string | null;
}

/** Every stored connection's tokens, sealed and opened (tests learn OAuth tokens this way). */
export async function storedConnectionTokens(t: TestApp): Promise<StoredConnectionTokens[]> {
  const cipher = t.app.get(TokenCipher);
  const rows = await t.app
    .get(DataSource)
    .query<{ id: string; owner_id: string; access_token: string; refresh_token: string | null }[]>(
      'SELECT id, owner_id, access_token, refresh_token FROM connections',
    );
  return rows.map((row) => {
    const binding = tokenBinding({ ownerId: row.owner_id, id: row.id });
    return {
      id: row.id,
      ownerId: row.owner_id,
      sealedAccessToken: row.access_token,
      sealedRefreshToken: row.refresh_token,
      accessToken: cipher.open(row.access_token, binding),
      refreshToken: row.refresh_token ? cipher.open(row.refresh_token, binding) : null,
    };
  });
}
