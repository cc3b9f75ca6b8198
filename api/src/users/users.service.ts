import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';

/** What Notion tells about the person who signs in. */
export interface NotionPerson {
  notionUserId: string;
  name: string | null;
  avatarUrl: string | null;
  /** Only when Notion shares it; an absent email never erases a known one. */
  email: string | null;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** The user for this Notion person, created on first sign-in, profile refreshed after. */
  async upsertFromNotion(person: NotionPerson): Promise<User> {
    const refreshed = ['name', 'avatar_url', ...(person.email ? ['email'] : []), 'updated_at'];
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ ...person, id: randomUUID(), updatedAt: () => 'now()' })
      .orUpdate(refreshed, ['notion_user_id'])
      .execute();
    return this.users.findOneByOrFail({ notionUserId: person.notionUserId });
  }

  /** Refreshes the profile of a user who is this Notion person. */
  async refreshProfile(user: User, person: NotionPerson): Promise<User> {
    if (user.notionUserId !== person.notionUserId) return user;
    return this.upsertFromNotion(person);
  }
}
