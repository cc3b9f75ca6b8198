import type { PeopleValue, UserValue } from './notion-values.types';

/** Names of users Notion sent without one; the id when nobody can tell. */
export type UserNames = (userId: string) => string;

/** created_by, last_edited_by: one name. */
export function userCell(user: UserValue, names: UserNames): string {
  return 'name' in user && user.name ? user.name : names(user.id);
}

/** People: names in Notion's order; a group by its name. */
export function peopleCell(people: PeopleValue, names: UserNames): string[] {
  return people.map((entry) =>
    entry.object === 'group' ? entry.name || entry.id : userCell(entry, names),
  );
}
