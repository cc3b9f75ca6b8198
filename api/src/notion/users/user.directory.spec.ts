import type Redis from 'ioredis';
import { NotionNotSharedError } from '../notion.errors';
import type { NotionUser } from '../notion.types';
import { connectTestRedis } from '../testing/test-redis';
import { UserDirectory, type UserSource } from './user.directory';
import { UserNameStore } from './user-name.store';

const WORKSPACE: NotionUser[] = [
  { id: 'u-ada', name: 'Ada Lovelace', kind: 'person' },
  { id: 'u-bot', name: 'Charts', kind: 'bot' },
  { id: 'u-anon', name: null, kind: 'person' },
];
const GUEST: NotionUser = { id: 'u-guest', name: 'Grace Hopper', kind: 'person' };

/** A workspace's users as Notion answers for them, counting the calls. */
function source(refuse = false) {
  const calls: string[] = [];
  const refused = () => new NotionNotSharedError('user', 'no_capability');
  const users: UserSource = {
    listUsers: () => {
      calls.push('list');
      return refuse ? Promise.reject(refused()) : Promise.resolve(WORKSPACE);
    },
    retrieveUser: (id) => {
      calls.push(`retrieve ${id}`);
      if (refuse) return Promise.reject(refused());
      return id === GUEST.id
        ? Promise.resolve(GUEST)
        : Promise.reject(new NotionNotSharedError('user', 'not_found'));
    },
  };
  return { users, calls };
}

describe('UserDirectory', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = connectTestRedis();
  });

  afterAll(() => redis.disconnect());

  it('lists the workspace once, then asks for the users the list lacks', async () => {
    const { users, calls } = source();
    const directory = new UserDirectory(users, null);
    await directory.resolve(['u-ada', 'u-guest', 'u-gone', 'u-anon']);
    await directory.resolve(['u-bot', 'u-ada']);
    expect(calls).toEqual(['list', 'retrieve u-guest', 'retrieve u-gone']);
    expect(
      ['u-ada', 'u-bot', 'u-guest', 'u-anon', 'u-gone'].map((id) => directory.nameOf(id)),
    ).toEqual(['Ada Lovelace', 'Charts', 'Grace Hopper', 'u-anon', 'u-gone']);
    expect(directory.nameOf('u-never-asked')).toBeUndefined();
  });

  it('caches names in Redis for the next sync of the connection', async () => {
    const first = source();
    await new UserDirectory(first.users, new UserNameStore(redis, 'conn-1', 60)).resolve([
      'u-ada',
      'u-guest',
      'u-gone',
    ]);
    const second = source();
    const directory = new UserDirectory(second.users, new UserNameStore(redis, 'conn-1', 60));
    await directory.resolve(['u-ada', 'u-guest', 'u-gone']);
    expect(second.calls).toEqual([]);
    expect(directory.nameOf('u-guest')).toBe('Grace Hopper');
    expect(directory.nameOf('u-gone')).toBe('u-gone');
    expect(await redis.ttl('notion-users:conn-1')).toBeGreaterThan(50);
    // Another connection's cache is its own.
    const other = source();
    await new UserDirectory(other.users, new UserNameStore(redis, 'conn-2', 60)).resolve(['u-ada']);
    expect(other.calls).toEqual(['list']);
  });

  it('lets ids stand in, asking no further, when Notion refuses user information', async () => {
    const { users, calls } = source(true);
    const directory = new UserDirectory(users, null);
    await directory.resolve(['u-ada', 'u-guest']);
    expect(calls).toEqual(['list']);
    expect(directory.nameOf('u-ada')).toBe('u-ada');
    expect(directory.nameOf('u-guest')).toBe('u-guest');
  });

  it('passes other failures on', async () => {
    const failing: UserSource = {
      listUsers: () => Promise.reject(new Error('Redis is down')),
      retrieveUser: () => Promise.resolve(GUEST),
    };
    await expect(new UserDirectory(failing, null).resolve(['u-ada'])).rejects.toThrow(
      'Redis is down',
    );
  });
});
