/** Every migration, oldest first. Migrations are never edited after they land. */
export const MIGRATIONS: (new () => object)[] = [];
