import { Charts1796040000000 } from './1796040000000-charts.migration';
import { Datasets1796030000000 } from './1796030000000-datasets.migration';
import { UsersConnectionsApiKeys1796023187367 } from './1796023187367-users-connections-api-keys.migration';

/** Every migration, oldest first. Migrations are never edited after they land. */
export const MIGRATIONS: (new () => object)[] = [
  UsersConnectionsApiKeys1796023187367,
  Datasets1796030000000,
  Charts1796040000000,
];
