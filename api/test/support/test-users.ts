import { randomUUID } from 'node:crypto';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { UsersService } from '../../src/users/users.service';
import type { TestApp } from './test-app';

export interface TestUser {
  id: string;
  name: string;
  /** `Authorization: Bearer <API key>` of this user. */
  headers: { authorization: string };
}

/** A user with an API key, made directly (no Notion round trip), for tests about other things. */
export async function createTestUser(t: TestApp, name = 'Test user'): Promise<TestUser> {
  const user = await t.app
    .get(UsersService)
    .upsertFromNotion({ notionUserId: randomUUID(), name, avatarUrl: null, email: null });
  const { key } = await t.app.get(ApiKeysService).create(user.id, 'tests');
  return { id: user.id, name, headers: { authorization: `Bearer ${key}` } };
}
