import { NotionNotSharedError } from '../notion.errors';
import type { NotionUser } from '../notion.types';
import type { UserNameStore } from './user-name.store';

/** Where names come from: the workspace's user list, then one user at a time. */
export interface UserSource {
  listUsers(): Promise<NotionUser[]>;
  retrieveUser(id: string): Promise<NotionUser>;
}

/**
 * Names for users that page objects send without one. Lookups go to memory, then the Redis
 * cache, then the workspace's user list (read once), then single users. Without Notion's
 * user-information capability (403) or for users it no longer knows (404) the id stands in.
 */
export class UserDirectory {
  private readonly names = new Map<string, string | null>();
  private listed = false;
  /** False once Notion refused user information: asking user by user would be refused too. */
  private readable = true;

  constructor(
    private readonly source: UserSource,
    private readonly store: UserNameStore | null,
  ) {}

  /** A resolved user's name, its id when it has none; `undefined` if never resolved. */
  nameOf(id: string): string | undefined {
    return this.names.has(id) ? (this.names.get(id) ?? id) : undefined;
  }

  async resolve(ids: Iterable<string>): Promise<void> {
    let missing = [...new Set(ids)].filter((id) => !this.names.has(id));
    if (missing.length > 0 && this.store) {
      this.remember(await this.store.get(missing));
      missing = missing.filter((id) => !this.names.has(id));
    }
    if (missing.length > 0 && !this.listed) {
      this.listed = true;
      const listed = new Map(((await this.listOrNone()) ?? []).map((user) => [user.id, user.name]));
      this.remember(listed);
      await this.store?.put(listed);
      missing = missing.filter((id) => !this.names.has(id));
    }
    const retrieved = new Map<string, string | null>();
    for (const id of missing) {
      retrieved.set(id, this.readable ? ((await this.retrieveOrNone(id))?.name ?? null) : null);
    }
    this.remember(retrieved);
    await this.store?.put(retrieved);
  }

  private remember(entries: ReadonlyMap<string, string | null>): void {
    for (const [id, name] of entries) this.names.set(id, name);
  }

  private listOrNone(): Promise<NotionUser[] | null> {
    return this.unlessRefused(() => this.source.listUsers());
  }

  private retrieveOrNone(id: string): Promise<NotionUser | null> {
    return this.unlessRefused(() => this.source.retrieveUser(id));
  }

  private async unlessRefused<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof NotionNotSharedError)) throw error;
      if (error.reason === 'no_capability') this.readable = false;
      return null;
    }
  }
}
