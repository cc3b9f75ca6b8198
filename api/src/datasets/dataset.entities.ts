import { Connection } from '../connections/connection.entity';
import { User } from '../users/user.entity';
import { DatasetRow } from './dataset-row.entity';
import { Dataset } from './dataset.entity';
import { RelationTitle } from './relation-title.entity';

/** The tables the datasets API and the sync engine read and write. */
export const DATASET_ENTITIES = [Dataset, DatasetRow, RelationTitle, Connection, User];
